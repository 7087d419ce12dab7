// Opens databases written by earlier versions (committed fixtures of their rows) with the
// current PledgeDB and checks that every record is still there. When DB_VERSION grows, add the
// previous version's fixture here and the upgrade in schema.ts.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { PledgeDB } from './db'
import { restorePack } from '../core/pack/restore'
import { dashboardStats, exportPack, listCommitments } from './queries'
import { aggregateDashboard } from '../core/aggregate'
import { SCHEMA_HISTORY } from './schema'
import v1 from './fixtures/db-v1.json'
import { buildStatsTable } from './stats'

type Fixture = { version: number; tables: Record<string, unknown[]>; upgradedTo?: number }
const V1 = v1 as Fixture
// a version-2 database: the v1 rows written by version 1, then upgraded by a version-2 app
const FIXTURES: Fixture[] = [V1, { ...V1, upgradedTo: 2 }]

/** Writes a fixture through a Dexie that knows only the schema versions up to `version`. */
async function writeOldDatabase(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name)
  for (const h of SCHEMA_HISTORY) if (h.version <= fixture.version) old.version(h.version).stores(h.stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
  if (fixture.upgradedTo === undefined) return
  const later = new Dexie(name)
  for (const h of SCHEMA_HISTORY) if (h.version <= fixture.upgradedTo) later.version(h.version).stores(h.stores)
  if (fixture.upgradedTo >= 2) later.version(2).upgrade(buildStatsTable)
  await later.open()
  later.close()
}

describe.each(FIXTURES)('a database written by version $version (upgraded to $upgradedTo)', (fixture) => {
  it('opens with the current schema and keeps every record', async () => {
    const name = `migration-v${fixture.version}-${fixture.upgradedTo ?? ''}`
    await writeOldDatabase(name, fixture)
    const db = new PledgeDB(name)
    await db.open()
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const ids = rows.map((r) => (r as { id?: string; key?: string }).id ?? (r as { key: string }).key)
      const found = await db.table(table).bulkGet(ids)
      expect(found.filter(Boolean), table).toHaveLength(rows.length)
    }
    // and what it holds is still a valid pack; version 3's links table starts empty
    const pack = await exportPack(db)
    expect(restorePack(pack).ok).toBe(true)
    expect(await db.links.count()).toBe(0)
    expect(pack.links).toBeUndefined()
    // version 2: the maintained dashboard counts were built from the rows already there
    const today = '2024-06-01'
    expect(await dashboardStats(today, db)).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today }))
    expect((await dashboardStats(today, db)).total).toBe(fixture.tables.commitments.length)
    await db.delete()
  })
})
