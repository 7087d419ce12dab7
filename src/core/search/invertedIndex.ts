// The inverted index behind search, hand-written over typed arrays (it replaced MiniSearch, whose
// per-result objects and radix tree cost 35–90 ms per broad query and 18 s to build at 100,000).
// This module indexes documents and ties the parts together: the documents (docTable.ts), the
// vocabulary (termTable.ts), the postings (postings.ts), querying (match.ts) and what is stored
// between sessions (snapshot.ts).
import { DocTable, FIELD_COUNT } from './docTable'
import { IntList } from './intList'
import { matchAll, MatchScratch, type Matches } from './match'
import { Postings, TF_CAP } from './postings'
import { checkSnapshot, SNAPSHOT_FORMAT, type IndexSnapshot } from './snapshot'
import { TermTable } from './termTable'
import { scanTerms } from './tokenize'

type Fields = readonly (string | null | undefined)[]

export class InvertedIndex {
  private docs = new DocTable()
  private terms = new TermTable()
  private postings = new Postings()
  private readonly scratch = new MatchScratch()
  // per-document term frequencies while indexing one, indexed by term id (zero between documents)
  private readonly tfScratch = new IntList()
  private readonly touched: number[] = []

  constructor(private readonly boosts: readonly number[]) {}

  get size(): number {
    return this.docs.live
  }

  has(id: string): boolean {
    return this.docs.docOf(id) !== undefined
  }

  liveIds(): string[] {
    return this.docs.liveIds()
  }

  /** A document's (normalised) field value, null when empty. */
  field(doc: number, f: number): string | null {
    return this.docs.field(doc, f)
  }

  /** Whether the index holds a document with this id and these (normalised) field values. */
  holds(id: string, fields: readonly (string | null)[]): boolean {
    const d = this.docs.docOf(id)
    if (d === undefined) return false
    for (let f = 0; f < FIELD_COUNT; f++) if (!this.docs.fieldIs(d, f, fields[f] ?? null)) return false
    return true
  }

  idOf(doc: number): string {
    return this.docs.idOf(doc)
  }

  /** Adds a document (fields already normalised); an id already present is replaced. */
  add(id: string, fields: Fields): void {
    this.remove(id)
    this.indexDoc(id, fields, (t, doc, packed) => this.postings.append(t, doc, packed))
  }

  /** An index of many documents at once (ids unique), its postings in flat arrays. */
  static build(docs: readonly { id: string; fields: Fields }[], boosts: readonly number[]): InvertedIndex {
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
    x.postings = Postings.fromTriples(x.terms.df, pt, pd, pf)
    return x
  }

  /** Numbers the document, stores its fields and hands each distinct term with its packed frequencies to `sink`. */
  private indexDoc(id: string, fields: Fields, sink: (t: number, doc: number, packed: number) => void): void {
    const doc = this.docs.open(id)
    const { tfScratch: tf, touched, terms } = this
    let shift = 0
    let count = 0
    const emit = (term: string) => {
      const t = terms.idFor(term)
      while (tf.length <= t) tf.push(0)
      const cur = tf.get(t)
      if (cur === 0) touched.push(t)
      if (((cur >>> shift) & 15) < TF_CAP) tf.set(t, cur + (1 << shift))
      count++
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      const v = fields[f]
      if (!v) {
        this.docs.pushField(null, 0)
        continue
      }
      shift = 4 * f
      count = 0
      scanTerms(v, 'index', emit)
      this.docs.pushField(v, count)
    }
    for (const t of touched) {
      terms.df.set(t, terms.df.get(t) + 1)
      sink(t, doc, tf.get(t))
      tf.set(t, 0)
    }
    touched.length = 0
  }

  /** Marks a document dead; unknown ids are ignored. */
  remove(id: string): void {
    const doc = this.docs.docOf(id)
    if (doc === undefined) return
    const seen = new Set<string>()
    for (let f = 0; f < FIELD_COUNT; f++) {
      const v = this.docs.field(doc, f)
      if (v) scanTerms(v, 'index', (term) => seen.add(term))
    }
    this.docs.kill(doc)
    for (const term of seen) {
      const t = this.terms.lookup(term)
      if (t !== undefined) this.terms.df.set(t, this.terms.df.get(t) - 1)
    }
  }

  /** Documents holding every query term, with their scores (see match.ts). */
  match(queryTerms: readonly string[]): Matches | null {
    const { terms, docs, postings, boosts, scratch } = this
    return matchAll({ terms, docs, postings, boosts, scratch }, queryTerms)
  }

  /** The live documents and the terms they hold, renumbered densely, as a structured-clonable snapshot. */
  snapshot(): IndexSnapshot {
    const docs = this.docs.pack()
    const vocab = this.terms.pack()
    const { newNum } = docs
    let total = 0
    for (let t = 0; t < this.terms.count; t++) total += Math.max(0, this.terms.df.get(t))
    const postOff = new Int32Array(vocab.order.length + 1)
    const postDoc = new Int32Array(total)
    const postTf = new Int32Array(total)
    let p = 0
    for (let t = 0; t < this.terms.count; t++) {
      const nt = vocab.newId[t]
      if (nt < 0) continue
      this.postings.each(t, (d, tf) => {
        const nd = newNum[d]
        if (nd < 0) return
        postDoc[p] = nd
        postTf[p++] = tf
      })
      postOff[nt + 1] = p
    }
    return {
      format: SNAPSHOT_FORMAT,
      ids: docs.ids,
      strings: docs.strings,
      refs: docs.refs,
      lens: docs.lens,
      terms: vocab.terms,
      termOrder: vocab.order,
      postOff,
      postDoc,
      postTf,
    }
  }

  /**
   * An index answering exactly as the one that made the snapshot. Throws on a malformed snapshot or
   * one of another format. The snapshot's arrays are shared, never written: it may be loaded again.
   */
  static load(s: IndexSnapshot, boosts: readonly number[]): InvertedIndex {
    checkSnapshot(s)
    const x = new InvertedIndex(boosts)
    x.docs = new DocTable(s)
    const nt = s.terms.ends.length
    const df = new Int32Array(nt)
    for (let t = 0; t < nt; t++) df[t] = s.postOff[t + 1] - s.postOff[t]
    x.terms = new TermTable({ terms: s.terms, order: s.termOrder, df })
    x.postings = new Postings(s.postOff, s.postDoc, s.postTf)
    return x
  }
}
