import { describe, expect, it } from 'vitest'
import { queryTerms, tokenize } from './tokenize'

const terms = (text: string, mode: 'index' | 'query' | 'all' | 'cover' = 'index') => tokenize(text, mode).map((t) => t.term)

describe('tokenize', () => {
  it.each([
    // [text, mode, expected terms]
    ['接待游客', 'index', ['接待', '待游', '游客', '客']],
    ['接待游客', 'query', ['接待', '待游', '游客']],
    ['游', 'query', ['游']],
    ['700个', 'query', ['700', '700个']],
    ['700个', 'index', ['700', '700个', '个']],
    ['3500万人次', 'query', ['3500', '3500万', '3500万人', '3500万人次', '万人', '人次']],
    ['增长7%', 'query', ['增长', '7', '7%']],
    ['6.36亿元', 'query', ['6.36', '6.36亿', '6.36亿元', '亿元']],
    ['13,452美元', 'query', ['13452', '13452美', '13452美元', '美元']],
    ['洛邑古城', 'query', ['洛邑', '邑古', '古城']],
    ['洛邑古城', 'cover', ['洛邑', '古城']],
    ['旅游综合收入', 'cover', ['旅游', '综合', '收入']],
    ['翠云阁', 'cover', ['翠云', '云阁']],
    ['700个', 'cover', ['700', '700个']],
    ['Luoyang 4A级', 'query', ['luoyang', '4', '4a']],
    ['4A级景区', 'index', ['4', '4a', '级景', '景区', '区']],
  ] as const)('%s (%s)', (text, mode, expected) => {
    expect(terms(text, mode)).toEqual(expected)
  })

  it('maps traditional to simplified and full-width to half-width, keeping offsets', () => {
    const text = '遊客３５００萬人次'
    const toks = tokenize(text, 'query')
    expect(toks.map((t) => t.term)).toContain('游客')
    expect(toks.map((t) => t.term)).toContain('3500万人次')
    const num = toks.find((t) => t.term === '3500万人次')!
    expect(text.slice(num.start, num.end)).toBe('３５００萬人次')
  })

  it('keeps numbers whole: 1700 is not 700', () => {
    expect(terms('1700个')).not.toContain('700个')
  })

  it('drops duplicate query terms', () => {
    expect(queryTerms('游客 游客')).toEqual(['游客'])
  })
})
