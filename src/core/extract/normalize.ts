// Length-preserving normalisation for analysis: traditional → simplified (single characters),
// full-width ASCII → half-width, ideographic space → space. Every UTF-16 unit maps to exactly one
// unit, so an offset in the normalised view is the same offset in the original text.
import { T2S_FROM, T2S_TO } from './generated/t2s'

// code unit → normalised code unit, 0 when unchanged (a flat table: this runs on every character)
let table: Uint16Array | null = null

function codeTable(): Uint16Array {
  if (table) return table
  const t = new Uint16Array(65536)
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0 // full-width ASCII block
  t[0x3000] = 0x20
  for (let i = 0; i < T2S_FROM.length; i++) t[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i)
  table = t
  return t
}

/** Normalise one UTF-16 code unit. */
export function normChar(c: number): number {
  return codeTable()[c] || c
}

const decoder = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le')
// Under Node (the command line, the benchmarks) Buffer decodes UTF-16 about twice as fast as
// TextDecoder (41 vs 80–99 ms for 5 M chars); browsers and workers use TextDecoder. Same string.
type NodeBuffer = { from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: 'utf16le'): string } }
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer ?? null

function decode16(buf: Uint16Array): string {
  if (nodeBuffer) return nodeBuffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le')
  return decoder!.decode(buf)
}

export function normalize(text: string): string {
  const t = codeTable()
  const n = text.length
  let first = -1
  for (let i = 0; i < n; i++) {
    if (t[text.charCodeAt(i)] !== 0) {
      first = i
      break
    }
  }
  if (first < 0) return text
  if (decoder || nodeBuffer) {
    // one buffer and one decode: no per-character strings (a lone surrogate becomes U+FFFD, same length)
    const buf = new Uint16Array(n)
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      // lone surrogates → U+FFFD here, as TextDecoder does, so both decoders give the same string
      buf[i] = (c & 0xf800) === 0xd800 ? (loneSurrogate(text, i, c) ? 0xfffd : c) : t[c] || c
    }
    return decode16(buf)
  }
  const parts: string[] = []
  let copied = 0
  for (let i = first; i < n; i++) {
    const m = t[text.charCodeAt(i)]
    if (m === 0) continue
    if (i > copied) parts.push(text.slice(copied, i))
    parts.push(String.fromCharCode(m))
    copied = i + 1
  }
  parts.push(text.slice(copied))
  return parts.join('')
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
function loneSurrogate(text: string, i: number, c: number): boolean {
  if (c < 0xdc00) return i + 1 >= text.length || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00
  return i === 0 || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800
}
