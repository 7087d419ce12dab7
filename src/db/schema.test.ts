// Fails when a table or index changes without a new database version (and its migration):
// schema.snapshot.json records every released version's stores and may only grow.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { PledgeDB } from './db'
import { DB_VERSION, SCHEMA_HISTORY } from './schema'
import snapshot from './schema.snapshot.json'

const released = snapshot as Record<string, Record<string, string>>

describe('database schema', () => {
  it('keeps every released version exactly as it shipped', () => {
    for (const { version, stores } of SCHEMA_HISTORY) {
      expect(released[version], `version ${version} is not in schema.snapshot.json`).toBeDefined()
      expect(stores, `stores of released version ${version} changed: add a new version with an upgrade instead`).toEqual(released[version])
    }
    expect(Object.keys(released).map(Number)).toEqual(SCHEMA_HISTORY.map((h) => h.version))
    expect(DB_VERSION).toBe(SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version)
  })

  it('opens with exactly the tables and indexes of the latest version', async () => {
    const db = new PledgeDB('schema-test')
    await db.open()
    const latest = released[DB_VERSION]
    const parse = (spec: string) => spec.split(',').map((s) => s.trim())
    const actual = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].sort()]),
    )
    const expected = Object.fromEntries(Object.entries(latest).map(([name, spec]) => [name, parse(spec).sort()]))
    expect(actual).toEqual(expected)
    // and the indexes really exist in IndexedDB, not only in Dexie's description
    const idb = db.backendDB()
    const tx = idb.transaction('commitments', 'readonly')
    expect([...tx.objectStore('commitments').indexNames].sort()).toEqual(parse(latest.commitments).slice(1).sort())
    db.close()
    await db.delete()
  })
})
