// Newspaper columns break lines inside words ("创建国\n\n家级"). The analysis view joins a break
// when it falls mid-sentence and keeps a map from view offsets back to the original text, so
// quotes are still reported as exact slices of the original (which may then contain the "\n\n").

export interface Reflowed {
  /** the analysis text, with mid-sentence line breaks removed */
  view: string
  /** view offset → original offset (length view.length) */
  map: Int32Array
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

/** Maps view offsets [start, end) to original offsets. */
export function toOriginal(r: Reflowed, start: number, end: number): [number, number] {
  if (r.view.length === 0) return [0, 0]
  const s = r.map[Math.min(start, r.map.length - 1)]
  const e = end <= start ? s : r.map[Math.min(end, r.map.length) - 1] + 1
  return [s, e]
}

export function reflow(text: string): Reflowed {
  const n = text.length
  const map = new Int32Array(n)
  const parts: string[] = []
  let v = 0
  let lineStart = 0
  let copied = 0 // original offset up to which text has been copied into parts
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 13) {
      i++
      continue
    }
    // a run of line-break whitespace
    let j = i
    while (j < n && isBreakChar(text.charCodeAt(j))) j++
    const prev = text.slice(lineStart, i)
    const nextFirst = j < n ? text[j] : ''
    if (isColumnBreak(prev, nextFirst)) {
      // copy [copied, i) and skip the break run [i, j), trimming trailing spaces of the line
      let k = i
      while (k > copied && text.charCodeAt(k - 1) === 32) k--
      parts.push(text.slice(copied, k))
      for (let x = copied; x < k; x++) map[v++] = x
      copied = j
    }
    // find the start of the next line: the last newline inside the run + 1
    let ls = j
    while (ls > i && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--
    lineStart = ls
    i = j
  }
  parts.push(text.slice(copied, n))
  for (let x = copied; x < n; x++) map[v++] = x
  return { view: parts.join(''), map: map.subarray(0, v) }
}
