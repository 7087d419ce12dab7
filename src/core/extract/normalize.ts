// Length-preserving normalisation for analysis: traditional → simplified (single characters),
// full-width ASCII → half-width, ideographic space → space. Every UTF-16 unit maps to exactly one
// unit, so an offset in the normalised view is the same offset in the original text.
import { T2S_FROM, T2S_TO } from './generated/t2s'

let table: Map<number, number> | null = null

function t2s(): Map<number, number> {
  if (!table) {
    table = new Map()
    for (let i = 0; i < T2S_FROM.length; i++) table.set(T2S_FROM.charCodeAt(i), T2S_TO.charCodeAt(i))
  }
  return table
}

/** Normalise one UTF-16 code unit. */
export function normChar(c: number, map: Map<number, number> = t2s()): number {
  if (c < 0x80) return c
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0 // full-width ASCII block
  if (c === 0x3000) return 0x20
  if (c >= 0x3400) return map.get(c) ?? c
  return c
}

export function normalize(text: string): string {
  const map = t2s()
  const n = text.length
  // Build in chunks: String.fromCharCode over a huge array would overflow the call stack.
  const parts: string[] = []
  const CHUNK = 8192
  const buf = new Array<number>(CHUNK)
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i)
    for (let j = 0; j < m; j++) buf[j] = normChar(text.charCodeAt(i + j), map)
    parts.push(String.fromCharCode.apply(null, m === CHUNK ? buf : buf.slice(0, m)))
  }
  return parts.join('')
}
