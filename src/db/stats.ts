// Keeps the `stats` table (maintained dashboard counts) in step with the commitments. Every
// commitment write calls applyStats inside its own transaction with the rows it removed and the
// rows it wrote, so the counts can never disagree with the rows they summarise.
import type { AggRow } from '../core/aggregate/dashboard'
import { foldStats, statContributions, statId, type StatCount } from '../core/aggregate/stats'
import type { Transaction } from 'dexie'
import type { PledgeDB } from './db'
import type { StatRow } from './schema'

/** Net count changes: +1 per contribution of each added row, −1 per removed row (zeros dropped). */
export function statDelta(removed: Iterable<AggRow>, added: Iterable<AggRow>): StatCount[] {
  const all: StatCount[] = []
  for (const r of removed) for (const c of statContributions(r)) all.push({ ...c, n: -1 })
  for (const r of added) for (const c of statContributions(r)) all.push(c)
  return foldStats(all).filter((c) => c.n !== 0)
}

/**
 * Adds the delta to the stored counts. Call inside a read-write transaction that includes
 * db.stats. `removed` are the rows as they were before the write (replaced or deleted),
 * `added` the rows as written.
 */
export async function applyStats(db: PledgeDB, removed: Iterable<AggRow>, added: Iterable<AggRow>): Promise<void> {
  const delta = statDelta(removed, added)
  if (delta.length === 0) return
  const ids = delta.map(statId)
  const stored = await db.stats.bulkGet(ids)
  const put: StatRow[] = []
  const drop: string[] = []
  delta.forEach((d, i) => {
    const n = (stored[i]?.n ?? 0) + d.n
    if (n === 0) drop.push(ids[i])
    else put.push({ id: ids[i], dim: d.dim, key: d.key, status: d.status, n })
  })
  if (put.length) await db.stats.bulkPut(put)
  if (drop.length) await db.stats.bulkDelete(drop)
}

/** The version-2 upgrade: builds the counts from the rows already stored. */
export async function buildStatsTable(tx: Transaction): Promise<void> {
  const all: StatCount[] = []
  await tx.table('commitments').each((row: AggRow) => {
    for (const c of statContributions(row)) all.push(c)
  })
  const rows: StatRow[] = foldStats(all).map((c) => ({ id: statId(c), ...c }))
  await tx.table('stats').clear()
  await tx.table('stats').bulkAdd(rows)
}
