// Newspaper columns break lines inside words ("创建国\n\n家级"). The analysis view joins a break
// when it falls mid-sentence and keeps a map from view offsets back to the original text, so
// quotes are still reported as exact slices of the original (which may then contain the "\n\n").
import { isWhiteSpace } from './chars'
import { pinyinInserts } from './pinyin-inserts'

export interface Reflowed {
  /** the analysis text, with mid-sentence line breaks removed */
  view: string
  /**
   * The view is a sequence of copied runs of the original: run k starts at view offset segView[k]
   * and original offset segOrig[k]. Two numbers per run instead of one per character.
   */
  segView: Int32Array
  segOrig: Int32Array
}

/** Index of the last run starting at or before `x` in `starts`. */
function runAt(starts: Int32Array, x: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= x) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Original offset of a view offset (0 ≤ v < view.length). */
export function viewToOrig(r: Reflowed, v: number): number {
  const k = runAt(r.segView, v)
  return r.segOrig[k] + (v - r.segView[k])
}

/** View offset of an original offset; an offset inside a removed break maps to the next run. */
export function origToView(r: Reflowed, o: number): number {
  if (r.segOrig.length === 0) return 0
  const k = runAt(r.segOrig, o)
  const runLen = (k + 1 < r.segView.length ? r.segView[k + 1] : r.view.length) - r.segView[k]
  const off = o - r.segOrig[k]
  if (off < 0) return r.segView[k]
  return off < runLen ? r.segView[k] + off : r.segView[k] + runLen
}

// A line ending with one of these ends a sentence (or a heading-like label): never joined.
const ENDERS = new Set('。!?;…:—)」』"”】'.split(''))
// A line starting with one of these opens a new block.
const OPENERS = new Set('—■●▲◆(【《'.split(''))
const SENTENCE_PUNCT = /[,。;!?]/

function isBreakChar(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9
}

/** Whether a line break between `prev` (the line before) and the next line is a column break. */
export function isColumnBreak(prev: string, nextFirst: string): boolean {
  const p = prev.trimEnd()
  if (p.length === 0 || nextFirst === '' || OPENERS.has(nextFirst)) return false
  const last = p[p.length - 1]
  if (ENDERS.has(last)) return false
  // Short lines without sentence punctuation are headings, labels or bylines.
  if (p.length < 40 && !SENTENCE_PUNCT.test(p)) return false
  return true
}

/**
 * isColumnBreak(text.slice(lineStart, i), text[j] ?? '') without slicing the line: the reflow
 * asks this at every line break of the page.
 */
function columnBreakAt(text: string, lineStart: number, i: number, j: number): boolean {
  let pe = i
  while (pe > lineStart && isWhiteSpace(text.charCodeAt(pe - 1))) pe--
  if (pe === lineStart || j >= text.length || OPENERS.has(text[j])) return false
  if (ENDERS.has(text[pe - 1])) return false
  // Short lines without sentence punctuation are headings, labels or bylines.
  if (pe - lineStart < 40) {
    for (let k = lineStart; k < pe; k++) if (SENTENCE_PUNCT_CODE[text.charCodeAt(k)] === 1) return true
    return false
  }
  return true
}

const SENTENCE_PUNCT_CODE = new Uint8Array(65536)
for (const ch of ',。;!?') SENTENCE_PUNCT_CODE[ch.charCodeAt(0)] = 1

/** Maps view offsets [start, end) to original offsets. */
export function toOriginal(r: Reflowed, start: number, end: number): [number, number] {
  const n = r.view.length
  if (n === 0) return [0, 0]
  const s = viewToOrig(r, Math.min(start, n - 1))
  const e = end <= start ? s : viewToOrig(r, Math.min(end, n) - 1) + 1
  return [s, e]
}

export function reflow(text: string): Reflowed {
  const n = text.length
  const segView: number[] = []
  const segOrig: number[] = []
  const parts: string[] = []
  let v = 0
  let lineStart = 0
  let copied = 0 // original offset up to which text has been copied into parts
  let i = 0
  // pinyin inserts of mirror sites (達(dá)到) are dropped like column breaks: [s0, e0, s1, e1, …]
  const cuts = pinyinInserts(text)
  let ci = 0
  /** Copies the text up to each insert that starts before `limit` and skips the insert. */
  function cutBefore(limit: number): void {
    while (cuts && ci < cuts.length && cuts[ci] < limit) {
      const cs = cuts[ci]
      if (cs >= copied) {
        if (cs > copied) {
          parts.push(text.slice(copied, cs))
          segView.push(v)
          segOrig.push(copied)
          v += cs - copied
        }
        copied = cuts[ci + 1]
      }
      ci += 2
    }
  }
  // without a carriage return anywhere, the next break is found by indexOf (a native scan)
  const lfOnly = text.indexOf('\r') < 0
  while (i < n) {
    if (lfOnly) {
      i = text.indexOf('\n', i)
      if (i < 0) break
    } else {
      const c = text.charCodeAt(i)
      if (c !== 10 && c !== 13) {
        i++
        continue
      }
    }
    if (cuts) cutBefore(i)
    // a run of line-break whitespace
    let j = i
    while (j < n && isBreakChar(text.charCodeAt(j))) j++
    if (columnBreakAt(text, lineStart, i, j)) {
      // copy [copied, i) and skip the break run [i, j), trimming trailing spaces of the line
      let k = i
      while (k > copied && text.charCodeAt(k - 1) === 32) k--
      if (k > copied) {
        parts.push(text.slice(copied, k))
        segView.push(v)
        segOrig.push(copied)
        v += k - copied
      }
      copied = j
    }
    // find the start of the next line: the last newline inside the run + 1
    let ls = j
    while (ls > i && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--
    lineStart = ls
    i = j
  }
  if (cuts) cutBefore(n)
  if (n > copied || segView.length === 0) {
    parts.push(text.slice(copied, n))
    segView.push(v)
    segOrig.push(copied)
  }
  // new Int32Array(array) copies by index; Int32Array.from walks the array's iterator
  return { view: parts.join(''), segView: new Int32Array(segView), segOrig: new Int32Array(segOrig) }
}
