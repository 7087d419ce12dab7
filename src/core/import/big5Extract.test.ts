// A traditional-script government text that arrives as a Big5 file (a Hong Kong paper's report of
// 博羅縣's work report, test/fixtures/boluo_2021_hkcd) goes through the same path as an import:
// bytes → decodeText → extract. The extractor reads traditional characters through its t2s view
// (normalize.ts) while every quote stays an exact slice of the traditional text.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { decodeText } from './encoding'

const original = readFileSync(new URL('../../../test/fixtures/boluo_2021_hkcd.txt', import.meta.url), 'utf8')
const DATE = '2021-11-17'

describe('a Big5 government text, decoded and extracted', () => {
  const decoded = decodeText(iconv.encode(original, 'big5'))
  if (!decoded.ok) throw new Error(decoded.message.en)
  const found = extract(decoded.text, { date: DATE }).commitments

  it('is read as Big5, character for character', () => {
    expect(decoded.encoding).toBe('big5')
    expect(decoded.text).toBe(original)
  })

  it('yields the five-year targets, with simplified metrics and exact traditional quotes', () => {
    const targets = found.filter((c) => c.kind === 'target')
    expect(targets.map((c) => [c.quote, c.value, c.unit, c.deadline?.date])).toEqual(
      expect.arrayContaining([
        ['力爭GDP年均增長約10.5%', 10.5, '%', '2025-12-31'],
        ['到2025年達到1000億元', 100_000_000_000, '元', '2025-12-31'],
      ]),
    )
    expect(targets.every((c) => c.district === '博罗县')).toBe(true)
    for (const c of found) expect(decoded.text.slice(c.start, c.end)).toBe(c.quote)
  })

  it('finds what the same text finds when it arrives as UTF-8', () => {
    expect(found).toEqual(extract(original, { date: DATE }).commitments)
    expect(found.length).toBeGreaterThanOrEqual(10)
  })
})
