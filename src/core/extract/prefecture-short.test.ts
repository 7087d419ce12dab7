import { describe, expect, it } from 'vitest'
import { gazetteer } from './gazetteer'
import { cityContext, ownerOf, scanPlaces } from './places'
import { prefectureShortName } from './prefecture-short'

describe('prefectureShortName', () => {
  it.each([
    ['某某布依族苗族自治州', '某某州'],
    ['某某蒙古族藏族自治州', '某某州'],
    ['某某哈萨克自治州', '某某州'],
    ['某某市', null],
    ['某族自治州', null],
  ])('%s → %s', (name, want) => expect(prefectureShortName(name)).toBe(want))

  it('every short form of a real prefecture is a gazetteer name of that prefecture', () => {
    const g = gazetteer()
    let n = 0
    for (const [name, p] of g.cityByName) {
      const s = prefectureShortName(name)
      if (!s) continue
      n++
      expect(g.byName.get(s)?.some((q) => q.owner === p.owner)).toBe(true)
    }
    expect(n).toBeGreaterThan(20)
  })
})

describe('a prefecture named by its short form owns the text, not its province', () => {
  it('invented: the province named twice in the header, the prefecture in the body', () => {
    const text = '(云南省)2031年红河州人民政府工作报告\n(云南省)红河州今年地区生产总值增长6%,红河州新建学校5所。'
    const hits = scanPlaces(text)
    const ctx = cityContext(text, hits)
    expect(ctx.city).toBe('红河哈尼族彝族自治州')
    expect(hits.map((h) => ownerOf(h, ctx)?.owner)).toContain('红河哈尼族彝族自治州')
  })
})
