// Answering a query over the index: the documents holding every query term (AND), with BM25+
// scores summed over terms and fields.
import { FIELD_COUNT, type DocTable } from './docTable'
import type { Postings } from './postings'
import type { TermTable } from './termTable'

/** BM25+ parameters, as MiniSearch used them (k1, b, delta). */
const K = 1.2
const B = 0.7
const D = 0.5

export interface Matches {
  /** document numbers holding every query term, in no particular order */
  docs: number[]
  score: Float64Array
  /** bit f set: some query term matched in field f (indexed by document number) */
  mask: Uint8Array
}

/** Per-document arrays reused from query to query (grown to the document count). */
export class MatchScratch {
  stamp = new Uint8Array(0)
  acc = new Float64Array(0)
  masks = new Uint8Array(0)

  ensure(n: number): void {
    if (this.stamp.length >= n) return
    const cap = Math.max(1024, n * 2)
    this.stamp = new Uint8Array(cap)
    this.acc = new Float64Array(cap)
    this.masks = new Uint8Array(cap)
  }
}

export interface IndexParts {
  terms: TermTable
  docs: DocTable
  postings: Postings
  boosts: readonly number[]
  scratch: MatchScratch
}

/**
 * Terms are walked rarest first; a stamp per document counts the terms it has matched so far, so a
 * document missing one term is skipped for all later ones. Work is the sum of the terms' postings,
 * with no object per document. Null when some query term reaches no live term.
 */
export function matchAll(x: IndexParts, queryTerms: readonly string[]): Matches | null {
  const { terms: vocab, docs: table, postings, boosts, scratch } = x
  const df = vocab.df
  const terms = queryTerms.slice(0, 250).map((q) => {
    const src = vocab.sources(q)
    let n = 0
    for (const s of src) n += df.get(s.t)
    return { src, n }
  })
  if (terms.length === 0 || terms.some((t) => t.src.length === 0)) return null
  terms.sort((a, b) => a.n - b.n)
  scratch.ensure(table.count)
  const { stamp, acc, masks } = scratch
  const { off: postOff, doc: postDoc, tf: postTf } = postings
  const alive = table.alive.raw
  const lens = table.lens.raw
  const live = table.live
  // per field: BM25's length normalisation is 1 - b + b × len / avg = c0 + c1 × len
  const c1 = new Float64Array(FIELD_COUNT)
  for (let f = 0; f < FIELD_COUNT; f++) c1[f] = B / Math.max(table.lenSum[f] / Math.max(1, table.fieldDocs[f]), 1e-9)
  const docs: number[] = []
  const based = postings.baseTerms
  for (let i = 0; i < terms.length; i++) {
    for (const { t, w } of terms[i].src) {
      const dft = df.get(t)
      const weight = w * Math.log(1 + (live - dft + 0.5) / (dft + 0.5))
      const extra = postings.appended(t)
      const from = t < based ? postOff[t] : 0
      const baseEnd = t < based ? postOff[t + 1] : 0
      const end = baseEnd + (extra ? extra.length / 2 : 0)
      // one loop over base postings then the appended ones (loops inlined: this is the hot path)
      for (let p = from; p < end; p++) {
        let d: number
        let tf: number
        if (p < baseEnd) {
          d = postDoc[p]
          tf = postTf[p]
        } else {
          const q = 2 * (p - baseEnd)
          d = extra![q]
          tf = extra![q + 1]
        }
        if (alive[d] === 0) continue
        const st = stamp[d]
        if (i === 0) {
          if (st === 0) {
            stamp[d] = 1
            acc[d] = 0
            masks[d] = 0
            docs.push(d)
          }
        } else if (st === i) stamp[d] = i + 1
        else if (st !== i + 1) continue
        // Σ over fields of boost × BM25+ saturation of the frequency
        let sc = 0
        let m = 0
        for (let f = 0, packed = tf; packed !== 0; f++, packed >>>= 4) {
          const c = packed & 15
          if (c === 0) continue
          m |= 1 << f
          sc += boosts[f] * (D + (c * (K + 1)) / (c + K * (1 - B + c1[f] * lens[d * FIELD_COUNT + f])))
        }
        acc[d] += weight * sc
        masks[d] |= m
      }
    }
  }
  const all = terms.length
  const out: number[] = []
  for (const d of docs) {
    if (stamp[d] === all) out.push(d)
    stamp[d] = 0
  }
  return { docs: out, score: acc, mask: masks }
}
