import 'fake-indexeddb/auto'
import Dexie, { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testPack } from '../core/pack/testPack'
import { loadSearchIndex, SNAPSHOT_FORMAT, snapshotSize } from '../core/search'
import type { PledgeDB } from './db'
import { SearchIndexStore, storeKey } from './searchIndexStore'
import { SearchIndexSync, searchChangeSignal, searchDocsInChunks } from './searchIndexSync'
import { searchDocs } from './reporter'
import { freshDb } from './testDb'
import { importPack } from './writes'

let db: PledgeDB
let store: SearchIndexStore
afterEach(async () => {
  store?.close()
  await db?.delete()
})

const fresh = () => {
  db = freshDb()
  store = new SearchIndexStore(db.name, `${db.name}-search`)
}

describe('search index kept in IndexedDB', () => {
  it('builds once, then a new session loads the stored index and finds nothing to change', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    const first = await new SearchIndexSync(db, store).sync()
    expect(first.built).toBe(true)
    expect((first.full && snapshotSize(first.full))).toBe(testPack().commitments.length)
    expect(first.saved).toBe(true)

    const next = new SearchIndexSync(db, store)
    const stored = await next.loadStored()
    expect((stored && snapshotSize(stored))).toBe(testPack().commitments.length)
    const r = await next.sync()
    expect(r.built).toBe(false)
    expect(r.full).toBeNull()
    expect(r.upserts).toEqual([])
    expect(r.removes).toEqual([])
    expect(r.saved).toBe(false)
  })

  it('applies an edit and a deletion as a difference, and saves it for the next session', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    await new SearchIndexSync(db, store).sync()
    const [a, b] = testPack().commitments
    await db.commitments.update(a.id, { quote: '白云山景区提质升级' })
    await db.commitments.delete(b.id)

    const session = new SearchIndexSync(db, store)
    const before = loadSearchIndex((await session.loadStored())!)
    expect(before.search('白云山')).toEqual([])
    const r = await session.sync()
    expect(r.upserts.map((d) => d.id)).toEqual([a.id])
    expect(r.removes).toEqual([b.id])
    expect(r.saved).toBe(true)

    const after = loadSearchIndex((await store.load())!)
    expect(after.search('白云山').map((h) => h.id)).toEqual([a.id])
    expect(after.has(b.id)).toBe(false)
    // the page applies the same difference to the index it loaded first
    for (const d of r.upserts) before.replace(d)
    for (const id of r.removes) before.remove(id)
    expect(before.search('白云山').map((h) => h.id)).toEqual([a.id])
    expect(before.size).toBe(after.size)
  })

  it('rebuilds when the stored row is malformed, and a store that fails costs only the saving', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    await new SearchIndexSync(db, store).sync()
    const row = (await store.load())!
    await store.save({ ...row, refs: new Int32Array(1) })
    const r = await new SearchIndexSync(db, store).sync()
    expect(r.built).toBe(true)
    expect(loadSearchIndex((await store.load())!).size).toBe(testPack().commitments.length)

    const broken = new SearchIndexStore(db.name, `${db.name}-search`)
    broken.close() // closed on purpose: every read and write fails
    expect(await broken.load()).toBeNull()
    expect(await broken.save(row)).toBe(false)
  })

  it('rebuilds over a format 1 row (arrays of strings, before the packed format) and drops it', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    // what an older app version left, and the same under this version's key (a row never trusted by its key alone)
    const v1 = { format: 1, ids: ['x'], strings: [], refs: new Int32Array(7).fill(-1), lens: new Int32Array(7), terms: [], postOff: new Int32Array(1), postDoc: new Int32Array(0), postTf: new Int32Array(0) }
    const raw = new Dexie(`${db.name}-search`)
    raw.version(1).stores({ indexes: 'key' })
    await raw.table('indexes').bulkPut([
      { key: `${db.name}:v1`, format: 1, savedAt: '2026-01-01T00:00:00.000Z', snapshot: v1 },
      { key: storeKey(db.name), format: SNAPSHOT_FORMAT, savedAt: '2026-01-01T00:00:00.000Z', snapshot: v1 },
    ])
    const session = new SearchIndexSync(db, store)
    expect(await session.loadStored()).toBeNull()
    const r = await session.sync()
    expect(r.built).toBe(true)
    expect(r.saved).toBe(true)
    expect(await raw.table('indexes').toCollection().primaryKeys()).toEqual([storeKey(db.name)])
    raw.close()
    const next = new SearchIndexSync(db, store)
    expect(await next.loadStored()).not.toBeNull()
    expect(next.current()!.search('游客').length).toBeGreaterThan(0)
  })

  it('a live query over the signal re-runs when a quote is edited, not only when rows are added', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    const seen: number[] = []
    const sub = liveQuery(() => searchChangeSignal(db)).subscribe((v) => seen.push(v))
    await vi.waitFor(() => expect(seen.length).toBe(1))
    await db.commitments.update(testPack().commitments[0].id, { quote: '新的原文' })
    await vi.waitFor(() => expect(seen.length).toBe(2))
    sub.unsubscribe()
  })

  it('reads the documents a chunk at a time: the same documents as one read of the whole table', async () => {
    fresh()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    const whole = await searchDocs(db)
    // chunks of 7 over the test pack: several full chunks and a last short one
    expect(whole.length % 7).not.toBe(0)
    for (const chunk of [7, whole.length, 1000]) {
      const docs = await searchDocsInChunks(db, chunk)
      expect(docs).toEqual([...whole].sort((a, b) => (a.id < b.id ? -1 : 1)))
    }
  })
})
