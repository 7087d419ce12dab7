// The dashboard's read: the packed cells of the `stats` table (one row per district, see
// core/aggregate/stats.ts) as in-memory columns. Filters are applied in memory afterwards, so a
// filter change never touches IndexedDB; a data change re-reads these few rows and re-parses only
// the districts whose counts changed.
import { CellColumns, PackedCache } from '../core/aggregate/cellColumns'
import { getDb, type PledgeDB } from './db'
import type { StatRow } from './schema'

// each district's cells as parsed and mapped last time (see PackedCache): a write re-parses only
// the districts it changed
const parsed = new PackedCache()
// The last columns built and the texts they came from: the due panel and the nav badge read the
// same counts as the dashboard, and a live query re-run by a write that left the counts alone
// (an update's note, a link) returns the same object, so nothing downstream recomputes.
let last: { texts: string[]; columns: CellColumns } | null = null

// Marks for the benchmark's data-change breakdown (scripts/bench/browser.ts); harmless elsewhere.
function mark(name: string): void {
  globalThis.performance?.mark?.(name)
}

function sameTexts(rows: StatRow[], texts: string[]): boolean {
  return rows.length === texts.length && rows.every((r, i) => r.cells === texts[i])
}

export async function dashboardColumns(db: PledgeDB = getDb()): Promise<CellColumns> {
  const rows = await db.stats.toArray()
  if (db !== getDb()) return CellColumns.fromPacked(rows)
  mark('pl:stats-read')
  if (last && sameTexts(rows, last.texts)) return last.columns
  const columns = CellColumns.fromPacked(rows, parsed)
  last = { texts: rows.map((r) => r.cells), columns }
  mark('pl:columns-built')
  return columns
}
