import { describe, expect, it } from 'vitest'
import { openingIssuer, titleIssuer, withoutCityPrefix } from './title-issuer'

describe('titleIssuer', () => {
  it.each([
    ['滁州市农业农村局2023年全市农业农村工作要点', null, '滁州市农业农村局'],
    ['衢州市江山市文化和旅游局关于印发工作计划的通知', null, '江山市文化和旅游局'],
    ['金华市武义县交通运输局紧盯重点项目', null, '武义县交通运输局'],
    ['2022年市政府12件民生实事完成情况', '赣州市', '赣州市人民政府'],
    ['2022年县政府为民办实事', '武义县', '武义县人民政府'],
    // a bare government of another level than the district
    ['2022年县政府为民办实事', '赣州市', null],
    // a party committee, a headline without a body, a body without a place
    ['武义县委召开全会', null, null],
    ['武义县全力推进项目建设', null, null],
    ['农业农村局2023年工作要点', null, null],
  ])('%s → %s', (title, district, want) => expect(titleIssuer(title, district)).toBe(want))

  it('keeps a city department and a county named alone', () => {
    expect(withoutCityPrefix('滁州市农业农村局')).toBe('滁州市农业农村局')
    expect(withoutCityPrefix('武义县交通运输局')).toBe('武义县交通运输局')
  })
})

describe('openingIssuer', () => {
  it('reads the real title after a breadcrumb line', () => {
    const opening = '首页>政务公开>政府重点工作\n\n2021年市政府10件民生实事完成情况\n\n访问量:\n\n2021年,在市委的坚强领导下,全市…'
    expect(openingIssuer('首页>政务公开>政府重点工作', opening, '赣州市')).toBe('赣州市人民政府')
  })
  it('does not read a body out of running text', () => {
    const opening = '标题\n2021年,在市政府各部门、各县市区政府共同努力下,10件民生实事顺利完成,部分超额完成目标任务。'
    expect(openingIssuer('标题', opening, '赣州市')).toBeNull()
  })
})

describe('openingIssuer on a report delivered by its own government', () => {
  it.each([
    ['各位代表:\n现在,我代表县人民政府,向大会报告工作', '武义县', '武义县人民政府'],
    ['各位代表:\n现在,我代表区人民政府,向大会报告工作', '武义县', null],
    ['各位代表:\n现在,我代表县人民政府,向大会报告工作', null, null],
  ])('%s (%s) → %s', (opening, district, want) => expect(openingIssuer('——在县人民代表大会上', opening, district)).toBe(want))
})
