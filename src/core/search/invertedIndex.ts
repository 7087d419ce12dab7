// The inverted index behind search, hand-written over typed arrays (it replaced MiniSearch, whose
// per-result objects and radix tree cost 35–90 ms per broad query and 18 s to build at 100,000).
//
// Documents get dense numbers. Each term's postings are the numbers of the documents holding it,
// ascending, each with its term frequency per field packed in 4 bits × 7 fields. Postings live in
// flat arrays after a build or a load (`base`), and documents added later append to small per-term
// lists (`extra`); their numbers are always higher, so base + extra stays ascending. A removed
// document is only marked dead and skipped; `snapshot()` drops the dead and renumbers.
import { IntList } from './intList'
import { isCjk, isPrefixTerm, scanTerms } from './tokenize'

export const FIELD_COUNT = 7
/** Term frequencies above this are counted as this (4 bits per field). */
const TF_CAP = 15
/** BM25+ parameters, as MiniSearch used them (k1, b, delta). */
const K = 1.2
const B = 0.7
const D = 0.5
/** A prefix match (古 → 古城) counts less than the word as typed, as in MiniSearch. */
const PREFIX_WEIGHT = 0.375

/** What IndexedDB stores: structured-clonable, typed arrays for every per-document and per-posting column. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT
  ids: string[]
  /** distinct field values; `refs[doc * 7 + field]` points here, -1 when empty */
  strings: string[]
  refs: Int32Array
  /** tokens per field, `lens[doc * 7 + field]` */
  lens: Int32Array
  terms: string[]
  /** postings of term t are [postOff[t], postOff[t + 1]) in postDoc / postTf */
  postOff: Int32Array
  postDoc: Int32Array
  postTf: Int32Array
}

/**
 * Bump when the tokenizer or the layout changes: a stored index of another format is rebuilt, never
 * read with the wrong meaning.
 */
export const SNAPSHOT_FORMAT = 1

export interface Matches {
  /** document numbers holding every query term, in no particular order */
  docs: number[]
  score: Float64Array
  /** bit f set: some query term matched in field f (indexed by document number) */
  mask: Uint8Array
}

export class InvertedIndex {
  private ids: string[] = []
  private docOf = new Map<string, number>()
  private strings: string[] = []
  private refs = new IntList()
  private lens = new IntList()
  private alive = new IntList()
  private live = 0
  private lenSum = new Float64Array(FIELD_COUNT)
  private fieldDocs = new Float64Array(FIELD_COUNT)

  private terms: string[] = []
  private termOf = new Map<string, number>()
  private df = new IntList()
  /** term ids by first character, for prefix search (古 → 古城, 古镇; luoy → luoyang) */
  private byFirst = new Map<string, number[]>()
  private postOff: Int32Array = new Int32Array(1)
  private postDoc: Int32Array = new Int32Array(0)
  private postTf: Int32Array = new Int32Array(0)
  private extra = new Map<number, number[]>()

  // scratch space for queries, reused (grown to the document count)
  private stamp = new Uint8Array(0)
  private acc = new Float64Array(0)
  private masks = new Uint8Array(0)

  constructor(private readonly boosts: readonly number[]) {}

  get size(): number {
    return this.live
  }

  has(id: string): boolean {
    return this.docOf.has(id)
  }

  liveIds(): string[] {
    return [...this.docOf.keys()]
  }

  /** A document's (normalised) field value, null when empty. */
  field(doc: number, f: number): string | null {
    const r = this.refs.get(doc * FIELD_COUNT + f)
    return r < 0 ? null : this.strings[r]
  }

  fieldOf(id: string, f: number): string | null {
    const d = this.docOf.get(id)
    return d === undefined ? null : this.field(d, f)
  }

  idOf(doc: number): string {
    return this.ids[doc]
  }

  /** Adds a document (fields already normalised); an id already present is replaced. */
  add(id: string, fields: readonly (string | null | undefined)[]): void {
    if (this.docOf.has(id)) this.remove(id)
    this.indexDoc(id, fields, (t, doc, packed) => {
      let list = this.extra.get(t)
      if (!list) this.extra.set(t, (list = []))
      list.push(doc, packed)
    })
  }

  /**
   * An index of many documents at once (ids unique): postings are collected as (term, doc, tf)
   * triples in flat arrays, then placed by a counting sort, with no list per term.
   */
  static build(docs: readonly { id: string; fields: readonly (string | null | undefined)[] }[], boosts: readonly number[]): InvertedIndex {
    const x = new InvertedIndex(boosts)
    const pt = new IntList()
    const pd = new IntList()
    const pf = new IntList()
    for (const d of docs) {
      x.indexDoc(d.id, d.fields, (t, doc, packed) => {
        pt.push(t)
        pd.push(doc)
        pf.push(packed)
      })
    }
    const nt = x.terms.length
    const off = new Int32Array(nt + 1)
    for (let t = 0; t < nt; t++) off[t + 1] = off[t] + x.df.get(t)
    const cursor = off.slice(0, nt)
    const postDoc = new Int32Array(pt.length)
    const postTf = new Int32Array(pt.length)
    const T = pt.raw
    const Dn = pd.raw
    const F = pf.raw
    for (let i = 0; i < pt.length; i++) {
      const p = cursor[T[i]]++
      postDoc[p] = Dn[i]
      postTf[p] = F[i]
    }
    x.postOff = off
    x.postDoc = postDoc
    x.postTf = postTf
    return x
  }

