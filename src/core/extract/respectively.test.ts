import { describe, expect, it } from 'vitest'
import { isConnectiveGrowth, listedSubject, respectiveSubjects, subjectOf } from './respectively'
import { extract } from './pipeline'

describe('respectiveSubjects', () => {
  it.each([
    ['工业增加值、财政收入、固定资产投资', 3, ['工业增加值', '财政收入', '固定资产投资']],
    ['工业增加值、财政收入和固定资产投资', 3, ['工业增加值', '财政收入', '固定资产投资']],
    ['城镇、农村居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    ['城乡居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    ['旅游人数、旅游总收入', 2, ['旅游人数', '旅游总收入']],
  ])('%s × %i', (subject, n, want) => expect(respectiveSubjects(subject, n)).toEqual(want))
  it.each([
    ['工业增加值、财政收入', 3], // two measures for three figures
    ['地区生产总值', 2],
  ])('%s × %i lists no such measures', (subject, n) => expect(respectiveSubjects(subject, n)).toBeNull())
})

describe('connectives and subjects', () => {
  it.each(['分别增长', '较去年增长', '同比增长', '增长', '比上年同期增长'])('%s is a connective', (m) => expect(isConnectiveGrowth(m)).toBe(true))
  it.each(['财政收入增长', '旅游收入分别增长'])('%s names a measure', (m) => expect(isConnectiveGrowth(m)).toBe(false))
  it('drops 分别 and its verb', () => expect(subjectOf('城乡居民人均可支配收入分别达')).toBe('城乡居民人均可支配收入'))
  it('drops the words opening the clause', () => expect(listedSubject('预计全县工业增加值、财政收入')).toBe('工业增加值、财政收入'))
})

describe('分别 in sentences', () => {
  const metrics = (text: string) => extract(text, { date: '2031-01-10' }).commitments.map((c) => [c.metric, c.value])
  it('three measures, three figures', () =>
    expect(metrics('2030年,全县工业增加值、财政收入和固定资产投资分别增长5%、6%和7%。')).toEqual([
      ['工业增加值增长', 5],
      ['财政收入增长', 6],
      ['固定资产投资增长', 7],
    ]))
  it('a later ",分别增长" takes the measures of the clause before', () =>
    expect(metrics('2030年,全县城乡居民人均可支配收入分别达30000元、20000元,分别增长6%、8%。')).toEqual([
      ['城镇居民人均可支配收入', 30000],
      ['农村居民人均可支配收入', 20000],
      ['城镇居民人均可支配收入增长', 6],
      ['农村居民人均可支配收入增长', 8],
    ]))
  it('较去年增长 after a level is the growth of that level', () =>
    expect(metrics('2030年全镇财政收入400万元,较去年增长20%。')[1]).toEqual(['全镇财政收入较去年增长', 20]))
})
