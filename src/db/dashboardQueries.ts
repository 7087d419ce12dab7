// The dashboard's read: the packed cells of the `stats` table (one row per district, see
// core/aggregate/stats.ts) as in-memory columns. Filters are applied in memory afterwards, so a
// filter change never touches IndexedDB; a data change re-reads these few rows and re-parses only
// the districts whose counts changed.
import { CellColumns, type PackedBody } from '../core/aggregate/stats'
import { getDb, type PledgeDB } from './db'

const parsed = new Map<string, { text: string; body: PackedBody }>()

export async function dashboardColumns(db: PledgeDB = getDb()): Promise<CellColumns> {
  return CellColumns.fromPacked(await db.stats.toArray(), db === getDb() ? parsed : undefined)
}
