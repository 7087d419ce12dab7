// Each term's postings: the numbers of the documents holding it, ascending, each with its term
// frequency per field packed in 4 bits × 7 fields. After a build or a load they live in flat arrays
// (`base`); documents added later append to small per-term lists (`extra`). Their numbers are always
// higher, so base + extra stays ascending.
import type { IntList } from './intList'

/** Term frequencies above this are counted as this (4 bits per field). */
export const TF_CAP = 15

export class Postings {
  /** postings of term t are [off[t], off[t + 1]) in doc / tf, for the terms numbered before a build or load */
  readonly off: Int32Array
  readonly doc: Int32Array
  readonly tf: Int32Array
  private readonly extra = new Map<number, number[]>()

  constructor(off: Int32Array = new Int32Array(1), doc: Int32Array = new Int32Array(0), tf: Int32Array = new Int32Array(0)) {
    this.off = off
    this.doc = doc
    this.tf = tf
  }

  /** Terms with base postings (later terms have only appended ones). */
  get baseTerms(): number {
    return this.off.length - 1
  }

  append(t: number, doc: number, packedTf: number): void {
    let list = this.extra.get(t)
    if (!list) this.extra.set(t, (list = []))
    list.push(doc, packedTf)
  }

  /** The appended postings of a term as [doc, tf, doc, tf, …], if any. */
  appended(t: number): number[] | undefined {
    return this.extra.get(t)
  }

  each(t: number, fn: (doc: number, tf: number) => void): void {
    if (t < this.baseTerms) {
      for (let p = this.off[t], end = this.off[t + 1]; p < end; p++) fn(this.doc[p], this.tf[p])
    }
    const list = this.extra.get(t)
    if (list) for (let p = 0; p < list.length; p += 2) fn(list[p], list[p + 1])
  }

  /**
   * Postings gathered as (term, doc, tf) triples in document order, placed by a counting sort on the
   * term (`df` holds each term's count), with no list per term.
   */
  static fromTriples(df: IntList, terms: IntList, docs: IntList, tfs: IntList): Postings {
    const nt = df.length
    const off = new Int32Array(nt + 1)
    for (let t = 0; t < nt; t++) off[t + 1] = off[t] + df.get(t)
    const cursor = off.slice(0, nt)
    const doc = new Int32Array(terms.length)
    const tf = new Int32Array(terms.length)
    const T = terms.raw
    const Dn = docs.raw
    const F = tfs.raw
    for (let i = 0; i < terms.length; i++) {
      const p = cursor[T[i]]++
      doc[p] = Dn[i]
      tf[p] = F[i]
    }
    return new Postings(off, doc, tf)
  }
}
