// Split a passage into before / quote / after so the UI can render the quote in <mark> as plain text nodes
// (never HTML). Offsets are UTF-16 offsets into the full source text, as the extraction contract defines.

export interface QuoteSplit {
  before: string
  quote: string
  after: string
  /** false when the stored offsets did not point at the quote and it was found by searching instead */
  exact: boolean
}

export interface Span {
  start: number
  end: number
}

/**
 * `text` is the whole source text; `passage` the span to show (an article, or null for a window around
 * the quote); `quote` the commitment's span and words. Returns null when the quote is not in the passage.
 */
export function splitAroundQuote(
  text: string,
  passage: Span | null,
  quote: Span & { text: string },
  windowChars = 400,
): QuoteSplit | null {
  let qs = quote.start
  let qe = quote.end
  const exact = text.slice(qs, qe) === quote.text
  if (!exact) {
    // Offsets can drift if a text was normalised somewhere; fall back to the nearest occurrence of the words.
    const found = nearestIndexOf(text, quote.text, quote.start)
    if (found < 0) return null
    qs = found
    qe = found + quote.text.length
  }
  const ps = passage ? Math.max(0, Math.min(passage.start, qs)) : Math.max(0, qs - windowChars)
  const pe = passage ? Math.min(text.length, Math.max(passage.end, qe)) : Math.min(text.length, qe + windowChars)
  return { before: text.slice(ps, qs), quote: text.slice(qs, qe), after: text.slice(qe, pe), exact }
}

function nearestIndexOf(text: string, needle: string, near: number): number {
  if (!needle) return -1
  let best = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  return best
}

export interface Segment<T> {
  text: string
  /** the span this segment belongs to, or null for plain text between spans */
  span: T | null
}

/**
 * Cut text[from, to) into plain and marked segments for the given spans (e.g. every commitment in an
 * article). Overlapping spans are not nested: a span starting inside an earlier one is shortened to begin
 * where that one ends, so every character appears exactly once.
 */
export function segmentText<T extends Span>(text: string, from: number, to: number, spans: readonly T[]): Segment<T>[] {
  const inside = spans
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment<T>[] = []
  let pos = from
  for (const s of inside) {
    const start = Math.max(s.start, pos)
    const end = Math.min(s.end, to)
    if (end <= start) continue
    if (start > pos) out.push({ text: text.slice(pos, start), span: null })
    out.push({ text: text.slice(start, end), span: s })
    pos = end
  }
  if (pos < to) out.push({ text: text.slice(pos, to), span: null })
  return out
}

export interface QuoteParagraphs {
  /** whole paragraphs before the one holding the quote */
  before: string[]
  /** the quote's paragraph: text before the quote, the quote, text after it */
  lead: string
  quote: string
  tail: string
  /** whole paragraphs after */
  after: string[]
}

const PARAGRAPH_BREAK = /\n[ \t\u3000]*\n\s*/

/**
 * Regroup a split into paragraphs (blank-line separated, as newspaper text comes), so the UI can set
 * paragraph spacing instead of showing every blank line. The quote itself is left untouched, even when it
 * spans a break, so the marked text stays exactly the quote.
 */
export function toParagraphs(split: Pick<QuoteSplit, 'before' | 'quote' | 'after'>): QuoteParagraphs {
  const before = split.before.split(PARAGRAPH_BREAK)
  const after = split.after.split(PARAGRAPH_BREAK)
  const lead = before.pop() ?? ''
  const tail = after.shift() ?? ''
  return {
    before: before.filter((p) => p.trim() !== ''),
    lead,
    quote: split.quote,
    tail,
    after: after.filter((p) => p.trim() !== ''),
  }
}
