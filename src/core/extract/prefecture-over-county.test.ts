import { describe, expect, it } from 'vitest'
import { prefectureOverCounty } from './prefecture-over-county'

describe('prefectureOverCounty', () => {
  it.each([
    // the prefecture speaks (全市, its short name twice); the county is named once for a report
    ['全市新增学位2万个,温州一中、温州二中投入使用;央视报道瑞安市养老服务', '瑞安市', 1, '温州市', true],
    // the county named twice is the text's subject
    ['瑞安市新增学位2万个,全市…瑞安市养老服务,温州一中、温州二中', '瑞安市', 2, '温州市', false],
    // no 全市: the county-level city may be speaking of itself without it
    ['温州一中、温州二中投入使用;瑞安市养老服务', '瑞安市', 1, '温州市', false],
    // the prefecture's short name once only
    ['全市新增学位2万个,温州一中投入使用;瑞安市养老服务', '瑞安市', 1, '温州市', false],
    // a county of another prefecture
    ['全市新增学位2万个,温州一中、温州二中;桐乡市养老服务', '桐乡市', 1, '温州市', false],
    ['全市新增学位,温州一中、温州二中;瑞安市', '瑞安市', 1, null, false],
  ])('%s', (text, county, n, city, want) => expect(prefectureOverCounty(text, county, n, city)).toBe(want))
})
