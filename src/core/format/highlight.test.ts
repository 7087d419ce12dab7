import { describe, expect, it } from 'vitest'
import { splitAroundQuote } from './highlight'

const text = '前言。建设文旅强区,力争2024年接待游客超过3500万人次,旅游综合收入超过250亿元。后记。'
const quote = '力争2024年接待游客超过3500万人次'
const qs = text.indexOf(quote)

describe('splitAroundQuote', () => {
  it('splits an article passage into before / quote / after that rebuild the passage', () => {
    const passage = { start: 3, end: text.length - 3 }
    const s = splitAroundQuote(text, passage, { start: qs, end: qs + quote.length, text: quote })!
    expect(s.quote).toBe(quote)
    expect(s.exact).toBe(true)
    expect(s.before + s.quote + s.after).toBe(text.slice(3, text.length - 3))
  })

  it('keeps column breaks inside the quote exactly as in the text', () => {
    const t = '着力创建国\n\n家级非遗特色街区。'
    const q = '创建国\n\n家级非遗特色街区'
    const s = splitAroundQuote(t, { start: 0, end: t.length }, { start: 2, end: 2 + q.length, text: q })!
    expect(s).toEqual({ before: '着力', quote: q, after: '。', exact: true })
  })

  it('finds the nearest occurrence when the offsets do not point at the words', () => {
    const t = 'AB 甲 CD 甲 EF'
    const s = splitAroundQuote(t, null, { start: 9, end: 10, text: '甲' }, 100)!
    expect(s.exact).toBe(false)
    expect(s.before).toBe('AB 甲 CD ')
    expect(s.after).toBe(' EF')
  })

  it('shows a window around the quote when there is no article', () => {
    const s = splitAroundQuote(text, null, { start: qs, end: qs + quote.length, text: quote }, 5)!
    expect(s.before).toBe(text.slice(qs - 5, qs))
    expect(s.after).toBe(text.slice(qs + quote.length, qs + quote.length + 5))
  })

  it('widens a passage that does not contain the quote', () => {
    const s = splitAroundQuote(text, { start: 0, end: 2 }, { start: qs, end: qs + quote.length, text: quote })!
    expect(s.before).toBe(text.slice(0, qs))
    expect(s.quote).toBe(quote)
  })

  it('returns null when the words are nowhere in the text', () => {
    expect(splitAroundQuote(text, null, { start: 0, end: 2, text: '翠云阁' })).toBeNull()
  })
})
