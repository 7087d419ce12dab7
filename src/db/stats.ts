// Keeps the `stats` table (maintained dashboard counts) in step with the commitments. Every
// commitment write calls applyStats inside its own transaction with the rows it removed and the
// rows it wrote, so the counts can never disagree with the rows they summarise.
//
// Since version 4 the table holds one row per district with that district's cells packed
// (core/aggregate/stats.ts explains the cells and why they are packed): a write reads and rewrites
// only the districts it touched (an edit: one or two rows of ~900 cells at 100,000 commitments).
//
// Since version 6 every row written here gets a new revision (`rev`, indexed with the id), so a
// reader that holds the counts reads the (id, rev) index keys and then only the rows whose revision
// it does not hold (src/db/dashboardQueries.ts). Both functions below are the only writers of the
// table; each row they store carries a revision no earlier write gave.
import type { AggRow } from '../core/aggregate/dashboard'
import { applyToPacked, cellOf, foldCells, packCells, packId, type Cell, type PackedCells } from '../core/aggregate/stats'
import type { Transaction } from 'dexie'
import type { PledgeDB } from './db'
import type { StatRow } from './schema'

// Unique enough across tabs and workers: the time, a random part per JavaScript realm and a counter.
const realm = Math.random().toString(36).slice(2, 10)
let written = 0

/** A revision no other write of a stats row has (in this or any other tab or worker). */
export function statRevision(): string {
  return `${Date.now().toString(36)}.${realm}.${(written++).toString(36)}`
}

const withRevision = (row: PackedCells): StatRow => ({ ...row, rev: statRevision() })

/** Net cell changes: +1 per added row, −1 per removed row (zeros dropped). */
export function statDelta(removed: Iterable<AggRow>, added: Iterable<AggRow>): Cell[] {
  const all: Cell[] = []
  for (const r of removed) all.push({ ...cellOf(r), n: -1 })
  for (const r of added) all.push(cellOf(r))
  return foldCells(all)
}

/**
 * Adds the delta to the stored counts. Call inside a read-write transaction that includes
 * db.stats. `removed` are the rows as they were before the write (replaced or deleted),
 * `added` the rows as written.
 */
export async function applyStats(db: PledgeDB, removed: Iterable<AggRow>, added: Iterable<AggRow>): Promise<void> {
  const delta = statDelta(removed, added)
  if (delta.length === 0) return
  const byDistrict = new Map<string | null, Cell[]>()
  for (const c of delta) {
    let list = byDistrict.get(c.district)
    if (!list) byDistrict.set(c.district, (list = []))
    list.push(c)
  }
  const districts = [...byDistrict.keys()]
  const ids = districts.map(packId)
  const stored = await db.stats.bulkGet(ids)
  const put: StatRow[] = []
  const drop: string[] = []
  districts.forEach((d, i) => {
    const next = applyToPacked(stored[i], d, byDistrict.get(d)!)
    if (next) put.push(withRevision(next))
    else if (stored[i]) drop.push(ids[i])
  })
  if (put.length) await db.stats.bulkPut(put)
  if (drop.length) await db.stats.bulkDelete(drop)
}

/**
 * Builds the counts from the rows already stored: the version-2 upgrade, and the version-4 one
 * that replaced per-(dimension, key, status) counts by packed cells. Callers check the rows first
 * (upgrade.ts); this only counts. Every row gets a revision (version 6).
 */
export async function buildStatsTable(tx: Transaction): Promise<void> {
  const all: Cell[] = []
  await tx.table('commitments').each((row: AggRow) => {
    all.push(cellOf(row))
  })
  await tx.table('stats').clear()
  await tx.table('stats').bulkAdd(packCells(foldCells(all)).map(withRevision))
}

/** The version-6 upgrade: the stored rows get their first revision (their counts are unchanged). */
export async function reviseStatsTable(tx: Transaction): Promise<void> {
  await tx
    .table('stats')
    .toCollection()
    .modify((row: Partial<StatRow>) => {
      row.rev = statRevision()
    })
}
