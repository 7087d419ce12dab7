// The character scans of a sentence: does it hold anything a commitment needs (hasHint), is it a
// label line or a question, and where are its clauses and what can each hold (scanClauses) —
// table loads per character code, no string per character.
import { isWhiteSpace } from './chars'
import { CUE_FIRST } from './cues'
import { isCnNumCode } from './numbers'

// clause separators , ; : … — as char codes (no per-character string allocation in the scan)
const CLAUSE_END = new Uint8Array(65536)
for (const ch of ',;:…—') CLAUSE_END[ch.charCodeAt(0)] = 1
// What a clause can hold, from one pass over its codes (scanClauses): the cue families whose first
// character it has (cues.ts), a character every deadline expression contains (skip the deadline
// regex when none is present: 元旦 is the only one with 元, which every 万元 has, so 旦 stands for
// it), a figure's first character (a digit, a Chinese numeral, or 过 of 过半), and 新 (新的一年).
// A clause or sentence without a family's characters skips that family's tests.
export const HINT_DATE = 32
export const HINT_FIGURE = 64
export const HINT_NEW = 128
// 预 (预计) and 份 (N月份): the tests for them search the clause for a word
export const HINT_YU = 256
export const HINT_FEN = 512
// an ASCII digit (what /\d/ matches): without one, the figureless tests skip their digit patterns
export const HINT_DIGIT = 1024
const CLAUSE_HINT = Uint16Array.from(CUE_FIRST)
for (const ch of '年月季底末春十国旦日天五') CLAUSE_HINT[ch.charCodeAt(0)] |= HINT_DATE
CLAUSE_HINT['新'.charCodeAt(0)] |= HINT_NEW
CLAUSE_HINT['预'.charCodeAt(0)] |= HINT_YU
CLAUSE_HINT['份'.charCodeAt(0)] |= HINT_FEN
for (let c = 0; c < 65536; c++) if ((c >= 48 && c <= 57) || isCnNumCode(c)) CLAUSE_HINT[c] |= HINT_FIGURE
for (let c = 48; c <= 57; c++) CLAUSE_HINT[c] |= HINT_DIGIT
CLAUSE_HINT['过'.charCodeAt(0)] |= HINT_FIGURE
const SENTENCE_HINT = new Uint8Array(65536)
for (const ch of '0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿〇零创建成投产开放运营年季') SENTENCE_HINT[ch.charCodeAt(0)] = 1
// 完 counts only as 完工 (完成 has 成 already): 完善, the commonest word with 完, pledges nothing by itself
const WAN = '完'.charCodeAt(0)
const GONG = '工'.charCodeAt(0)

/** A sentence without any numeral or pledge character yields nothing: checked without slicing. */
export function hasHint(view: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = view.charCodeAt(i)
    if (SENTENCE_HINT[c] === 1 || (c === WAN && view.charCodeAt(i + 1) === GONG)) return true
  }
  return false
}

/** Heading, byline or label lines (short, without sentence punctuation) are not sentences. */
export function isLabelLine(view: string, lineStart: number, e: number): boolean {
  if (e - lineStart > 44) return false
  let b = e
  while (b < view.length && view.charCodeAt(b) !== 10 && b - lineStart <= 44) b++
  const line = view.slice(lineStart, b).trim()
  return line.length <= 40 && !/[,。;]/.test(line)
}

/** view.slice(s, e).trimEnd().endsWith('?'), read from the codes. */
export function endsWithQuestion(view: string, s: number, e: number): boolean {
  let t = e
  while (t > s && isWhiteSpace(view.charCodeAt(t - 1))) t--
  return t > s && view.charCodeAt(t - 1) === 63
}

const isDigitCode = (c: number) => c >= 48 && c <= 57
export const isSentenceStop = (c: number) => c === 0x3002 || c === 33 || c === 63

/**
 * The current sentence's clauses from scanClauses: [start, break, hints] per clause in `bounds`,
 * the break at a separator or the sentence's end, and `sentenceHints`, the OR of CLAUSE_HINT over
 * the whole sentence (separators included). processSentence is not re-entrant: one buffer serves.
 */
export const clauses = { bounds: new Int32Array(3 * 64), sentenceHints: 0 }

/**
 * Splits view[s, e) at the clause breaks (, ; : … —; a thousands separator as in 13,452 and a
 * range dash as in 5%—6% are no break) and ORs CLAUSE_HINT over each clause's codes (the break excluded) and over the
 * whole sentence, in one pass over its characters. Returns the number of clauses.
 */
export function scanClauses(view: string, s: number, e: number): number {
  let n = 0
  let cs = s
  let h = 0
  let all = 0
  for (let i = s; i < e; i++) {
    const c = view.charCodeAt(i)
    const bits = CLAUSE_HINT[c]
    all |= bits
    if (CLAUSE_END[c] !== 1 || (c === 44 && isThousandsComma(view, i)) || (c === DASH && isRangeDash(view, i))) {
      h |= bits
      continue
    }
    n = pushClause(n, cs, i, h)
    cs = i + 1
    h = 0
  }
  n = pushClause(n, cs, e, h)
  clauses.sentenceHints = all
  return n
}

function pushClause(n: number, start: number, end: number, hints: number): number {
  let b = clauses.bounds
  if (3 * n + 3 > b.length) {
    const grown = new Int32Array(b.length * 2)
    grown.set(b)
    clauses.bounds = b = grown
  }
  b[3 * n] = start
  b[3 * n + 1] = end
  b[3 * n + 2] = hints
  return n + 1
}

const DASH = '—'.charCodeAt(0)

/** A dash between two figures (5%—6%, 300万——350万人次) joins a range, it does not end a clause. */
function isRangeDash(view: string, i: number): boolean {
  let j = i + 1
  if (view.charCodeAt(j) === DASH) j++
  if (!isDigitCode(view.charCodeAt(j))) return false
  // a digit among the four characters before the dash (its unit may sit between: 300万人次—)
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const d = view.charCodeAt(k)
    if (d === DASH) continue
    if (isDigitCode(d)) return true
  }
  return false
}

function isThousandsComma(view: string, i: number): boolean {
  return isDigitCode(view.charCodeAt(i - 1)) && isDigitCode(view.charCodeAt(i + 1)) && isDigitCode(view.charCodeAt(i + 2)) && isDigitCode(view.charCodeAt(i + 3)) && !isDigitCode(view.charCodeAt(i + 4))
}
