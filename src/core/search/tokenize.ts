// A tokenizer for Chinese search. Chinese has no spaces between words, so text is cut into
// overlapping character bigrams (游客 in 接待游客超过 is the bigram 游客), Latin words and numbers are
// whole tokens, and a number also yields tokens with its unit attached (700个, 3500万, 3500万人次)
// so that "700个" does not match 700亩 or 1700个.
//
// Everything is normalised first (traditional → simplified, full-width → half-width, lower case)
// by a length-preserving map, so token offsets are offsets into the original text.
import { normChar } from '../extract/normalize'

export interface Token {
  term: string
  /** UTF-16 offsets into the original text, [start, end) */
  start: number
  end: number
}

/**
 * Which single CJK characters become tokens:
 * - `index`: only the last character of each CJK run. Every other character starts a bigram, so a
 *   one-character query found by prefix search over bigrams + run-final characters reaches every
 *   occurrence, at half the index size of storing all single characters.
 * - `query`: only runs of one character (a one-character query); longer runs use bigrams alone.
 * - `all`: every character (used for highlighting, where a one-character query must mark each hit).
 * - `cover`: like `query`, but only the bigrams that cover each run without overlap (旅游综合收入 →
 *   旅游 综合 收入). Each query term costs a pass over its postings, so this roughly halves the
 *   work of long queries; adjacency is then rewarded by the phrase boost in the ranking.
 */
export type TokenMode = 'index' | 'query' | 'all' | 'cover'

/** How many CJK characters after a number count as its unit (万人次 is three). */
const MAX_UNIT_CHARS = 3

export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    code === 0x3007 // 〇, used in years (二〇二四)
  )
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

function isAlnum(code: number): boolean {
  return isDigit(code) || isLatin(code)
}

/**
 * Lower case, simplified, half-width; same length as the input. Per character with the extractor's
 * table, and no copy when nothing changes: this runs on every field of every indexed document.
 */
export function normalizeForSearch(text: string): string {
  let codes: number[] | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let n = normChar(c)
    if (n >= 0x41 && n <= 0x5a) n += 0x20 // A-Z → a-z
    if (n !== c && codes === null) {
      codes = new Array<number>(text.length)
      for (let j = 0; j < i; j++) codes[j] = text.charCodeAt(j)
    }
    if (codes !== null) codes[i] = n
  }
  if (codes === null) return text
  const parts: string[] = []
  for (let i = 0; i < codes.length; i += 4096) parts.push(String.fromCharCode(...codes.slice(i, i + 4096)))
  return parts.join('')
}

/** Read the number starting at i: digits with an inner decimal point or thousands commas. */
function readNumber(s: string, i: number): { end: number; digits: string } {
  let j = i
  let digits = ''
  while (j < s.length) {
    const c = s.charCodeAt(j)
    if (isDigit(c)) {
      digits += s[j]
      j++
    } else if ((c === 0x2e || c === 0x2c) && j + 1 < s.length && isDigit(s.charCodeAt(j + 1)) && j > i) {
      // 6.36 keeps its point; 13,452 drops its comma so it matches 13452
      if (c === 0x2e) digits += '.'
      j++
    } else break
  }
  return { end: j, digits }
}

export function tokenize(text: string, mode: TokenMode = 'index'): Token[] {
  const out: Token[] = []
  scanTerms(text, mode, (term, start, end) => out.push({ term, start, end }))
  return out
}

/**
 * The tokenizer's loop, calling `emit` per token instead of building objects: indexing 100,000
 * documents makes millions of tokens, and the objects were most of the build's garbage.
 */
export function scanTerms(text: string, mode: TokenMode, emit: (term: string, start: number, end: number) => void): void {
  const s = normalizeForSearch(text)
  let i = 0
  while (i < s.length) {
    const c = s.charCodeAt(i)
    if (isCjk(c)) {
      let j = i
      while (j < s.length && isCjk(s.charCodeAt(j))) j++
      cjkRun(s, i, j, mode, emit, i > 0 && isAlnum(s.charCodeAt(i - 1)))
      i = j
    } else if (isDigit(c)) {
      const { end, digits } = readNumber(s, i)
      emit(digits, i, end)
      // the unit: up to MAX_UNIT_CHARS CJK characters (or %) right after the number
      let k = end
      if (k < s.length && s[k] === '%') {
        emit(digits + '%', i, k + 1)
        i = k + 1
        continue
      } else if (k < s.length && isLatin(s.charCodeAt(k))) {
        // 4A, 5G: a code, one token with its letters
        while (k < s.length && isAlnum(s.charCodeAt(k))) k++
        emit(digits + s.slice(end, k), i, k)
        i = k
        continue
      } else {
        while (k < s.length && k - end < MAX_UNIT_CHARS && isCjk(s.charCodeAt(k))) {
          k++
          emit(digits + s.slice(end, k), i, k)
        }
      }
      i = end
    } else if (isLatin(c)) {
      let j = i
      while (j < s.length && (isLatin(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++
      emit(s.slice(i, j), i, j)
      i = j
    } else i++
  }
}

type Emit = (term: string, start: number, end: number) => void

function cjkRun(s: string, from: number, to: number, mode: TokenMode, emit: Emit, afterNumber: boolean): void {
  const len = to - from
  for (let k = from; k < to; k++) {
    const single =
      mode === 'all' ||
      (mode === 'index' && k === to - 1) ||
      // a lone character after a number or code (the 个 of 700个, 级 of 4A级) is part of its token
      ((mode === 'query' || mode === 'cover') && len === 1 && !afterNumber)
    if (single) emit(s[k], k, k + 1)
    const bigram = k + 1 < to && (mode !== 'cover' || (k - from) % 2 === 0 || k === to - 2)
    if (bigram) emit(s.slice(k, k + 2), k, k + 2)
  }
}

/** Distinct terms of a query, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query, 'query').map((t) => t.term))]
}

/** A term that should also match longer indexed terms starting with it. */
export function isPrefixTerm(term: string): boolean {
  const c = term.charCodeAt(0)
  // one CJK character: found as the first half of bigrams (see TokenMode 'index')
  if (term.length === 1 && isCjk(c)) return true
  // a Latin word being typed (luoy → luoyang)
  return term.length >= 2 && isLatin(c)
}
