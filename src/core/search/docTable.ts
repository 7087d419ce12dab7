// The index's documents: a dense number each, its id, its (normalised) field values, its token count
// per field (for BM25's length normalisation) and whether it is still alive. A removed document is
// only marked dead; a snapshot drops the dead and renumbers.
//
// Ids and field values read from a snapshot stay packed, sliced when asked for. The map from id to
// number is built on first use: a query needs only number → id, and the map of 100,000 ids cost
// the stored index's load time before the first answer.
import { IntList } from './intList'
import { packStrings, StringList, type PackedStrings } from './packedStrings'

export const FIELD_COUNT = 7

export interface DocColumns {
  ids: PackedStrings
  /** distinct field values; `refs[doc * 7 + field]` points here, -1 when empty */
  strings: PackedStrings
  refs: Int32Array
  /** tokens per field, `lens[doc * 7 + field]` */
  lens: Int32Array
}

export class DocTable {
  private readonly ids: StringList
  private readonly strings: StringList
  /** per document × field: index into `strings`, -1 when empty */
  readonly refs: IntList
  /** per document × field: token count */
  readonly lens: IntList
  /** per document: 1 alive, 0 removed */
  readonly alive: IntList
  private byId: Map<string, number> | null = null
  live = 0
  /** per field: tokens over live documents, and live documents with the field non-empty */
  readonly lenSum = new Float64Array(FIELD_COUNT)
  readonly fieldDocs = new Float64Array(FIELD_COUNT)

  /** Empty, or every document of a snapshot, alive (the columns are shared, never written). */
  constructor(from?: DocColumns) {
    this.ids = new StringList(from?.ids)
    this.strings = new StringList(from?.strings)
    // an IntList grows into a new array, so a snapshot's columns are never written
    this.refs = from ? new IntList(from.refs) : new IntList()
    this.lens = from ? new IntList(from.lens) : new IntList()
    const n = this.ids.length
    this.alive = new IntList(new Int32Array(n).fill(1))
    this.live = n
    if (!from) return
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        const len = from.lens[d * FIELD_COUNT + f]
        if (len > 0) {
          this.lenSum[f] += len
          this.fieldDocs[f]++
        }
      }
    }
  }

  /** Documents numbered so far, dead ones included. */
  get count(): number {
    return this.ids.length
  }

  idOf(doc: number): string {
    return this.ids.get(doc)
  }

  docOf(id: string): number | undefined {
    return this.numbers().get(id)
  }

  liveIds(): string[] {
    return [...this.numbers().keys()]
  }

  private numbers(): Map<string, number> {
    if (this.byId) return this.byId
    const m = new Map<string, number>()
    for (let d = 0; d < this.ids.length; d++) if (this.alive.get(d) === 1) m.set(this.ids.get(d), d)
    return (this.byId = m)
  }

  /** A document's field value, null when empty. */
  field(doc: number, f: number): string | null {
    const r = this.refs.get(doc * FIELD_COUNT + f)
    return r < 0 ? null : this.strings.get(r)
  }

  /** Whether a document's field value is `value` (null: empty). */
  fieldIs(doc: number, f: number, value: string | null): boolean {
    const r = this.refs.get(doc * FIELD_COUNT + f)
    return r < 0 ? value === null : value !== null && this.strings.equals(r, value)
  }

  /** Numbers a new live document; its fields follow with `pushField`, all FIELD_COUNT of them. */
  open(id: string): number {
    const doc = this.ids.push(id)
    this.byId?.set(id, doc)
    this.alive.push(1)
    this.live++
    return doc
  }

  pushField(value: string | null, tokens: number): void {
    this.refs.push(value === null ? -1 : this.strings.push(value))
    this.lens.push(tokens)
    const f = (this.lens.length - 1) % FIELD_COUNT
    if (tokens > 0) {
      this.lenSum[f] += tokens
      this.fieldDocs[f]++
    }
  }

  /** Marks a live document dead. */
  kill(doc: number): void {
    this.byId?.delete(this.ids.get(doc))
    this.alive.set(doc, 0)
    this.live--
    for (let f = 0; f < FIELD_COUNT; f++) {
      const len = this.lens.get(doc * FIELD_COUNT + f)
      if (len > 0) {
        this.lenSum[f] -= len
        this.fieldDocs[f]--
      }
    }
  }

  /** The live documents renumbered densely, field values deduplicated; `newNum[d]` -1 for the dead. */
  pack(): DocColumns & { newNum: Int32Array } {
    const n = this.count
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
      ids.push(this.ids.get(d))
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
    return { ids: packStrings(ids), strings: packStrings(strings), refs, lens, newNum }
  }
}
