// Checks on a pack file's text BEFORE JSON.parse, so a hostile file costs a cheap scan, not a
// parse into millions of objects: the size (also checked from File.size before reading), the
// nesting depth and the item count of every array. One pass over the characters; string
// contents are skipped with indexOf, so a 10 MB string costs almost nothing.
import { formatPath, ROOT_PATH, type PackError } from './errors'
import { LIMITS } from './schema'

/**
 * Largest pack file accepted, in bytes (and characters: UTF-8 never has fewer bytes than a JS
 * string has UTF-16 units). A synthetic 100,000-commitment pack is about 68 MB; real ledgers are
 * far smaller, so 200 MB leaves room to grow while still refusing absurd files before reading.
 */
export const MAX_PACK_BYTES = 200 * 1024 * 1024

/**
 * Deepest JSON nesting read at all. A valid pack is at most 6 levels deep (records deeper than
 * MAX_DEPTH are rejected one by one); a file nested beyond this is not a pack and is refused whole.
 */
export const MAX_JSON_DEPTH = 64

const MB = 1024 * 1024

/** The message for a file over the limit, used by the page (File.size) and by the text check. */
export function tooLarge(size: number): PackError {
  return {
    path: ROOT_PATH,
    message: `file too large: ${(size / MB).toFixed(1)} MB (at most ${MAX_PACK_BYTES / MB} MB)`,
  }
}

/** Before reading a file: refuses it by its size alone. */
export function checkPackSize(bytes: number): PackError | null {
  return bytes > MAX_PACK_BYTES ? tooLarge(bytes) : null
}

interface Frame {
  array: boolean
  /** items seen so far in an array (commas + 1 once a value started) */
  items: number
  started: boolean
  /** where the last key read in an object starts and ends (sliced only for an error path) */
  keyStart: number
  keyEnd: number
}

const QUOTE = 34 // "
const BACKSLASH = 92
const OPEN_ARRAY = 91 // [
const CLOSE_ARRAY = 93
const OPEN_OBJECT = 123 // {
const CLOSE_OBJECT = 125
const COMMA = 44

/**
 * The first size, depth or count problem of a pack's JSON text, or null. Malformed JSON is left
 * to JSON.parse, which names the position; this scan only has to be right for well-formed text.
 */
export function prescanPackJson(text: string): PackError | null {
  if (text.length > MAX_PACK_BYTES) return tooLarge(text.length)
  const stack: Frame[] = []
  const n = text.length
  const tooMany = (): PackError => ({ path: pathOf(stack, text), message: `expected at most ${LIMITS.records} records` })
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const top = stack[stack.length - 1]
    if (c === QUOTE) {
      const end = stringEnd(text, i + 1)
      // an object's key names the table (or field) in an error path
      if (top && !top.array) {
        if (expectsKey(text, i)) {
          top.keyStart = i + 1
          top.keyEnd = end
        }
      } else if (top && startsItem(top)) return tooMany()
      i = end + 1
      continue
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (top?.array && startsItem(top)) return tooMany()
      if (stack.length >= MAX_JSON_DEPTH) {
        return { path: ROOT_PATH, message: `nested deeper than ${MAX_JSON_DEPTH} levels: not a data pack` }
      }
      stack.push({ array: c === OPEN_ARRAY, items: 0, started: false, keyStart: 0, keyEnd: 0 })
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      stack.pop()
    } else if (c === COMMA) {
      if (top?.array) top.started = false
    } else if (c > 32 && top?.array && startsItem(top)) {
      // a number, true, false or null starting an item
      return tooMany()
    }
    i++
  }
  return null
}

/** Counts an array item the first time a value starts after '[' or ','; true when over the limit. */
function startsItem(f: Frame): boolean {
  if (f.started) return false
  f.started = true
  f.items++
  return f.items > LIMITS.records
}

/** Index of the closing quote of a string whose contents start at `from` (or the text's end). */
function stringEnd(text: string, from: number): number {
  let j = from
  for (;;) {
    const q = text.indexOf('"', j)
    if (q < 0) return text.length
    // an odd run of backslashes before the quote escapes it
    let k = q - 1
    while (k >= from && text.charCodeAt(k) === BACKSLASH) k--
    if ((q - 1 - k) % 2 === 0) return q
    j = q + 1
  }
}

/** True when the string at `quote` is an object key (the previous token is '{' or ','). */
function expectsKey(text: string, quote: number): boolean {
  let k = quote - 1
  while (k >= 0 && text.charCodeAt(k) <= 32) k--
  const p = text.charCodeAt(k)
  return p === OPEN_OBJECT || p === COMMA
}

/** "commitments" for the pack's commitments array; deeper arrays get their index path. */
function pathOf(stack: Frame[], text: string): string {
  const path: (string | number)[] = []
  for (let d = 0; d < stack.length - 1; d++) {
    const f = stack[d]
    if (f.array) path.push(f.items - 1)
    else path.push(text.slice(f.keyStart, f.keyEnd))
  }
  return path.length === 0 ? ROOT_PATH : formatPath(path)
}
