import { describe, expect, it } from 'vitest'
import { segmentText, splitAroundQuote, toParagraphs } from './highlight'

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

describe('segmentText', () => {
  const t = '0123456789'
  const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('')
  it.each([
    ['no spans', [], [['0123456789', null]]],
    ['one span', [{ start: 2, end: 4 }], [['01', null], ['23', 0], ['456789', null]]],
    ['adjacent spans', [{ start: 0, end: 2 }, { start: 2, end: 3 }], [['01', 0], ['2', 1], ['3456789', null]]],
    ['overlap shortened', [{ start: 1, end: 5 }, { start: 3, end: 7 }], [['0', null], ['1234', 0], ['56', 1], ['789', null]]],
    ['contained span dropped', [{ start: 1, end: 8 }, { start: 3, end: 4 }], [['0', null], ['1234567', 0], ['89', null]]],
    ['outside spans ignored', [{ start: 20, end: 30 }], [['0123456789', null]]],
  ])('%s', (_n, spans, expected) => {
    const segs = segmentText(t, 0, t.length, spans)
    expect(segs.map((s) => [s.text, s.span ? spans.indexOf(s.span) : null])).toEqual(expected)
    expect(join(segs)).toBe(t)
  })

  it('clips to the passage', () => {
    const segs = segmentText(t, 3, 7, [{ start: 1, end: 5 }])
    expect(segs.map((s) => s.text)).toEqual(['34', '56'])
    expect(segs[0].span).not.toBeNull()
  })
})

describe('toParagraphs', () => {
  it.each([
    [
      'quote mid-paragraph',
      { before: '甲段。\n\n乙段前', quote: '引文', after: '乙段后。\n\n丙段。' },
      { before: ['甲段。'], lead: '乙段前', quote: '引文', tail: '乙段后。', after: ['丙段。'] },
    ],
    [
      'quote starts a paragraph',
      { before: '甲段。\n\n', quote: '引文', after: '。' },
      { before: ['甲段。'], lead: '', quote: '引文', tail: '。', after: [] },
    ],
    [
      'blank lines with full-width spaces and several breaks',
      { before: '甲。\n\u3000\n\n\n乙', quote: 'Q', after: '' },
      { before: ['甲。'], lead: '乙', quote: 'Q', tail: '', after: [] },
    ],
    [
      'a quote across a column break stays whole',
      { before: '着力', quote: '创建国\n\n家级非遗特色街区', after: '。' },
      { before: [], lead: '着力', quote: '创建国\n\n家级非遗特色街区', tail: '。', after: [] },
    ],
    [
      'single line breaks stay inside a paragraph',
      { before: '一行\n二行', quote: 'Q', after: '三行\n四行' },
      { before: [], lead: '一行\n二行', quote: 'Q', tail: '三行\n四行', after: [] },
    ],
  ])('%s', (_n, split, expected) => {
    expect(toParagraphs(split)).toEqual(expected)
  })
})
