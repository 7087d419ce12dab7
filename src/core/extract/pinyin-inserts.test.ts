import { describe, expect, it } from 'vitest'
import { normalize } from './normalize'
import { pinyinInserts } from './pinyin-inserts'
import { reflow, toOriginal } from './reflow'
import { extract } from './pipeline'

describe('pinyinInserts', () => {
  it.each([
    ['年均增長達(dá)到6.5%', [5, 9]],
    ['生產(chǎn)總值', [2, 8]],
    ['增(zēng)長和發(fā)展', [1, 7, 10, 14]],
  ])('%s', (text, want) => expect(pinyinInserts(text)).toEqual(want))
  it.each([
    '建設市域(郊)鐵路', // a Chinese note in brackets
    '推廣5G(fifth)網絡', // Latin without a tone mark
    '項目(一期)達到3個',
    '(dá)到', // nothing before it to annotate
  ])('%s has none', (text) => expect(pinyinInserts(text)).toBeNull())
})

describe('reflow drops pinyin inserts', () => {
  const text = '地區(qū)生產(chǎn)總值年均增長達(dá)到6.5%。\n建設市域(郊)鐵路'
  const r = reflow(normalize(text))
  it('from the analysis view only', () => expect(r.view).toBe('地区生产总值年均增长达到6.5%。\n建设市域(郊)铁路'))
  it('quotes are still exact slices of the original', () => {
    const s = r.view.indexOf('达到6.5%')
    const [a, b] = toOriginal(r, s, s + '达到6.5%'.length)
    expect(text.slice(a, b)).toBe('達(dá)到6.5%')
  })
  it('with a column break after an insert', () => {
    const t = '加快推動由基礎(chǔ)原材料大省向新材料大省轉(zhuǎn)變,力爭全省高速公路總數(shù)達(dá)到\n\n8000公里。'
    expect(reflow(normalize(t)).view).toBe('加快推动由基础原材料大省向新材料大省转变,力争全省高速公路总数达到8000公里。')
  })
})

describe('a traditional mirror with pinyin inside words', () => {
  it('reads 達(dá)到 as 达到 (≥) and keeps the insert out of the metric', () => {
    const text = '《綱要》提出,到2035年,全省公路總數(shù)達(dá)到9000公里,二級及以上公路比重達(dá)到90%。'
    const got = extract(text, { date: '2031-04-01' }).commitments.filter((c) => c.kind === 'target')
    expect(got.map((c) => [c.value, c.unit, c.comparator])).toEqual([
      [9000, '公里', '≥'],
      [90, '%', '≥'],
    ])
    for (const c of got) {
      expect(c.metric).not.toMatch(/[a-z]/)
      expect(text.slice(c.start, c.end)).toBe(c.quote)
    }
  })
})
