// Opens databases written by earlier versions (committed fixtures of their rows) with the
// current PledgeDB and checks that every record is still there. When DB_VERSION grows, add the
// previous version's fixture here and the upgrade in schema.ts.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase, PledgeDB } from './db'
import { rawBackup, storedVersion } from './stored'
import { restorePack } from '../core/pack/restore'
import { dashboardStats, exportPack, listCommitments } from './queries'
import { aggregateDashboard } from '../core/aggregate'
import { DB_VERSION, SCHEMA_HISTORY, STORES_V1 } from './schema'
import v1 from './fixtures/db-v1.json'
import v2 from './fixtures/db-v2.json'
import v3 from './fixtures/db-v3.json'
import v4 from './fixtures/db-v4.json'
import v5 from './fixtures/db-v5.json'
import { buildStatsTable } from './stats'
import { backupState } from './storage'

type Fixture = { version: number; tables: Record<string, unknown[]>; upgradedTo?: number }
const V1 = v1 as Fixture
// a version-2 database: the v1 rows written by version 1, then upgraded by a version-2 app
// and the committed rows of a real version-2 database (v1's rows after the v2 upgrade, see fixtures/README.md)
const V2 = v2 as Fixture
const FIXTURES: Fixture[] = [V1, { ...V1, upgradedTo: 2 }, V2, v3 as Fixture, v4 as Fixture, v5 as Fixture]

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
      // stats are counts derived from the commitments (checked below), not records a person keeps
      if (table === 'stats') continue
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
    // version 6: every stats row has a revision, distinct, in the (id, rev) index
    const revs = (await db.stats.orderBy('[id+rev]').keys()) as unknown as [string, string][]
    expect(revs).toHaveLength(await db.stats.count())
    expect(new Set(revs.map(([, rev]) => rev)).size).toBe(revs.length)
    // version 5: the entry-time indexes were built from the rows already there: the backup reminder
    // counts what a row-by-row reading of the fixture counts (person-made, after the seed's load)
    const rows = fixture.tables as Record<string, Record<string, unknown>[]>
    const loadedAt = (rows.meta.find((m) => m.key === 'seed')?.value as { loadedAt: string }).loadedAt
    const set = (v: unknown) => typeof v === 'string' && v > loadedAt
    const personMade =
      rows.updates.filter((u) => u.origin === 'person' && set(u.enteredAt)).length +
      rows.verdicts.filter((v) => set(v.enteredAt)).length +
      rows.commitments.filter((c) => set(c.reviewedAt)).length +
      rows.sources.filter((s) => set(s.importedAt)).length
    expect(personMade).toBeGreaterThan(0)
    expect((await backupState(db)).unsaved).toBe(personMade)
    await db.delete()
  })
})

describe('an upgrade that fails', () => {
  it('leaves the old database and its rows untouched and names the row', async () => {
    const name = 'migration-fails'
    const rows = V1.tables.commitments as Record<string, unknown>[]
    // a v1 row the version-2 upgrade cannot count: its deadline date was stored as a number
    const bad: Record<string, unknown> = { ...rows[1], deadline: { date: 20241001, precision: 'day' } }
    await writeOldDatabase(name, { ...V1, tables: { ...V1.tables, commitments: [rows[0], bad, rows[2]] } })
    const db = new PledgeDB(name)
    const problem = await openDatabase(db)
    expect(problem).toMatchObject({ kind: 'upgradeFailed', stored: 1, target: DB_VERSION })
    expect(problem?.kind === 'upgradeFailed' && problem.detail).toContain(`commitments "${String(bad.id)}"`)
    expect(await storedVersion(name)).toBe(1)
    const backup = await rawBackup(name, () => 'now')
    expect(backup?.version).toBe(1)
    expect(Object.keys(backup!.tables).sort()).toEqual(Object.keys(V1.tables).sort())
    for (const [table, stored] of Object.entries(V1.tables)) expect(backup!.tables[table], table).toHaveLength(stored.length)
    expect(backup!.tables.commitments).toContainEqual(bad)
    await db.delete()
  })

  it('is not reported as a failed upgrade when there was nothing to upgrade', async () => {
    const db = new PledgeDB('migration-fresh')
    expect(await openDatabase(db)).toBeNull()
    expect(await storedVersion('migration-fresh')).toBe(DB_VERSION)
    await db.delete()
    expect(await storedVersion('migration-none')).toBeNull()
    // looking did not create it
    expect(await storedVersion('migration-none')).toBeNull()
  })
})

describe('a database newer than the app', () => {
  it('is not opened, so Dexie cannot add its missing tables to it', async () => {
    const name = 'migration-newer'
    const newer = new Dexie(name)
    // a later app that dropped the stats table
    newer.version(DB_VERSION + 1).stores({ ...STORES_V1, extra: 'id' })
    await newer.open()
    await newer.table('commitments').bulkAdd(V1.tables.commitments)
    newer.close()
    const db = new PledgeDB(name)
    expect(await openDatabase(db)).toEqual({ kind: 'newer', stored: DB_VERSION + 1, app: DB_VERSION })
    expect(db.isOpen()).toBe(false)
    const backup = await rawBackup(name)
    expect(backup?.version).toBe(DB_VERSION + 1)
    expect(Object.keys(backup!.tables)).not.toContain('stats')
    expect(backup!.tables.commitments).toHaveLength(V1.tables.commitments.length)
    await Dexie.delete(name)
  })
})

describe('another tab upgrading while this one is open', () => {
  it('closes this connection for good: a later query fails instead of reopening the newer database', async () => {
    const name = 'migration-elsewhere'
    const db = new PledgeDB(name)
    await db.open()
    const later = new Dexie(name)
    later.version(DB_VERSION + 1).stores({ ...STORES_V1, extra: 'id' })
    await later.open() // would hang if this tab kept its connection
    later.close()
    expect(db.upgradedElsewhere).toBe(true)
    await expect(db.commitments.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    expect(await storedVersion(name)).toBe(DB_VERSION + 1)
    await Dexie.delete(name)
  })
})