  // per-document term frequencies, indexed by term id (zero between documents)
  private tfScratch = new IntList()
  private touched: number[] = []

  /** Numbers the document, stores its fields and hands each distinct term with its packed frequencies to `sink`. */
  private indexDoc(
    id: string,
    fields: readonly (string | null | undefined)[],
    sink: (t: number, doc: number, packed: number) => void,
  ): void {
    const doc = this.ids.length
    this.ids.push(id)
    this.docOf.set(id, doc)
    this.alive.push(1)
    this.live++
    const tf = this.tfScratch
    const touched = this.touched
    let shift = 0
    let count = 0
    const emit = (term: string) => {
      const t = this.termId(term)
      while (tf.length <= t) tf.push(0)
      const cur = tf.get(t)
      if (cur === 0) touched.push(t)
      if (((cur >>> shift) & 15) < TF_CAP) tf.set(t, cur + (1 << shift))
      count++
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      const v = fields[f]
      if (!v) {
        this.refs.push(-1)
        this.lens.push(0)
        continue
      }
      this.refs.push(this.strings.length)
      this.strings.push(v)
      shift = 4 * f
      count = 0
      scanTerms(v, 'index', emit)
      this.lens.push(count)
      if (count > 0) {
        this.lenSum[f] += count
        this.fieldDocs[f]++
      }
    }
    for (const t of touched) {
      this.df.set(t, this.df.get(t) + 1)
      sink(t, doc, tf.get(t))
      tf.set(t, 0)
    }
    touched.length = 0
  }

  /** Marks a document dead; unknown ids are ignored. */
  remove(id: string): void {
    const doc = this.docOf.get(id)
    if (doc === undefined) return
    this.docOf.delete(id)
    this.alive.set(doc, 0)
    this.live--
    const seen = new Set<string>()
    for (let f = 0; f < FIELD_COUNT; f++) {
      const len = this.lens.get(doc * FIELD_COUNT + f)
      if (len > 0) {
        this.lenSum[f] -= len
        this.fieldDocs[f]--
      }
      const v = this.field(doc, f)
      if (v) scanTerms(v, 'index', (term) => seen.add(term))
    }
    for (const term of seen) {
      const t = this.termOf.get(term)
      if (t !== undefined) this.df.set(t, this.df.get(t) - 1)
    }
  }

  private termId(term: string): number {
    let t = this.termOf.get(term)
    if (t !== undefined) return t
    t = this.terms.length
    this.terms.push(term)
    this.termOf.set(term, t)
    this.df.push(0)
    this.indexFirst(term, t)
    return t
  }

  private indexFirst(term: string, t: number): void {
    const c = term.charCodeAt(0)
    // digits never expand (700 must not find 7000)
    if (c >= 0x30 && c <= 0x39) return
    if (!isCjk(c) && term.length < 2) return
    const key = term[0]
    const list = this.byFirst.get(key)
    if (list) list.push(t)
    else this.byFirst.set(key, [t])
  }

  /** The index terms a query term reaches, with their weights: itself, and longer terms for a prefix. */
  private sources(term: string): { t: number; w: number }[] {
    const out: { t: number; w: number }[] = []
    const exact = this.termOf.get(term)
    if (exact !== undefined && this.df.get(exact) > 0) out.push({ t: exact, w: 1 })
    if (isPrefixTerm(term)) {
      for (const t of this.byFirst.get(term[0]) ?? []) {
        if (t !== exact && this.df.get(t) > 0 && this.terms[t].length > term.length && this.terms[t].startsWith(term)) {
          out.push({ t, w: PREFIX_WEIGHT })
        }
      }
    }
    return out
  }

