// Recognise a text that is already in the ledger. Exact duplicates compare a hash of the text with
// layout noise removed (BOM, line endings, all whitespace: Chinese does not separate words, and
// copy-paste from a web page reflows the newspaper's column breaks). Near duplicates (the same story
// under a different header, or one article cut from a page already imported) are found by
// character-shingle overlap.
import { fnv1a64 } from '../ids'

export interface KnownSource {
  id: string
  text: string
}

export interface NearDuplicate {
  sourceId: string
  /** Jaccard similarity of the two shingle sets, 0–1 */
  similarity: number
  /** share of the new text's shingles found in the existing source, 0–1 */
  containment: number
}

export interface DuplicateCheck {
  /** an existing source with the same normalised text, or null */
  same: string | null
  /** other sources that largely overlap, most similar first */
  near: NearDuplicate[]
}

/** Shingle length in characters; 5 is long enough that common phrases rarely collide by chance. */
export const SHINGLE = 5
export const NEAR_SIMILARITY = 0.8
export const NEAR_CONTAINMENT = 0.9

/** The text as compared: no BOM, no whitespace of any kind. */
export function normalizeForDuplicates(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/[\s\u3000\u00a0\u200b]+/g, '')
}

/** FNV-1a 64 (the pack's source hash function) of the normalised text. */
export function contentHash(text: string): string {
  return fnv1a64(normalizeForDuplicates(text))
}

/** Hashes of overlapping character shingles of the normalised text. */
export function shingles(text: string, size: number = SHINGLE): Set<number> {
  const s = normalizeForDuplicates(text)
  const out = new Set<number>()
  if (s.length === 0) return out
  if (s.length <= size) {
    out.add(hash32(s, 0, s.length))
    return out
  }
  for (let i = 0; i + size <= s.length; i++) out.add(hash32(s, i, i + size))
  return out
}

/** FNV-1a 32 over UTF-16 units: cheap and enough for set overlap. */
function hash32(s: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function overlap(a: Set<number>, b: Set<number>): { similarity: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { similarity: 0, containment: 0 }
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let common = 0
  for (const h of small) if (large.has(h)) common++
  return { similarity: common / (a.size + b.size - common), containment: common / a.size }
}

export function checkDuplicate(text: string, existing: readonly KnownSource[]): DuplicateCheck {
  const hash = contentHash(text)
  const mine = shingles(text)
  let same: string | null = null
  const near: NearDuplicate[] = []
  for (const src of existing) {
    if (same === null && contentHash(src.text) === hash) {
      same = src.id
      continue
    }
    const o = overlap(mine, shingles(src.text))
    if (o.similarity >= NEAR_SIMILARITY || o.containment >= NEAR_CONTAINMENT) {
      near.push({ sourceId: src.id, similarity: round(o.similarity), containment: round(o.containment) })
    }
  }
  near.sort((x, y) => y.similarity - x.similarity || y.containment - x.containment)
  return { same, near }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
