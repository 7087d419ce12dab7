// What IndexedDB keeps of the index between sessions, and its checks. Everything is a typed array or
// one joined string: a structured clone (IndexedDB's put and get, a worker message) copies a few
// blocks of memory instead of walking hundreds of thousands of string objects, which took 369 ms of
// the 496 ms load at 100,000 commitments in format 1 (three arrays of strings).
import { FIELD_COUNT } from './docTable'
import { packedIsWhole, type PackedStrings } from './packedStrings'

/**
 * Bump when the tokenizer or the layout changes: a stored index of another format is rebuilt, never
 * read with the wrong meaning. 1: ids, field values and terms as arrays of strings; 2: packed.
 */
export const SNAPSHOT_FORMAT = 2

export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT
  /** document ids, by document number */
  ids: PackedStrings
  /** distinct field values; `refs[doc * 7 + field]` points here, -1 when empty */
  strings: PackedStrings
  refs: Int32Array
  /** tokens per field, `lens[doc * 7 + field]` */
  lens: Int32Array
  /** terms, by term number */
  terms: PackedStrings
  /** the term numbers ordered by the terms' text (code units), for lookups by binary search */
  termOrder: Int32Array
  /** postings of term t are [postOff[t], postOff[t + 1]) in postDoc / postTf */
  postOff: Int32Array
  postDoc: Int32Array
  postTf: Int32Array
}

const isInts = (a: unknown): a is Int32Array => a instanceof Int32Array

/**
 * Throws, naming the problem, unless `s` is a snapshot of this format whose columns agree in
 * length. (Values inside are trusted: only this module's writer makes them.)
 */
export function checkSnapshot(s: IndexSnapshot): void {
  if (!s || s.format !== SNAPSHOT_FORMAT) throw new Error(`search index format ${String(s?.format)} is not ${SNAPSHOT_FORMAT}`)
  const columns = [s.refs, s.lens, s.termOrder, s.postOff, s.postDoc, s.postTf]
  if (!columns.every(isInts) || ![s.ids, s.strings, s.terms].every(packedIsWhole)) {
    throw new Error('search index snapshot has a missing or mistyped column')
  }
  const n = s.ids.ends.length
  const nt = s.terms.ends.length
  if (
    s.refs.length !== n * FIELD_COUNT ||
    s.lens.length !== n * FIELD_COUNT ||
    s.termOrder.length !== nt ||
    s.postOff.length !== nt + 1 ||
    s.postDoc.length !== s.postTf.length ||
    s.postOff[nt] !== s.postDoc.length
  ) {
    throw new Error('search index snapshot has inconsistent lengths')
  }
}

/** Documents in a snapshot. */
export function snapshotSize(s: IndexSnapshot): number {
  return s.ids.ends.length
}
