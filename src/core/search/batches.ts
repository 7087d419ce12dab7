// The search page shows its ranked hits a batch at a time: rendering 200 results at once (a Vue
// component, two router links and the highlighted quote each, then their layout) was the page's
// longest task at 100,000 commitments. A batch is a few dozen hits; its rows are read and drawn in
// one short task, and the next batch follows when the reader scrolls near the end.
import type { SearchHit } from './searchIndex'

/** Hits per batch: one batch is read by id and rendered in one task well under 50 ms. */
export const BATCH_SIZE = 20

export interface HitBatch {
  /** the batch's ids, joined: a batch whose ids are unchanged keeps its rendered rows */
  key: string
  hits: readonly SearchHit[]
}

/** `hits` cut into consecutive batches of `size` (the last may be shorter). */
export function batchesOf(hits: readonly SearchHit[], size = BATCH_SIZE): HitBatch[] {
  const out: HitBatch[] = []
  for (let at = 0; at < hits.length; at += size) {
    const part = hits.slice(at, at + size)
    out.push({ key: part.map((h) => h.id).join('\n'), hits: part })
  }
  return out
}

/**
 * True when two answers list the same hits in the same order with the same marks: a repeated
 * answer (the worker compared the index with the database and nothing changed) then keeps the
 * results on screen as they are instead of patching every one of them.
 */
export function sameHits(a: readonly SearchHit[], b: readonly SearchHit[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x.id !== y.id || x.score !== y.score || x.fields.join() !== y.fields.join()) return false
    if (x.ranges.length !== y.ranges.length || x.ranges.some((r, j) => r[0] !== y.ranges[j][0] || r[1] !== y.ranges[j][1])) return false
  }
  return true
}
