// Recomputes the stored (indexed) status of commitments from their updates and verdicts.
// Call inside a read-write transaction over commitments, updates, verdicts, sources and stats
// (the maintained counts follow every status change).
import type { Update, Verdict } from '../core/model/types'
import type { PledgeDB } from './db'
import type { CommitmentRow } from './schema'
import { statusFor } from './status'
import { putChunked } from './merge'
import { applyStats } from './stats'

function groupBy<T extends { commitmentId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.commitmentId)
    if (list) list.push(r)
    else out.set(r.commitmentId, [r])
  }
  return out
}

/**
 * @param ids the commitments to recompute, or 'all'
 * @returns how many stored statuses changed
 */
export async function recomputeStatuses(db: PledgeDB, ids: string[] | 'all', today: string): Promise<number> {
  let rows: CommitmentRow[]
  let updates: Update[]
  let verdicts: Verdict[]
  if (ids === 'all') {
    ;[rows, updates, verdicts] = await Promise.all([db.commitments.toArray(), db.updates.toArray(), db.verdicts.toArray()])
  } else {
    if (ids.length === 0) return 0
    ;[rows, updates, verdicts] = await Promise.all([
      db.commitments.bulkGet(ids).then((xs) => xs.filter((x): x is CommitmentRow => x !== undefined)),
      db.updates.where('commitmentId').anyOf(ids).toArray(),
      db.verdicts.where('commitmentId').anyOf(ids).toArray(),
    ])
  }
  const sourceIds = [...new Set(rows.map((r) => r.sourceId))]
  const sources = await db.sources.bulkGet(sourceIds)
  const pledgedOn = new Map(sources.filter((s) => s !== undefined).map((s) => [s.id, s.publishedOn]))
  const updatesOf = groupBy(updates)
  const verdictsOf = groupBy(verdicts)
  const changed: CommitmentRow[] = []
  const before: CommitmentRow[] = []
  for (const row of rows) {
    const status = statusFor(row, updatesOf.get(row.id) ?? [], verdictsOf.get(row.id) ?? [], today, pledgedOn.get(row.sourceId) ?? null)
    if (status === row.status) continue
    changed.push({ ...row, status })
    before.push(row)
  }
  if (changed.length > 0) {
    await putChunked(db.commitments, changed)
    await applyStats(db, before, changed)
  }
  return changed.length
}
