// Where a query matches a text, as [start, end) UTF-16 ranges for rendering as plain text nodes
// (never HTML). Uses the search tokenizer, so what is highlighted is what the index matched.
import { isPrefixTerm, queryTerms, tokenize } from './tokenize'

export type Range = readonly [start: number, end: number]

export function highlightRanges(text: string, query: string): Range[] {
  const terms = queryTerms(query)
  if (terms.length === 0 || !text) return []
  const exact = new Set(terms)
  const prefixes = terms.filter(isPrefixTerm)
  const hits: [number, number][] = []
  for (const t of tokenize(text, 'all')) {
    if (exact.has(t.term)) hits.push([t.start, t.end])
    else {
      const p = prefixes.find((q) => q.length > 1 && t.term.startsWith(q))
      if (p) hits.push([t.start, t.start + p.length])
    }
  }
  return mergeRanges(hits)
}

/** Sort and join overlapping or touching ranges (游客 + 客超 → one range). */
export function mergeRanges(ranges: [number, number][]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [s, e] of ranges) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}