  /**
   * Documents holding every term (AND), with BM25+ scores summed over terms and fields. Terms are
   * walked rarest first; a stamp per document counts the terms it has matched so far, so a document
   * missing one term is skipped for all later ones. Work is the sum of the terms' postings, with no
   * object per document.
   */
  match(queryTerms: readonly string[]): Matches | null {
    const terms = queryTerms.slice(0, 250).map((q) => {
      const src = this.sources(q)
      let n = 0
      for (const s of src) n += this.df.get(s.t)
      return { src, n }
    })
    if (terms.length === 0 || terms.some((t) => t.src.length === 0)) return null
    terms.sort((a, b) => a.n - b.n)
    this.ensureScratch()
    const { stamp, acc, masks, postOff, postDoc, postTf, boosts } = this
    const alive = this.alive.raw
    const lens = this.lens.raw
    // per field: BM25's length normalisation is 1 - b + b × len / avg = c0 + c1 × len
    const c1 = new Float64Array(FIELD_COUNT)
    for (let f = 0; f < FIELD_COUNT; f++) c1[f] = B / Math.max(this.lenSum[f] / Math.max(1, this.fieldDocs[f]), 1e-9)
    const docs: number[] = []
    const based = postOff.length - 1
    for (let i = 0; i < terms.length; i++) {
      for (const { t, w } of terms[i].src) {
        const df = this.df.get(t)
        const weight = w * Math.log(1 + (this.live - df + 0.5) / (df + 0.5))
        const extra = this.extra.get(t)
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

  private ensureScratch(): void {
    const n = this.ids.length
    if (this.stamp.length >= n) return
    const cap = Math.max(1024, n * 2)
    this.stamp = new Uint8Array(cap)
    this.acc = new Float64Array(cap)
    this.masks = new Uint8Array(cap)
  }

  private eachPosting(t: number, fn: (doc: number, tf: number) => void): void {
    if (t + 1 < this.postOff.length) {
      const { postDoc, postTf } = this
      for (let p = this.postOff[t], end = this.postOff[t + 1]; p < end; p++) fn(postDoc[p], postTf[p])
    }
    const list = this.extra.get(t)
    if (list) for (let p = 0; p < list.length; p += 2) fn(list[p], list[p + 1])
  }

  /** The live documents, renumbered densely, as structured-clonable arrays. */
  snapshot(): IndexSnapshot {
    const n = this.ids.length
    const newNum = new Int32Array(n).fill(-1)
    const ids: string[] = []
    const strings: string[] = []
    const stringOf = new Map<string, number>()
    const refs = new Int32Array(this.live * FIELD_COUNT)
    const lens = new Int32Array(this.live * FIELD_COUNT)
    for (let d = 0; d < n; d++) {
      if (this.alive.get(d) === 0) continue
      const nd = ids.length
      newNum[d] = nd
      ids.push(this.ids[d])
      for (let f = 0; f < FIELD_COUNT; f++) {
        lens[nd * FIELD_COUNT + f] = this.lens.get(d * FIELD_COUNT + f)
        const v = this.field(d, f)
        let r = -1
        if (v !== null) {
          r = stringOf.get(v) ?? -1
          if (r < 0) {
            r = strings.length
            strings.push(v)
            stringOf.set(v, r)
          }
        }
        refs[nd * FIELD_COUNT + f] = r
      }
    }
    const terms: string[] = []
    let total = 0
    for (let t = 0; t < this.terms.length; t++) total += Math.max(0, this.df.get(t))
    const postOff: number[] = [0]
    const postDoc = new Int32Array(total)
    const postTf = new Int32Array(total)
    let p = 0
    for (let t = 0; t < this.terms.length; t++) {
      if (this.df.get(t) <= 0) continue
      this.eachPosting(t, (d, tf) => {
        const nd = newNum[d]
        if (nd < 0) return
        postDoc[p] = nd
        postTf[p++] = tf
      })
      terms.push(this.terms[t])
      postOff.push(p)
    }
    return { format: SNAPSHOT_FORMAT, ids, strings, refs, lens, terms, postOff: Int32Array.from(postOff), postDoc, postTf }
  }

  /** An index answering exactly as the one that made the snapshot. Throws on a malformed snapshot. */
  static load(s: IndexSnapshot, boosts: readonly number[]): InvertedIndex {
    if (!s || s.format !== SNAPSHOT_FORMAT) throw new Error(`search index format ${String(s?.format)} is not ${SNAPSHOT_FORMAT}`)
    const n = s.ids.length
    if (s.refs.length !== n * FIELD_COUNT || s.lens.length !== n * FIELD_COUNT || s.postOff.length !== s.terms.length + 1) {
      throw new Error('search index snapshot has inconsistent lengths')
    }
    const x = new InvertedIndex(boosts)
    // own copies of the growable parts: the snapshot may be loaded again, or be a message in flight
    x.ids = s.ids.slice()
    for (let d = 0; d < n; d++) x.docOf.set(s.ids[d], d)
    x.strings = s.strings.slice()
    x.refs = new IntList(s.refs)
    x.lens = new IntList(s.lens)
    x.alive = new IntList(new Int32Array(n).fill(1))
    x.live = n
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        const len = s.lens[d * FIELD_COUNT + f]
        if (len > 0) {
          x.lenSum[f] += len
          x.fieldDocs[f]++
        }
      }
    }
    x.terms = s.terms.slice()
    const df = new Int32Array(s.terms.length)
    for (let t = 0; t < s.terms.length; t++) {
      x.termOf.set(s.terms[t], t)
      df[t] = s.postOff[t + 1] - s.postOff[t]
      x.indexFirst(s.terms[t], t)
    }
    x.df = new IntList(df)
    x.postOff = s.postOff
    x.postDoc = s.postDoc
    x.postTf = s.postTf
    return x
  }
}
