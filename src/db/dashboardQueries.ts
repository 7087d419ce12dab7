// The dashboard's read: the packed cells of the `stats` table (one row per district, see
// core/aggregate/stats.ts) as in-memory columns. Filters are applied in memory afterwards, so a
// filter change never touches IndexedDB; a data change re-reads these few rows and re-parses only
// the districts whose counts changed.
//
// One read per change, however many readers: the dashboard, its due panel and the nav badge all
// start from these columns. A read in flight or done is shared until a write reaches the stats
// table (Dexie's storagemutated event, for this tab's writes and other tabs'); each live query
// that takes the shared result still watches the table itself (a key count), so it re-runs on the
// next write as if it had read the rows.
import Dexie from 'dexie'
import { CellColumns, PackedCache } from '../core/aggregate/cellColumns'
import { getDb, type PledgeDB } from './db'
import type { StatRow } from './schema'

// each district's cells as parsed and mapped last time, with the row's revision (see PackedCache):
// a write re-reads and re-parses only the districts it changed
const parsed = new PackedCache()
// The last columns built and the rows they came from: a live query re-run by a write that left
// the counts alone returns the same object, so nothing downstream recomputes.
let last: { version: number; columns: CellColumns } | null = null
// the read to share: valid until the next write to this database's stats table
let shared: { db: PledgeDB; columns: Promise<CellColumns> } | null = null

// Subscribed when this module loads, before any live query subscribes: Dexie calls listeners in
// order, so the shared read is dropped before a live query re-run by the same write asks again.
Dexie.on('storagemutated', (parts) => {
  if (!shared) return
  const prefix = `idb://${shared.db.name}/stats/`
  if (Object.keys(parts).some((k) => k.startsWith(prefix))) shared = null
})

// Marks for the benchmark's open and data-change breakdowns (scripts/bench); harmless elsewhere.
function mark(name: string): void {
  globalThis.performance?.mark?.(name)
}

/**
 * The stored rows this cache does not hold yet, and every row's id in order. The first read takes
 * every row. After that, one read-only transaction reads the (id, rev) keys of the index, then only
 * the rows whose revision changed (a data change: the one or two districts it wrote); ids missing
 * from the keys were deleted. A row without a revision (not in the index: the count tells) sends it
 * back to a full read, so such a row can never be missed.
 */
async function readChanged(db: PledgeDB): Promise<{ ids: string[] | null; rows: StatRow[] }> {
  if (parsed.segments.size === 0) return { ids: null, rows: await db.stats.toArray() }
  return db.transaction('r', db.stats, async () => {
    const [keys, count] = await Promise.all([db.stats.orderBy('[id+rev]').keys() as Promise<unknown>, db.stats.count()])
    const revs = keys as [string, string][]
    if (revs.length !== count) return { ids: null, rows: await db.stats.toArray() }
    const stale = parsed.stale(revs)
    // every row new (another database, the table rebuilt): one read of the table
    if (stale.length === revs.length) return { ids: null, rows: await db.stats.toArray() }
    const rows = stale.length ? await db.stats.bulkGet(stale) : []
    return { ids: revs.map(([id]) => id), rows: rows.filter((r): r is StatRow => !!r) }
  })
}

async function readColumns(db: PledgeDB): Promise<CellColumns> {
  mark('pl:stats-asked')
  const { ids, rows } = await readChanged(db)
  mark('pl:stats-read')
  const taken = rows.filter((row) => parsed.put(row)).map((row) => row.id)
  const order = (ids ?? taken).filter((id) => parsed.segments.has(id))
  parsed.keepOnly(order)
  // nothing parsed again and no row gone: the same columns
  if (last?.version === parsed.version) return last.columns
  const columns = CellColumns.fromCache(parsed, order)
  last = { version: parsed.version, columns }
  mark('pl:columns-built')
  return columns
}

export function dashboardColumns(db: PledgeDB = getDb()): Promise<CellColumns> {
  // another database (a test's, the bench's): read and parsed on its own
  if (db !== getDb()) return db.stats.toArray().then((rows) => CellColumns.fromPacked(rows))
  const taken = shared
  if (taken?.db === db) {
    // Inside a live query this count is what makes it re-run on the next write to the counts. It
    // also lets a write that has just committed drop the shared read first: Dexie may re-run a live
    // query before it tells its listeners (ours included) about the write, so the check is after it.
    // (Dexie's promise keeps the live query's zone for the read that may follow.)
    return db.stats.count().then(() => (shared === taken ? taken.columns : share(db)))
  }
  return share(db)
}

function share(db: PledgeDB): Promise<CellColumns> {
  const mine = { db, columns: readColumns(db) }
  shared = mine
  // a failed read is not shared: the next caller reads again
  mine.columns.catch(() => {
    if (shared === mine) shared = null
  })
  return mine.columns
}
