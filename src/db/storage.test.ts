// Storage safety: when persistent storage is asked for, and what counts as unsaved work.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DataPack } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import type { PledgeDB } from './db'
import { META_SEED } from './schema'
import { afterUserWrite, backupState, ensureStorageMeta, needsBackup, requestPersistence, storageUsage, type StorageApi } from './storage'
import { freshDb } from './testDb'
import { addUpdate, addVerdict, decideLink, editCommitment, importPack, markExported } from './writes'

const TODAY = '2024-10-15'
// the seed was loaded after every record of the test pack was made
const SEED_LOADED = '2025-07-01T00:00:00.000Z'
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

async function seeded(): Promise<DataPack> {
  db = freshDb()
  const pack = testPack()
  expect((await importPack(pack, { today: TODAY }, db)).ok).toBe(true)
  await db.meta.put({ key: META_SEED, value: { version: 'v', generatedBy: null, loadedAt: SEED_LOADED } })
  return pack
}

function fakeApi(persisted: boolean, answer: boolean | Error = true) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (answer instanceof Error) throw answer
      return answer
    }),
    estimate: vi.fn(async () => ({ usage: 3_500_000, quota: 120_000_000 })),
  } satisfies StorageApi
}

describe('persistent storage', () => {
  it('is asked for once, after the first person-made write, and the answer is kept', async () => {
    await seeded()
    const api = fakeApi(false, false)
    await afterUserWrite(api, db)
    await afterUserWrite(api, db)
    expect(api.persist).toHaveBeenCalledTimes(1)
    expect(await backupState(db)).toMatchObject({ persisted: false, askedAt: expect.any(String) })
    // the button on /data asks again
    const again = fakeApi(false, true)
    expect(await requestPersistence(again, db)).toBe(true)
    expect(again.persist).toHaveBeenCalledTimes(1)
    expect((await backupState(db)).persisted).toBe(true)
  })

  it('records an already persistent store without asking', async () => {
    await seeded()
    const api = fakeApi(true)
    await afterUserWrite(api, db)
    expect(api.persist).not.toHaveBeenCalled()
    expect((await backupState(db)).persisted).toBe(true)
  })

  it('never throws: no StorageManager, or a request that fails', async () => {
    await seeded()
    await expect(afterUserWrite(null, db)).resolves.toBeUndefined()
    expect((await backupState(db)).askedAt).toBeNull()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expect(afterUserWrite(fakeApi(false, new Error('denied')), db)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    expect(await requestPersistence(null, db)).toBeNull()
  })

  it('reports usage and quota, or null when the browser cannot say', async () => {
    expect(await storageUsage(fakeApi(false))).toEqual({ usage: 3_500_000, quota: 120_000_000 })
    expect(await storageUsage(null)).toBeNull()
    expect(await storageUsage({ ...fakeApi(false), estimate: async () => ({}) })).toBeNull()
  })
})

describe('unsaved work', () => {
  it('counts person-made records after the seed until a backup, then after the backup', async () => {
    const pack = await seeded()
    // the baseline is the seed's load time, fixed once stored
    expect((await ensureStorageMeta(db)).since).toBe(SEED_LOADED)
    // the seed's own update and verdict are not unsaved work
    expect(await backupState(db)).toEqual({ lastExportAt: null, persisted: null, askedAt: null, unsaved: 0 })

    const target = pack.commitments[0].id
    const u = { ...pack.updates[0], id: 'upd-new', observedOn: '2024-10-10', value: 34_000_000, enteredAt: '2025-07-02T00:00:00.000Z' }
    expect((await addUpdate(u, { today: TODAY }, db)).ok).toBe(true)
    expect((await backupState(db)).unsaved).toBe(1)
    const v = { ...pack.verdicts[0], id: 'vrd-new', enteredAt: '2025-07-02T01:00:00.000Z' }
    expect((await addVerdict(v, { today: TODAY }, db)).ok).toBe(true)
    const link = { id: 'lnk-1', fromId: target, toId: pack.commitments[1].id, relation: 'raised', state: 'suggested', score: 0.8, decidedBy: null, decidedAt: null } as const
    expect((await decideLink(link, 'rejected', '记者', '2025-07-02T02:00:00.000Z', db)).ok).toBe(true)
    // a text imported later: its source counts
    const later = { ...pack, articles: [], commitments: [], updates: [], verdicts: [], sources: [{ ...pack.sources[0], id: 'src-later', importedAt: '2025-07-03T00:00:00.000Z' }] }
    expect((await importPack(later, { today: TODAY }, db)).ok).toBe(true)
    const state = await backupState(db)
    expect(state.unsaved).toBe(4)
    expect(needsBackup(state, new Date('2025-07-03T00:00:00Z'))).toBe(true)

    await markExported('2025-07-04T00:00:00.000Z', db)
    const after = await backupState(db)
    expect(after).toMatchObject({ lastExportAt: '2025-07-04T00:00:00.000Z', unsaved: 0 })
    expect(needsBackup(after, new Date('2025-07-04T00:00:01Z'))).toBe(false)
    expect((await addUpdate({ ...u, id: 'upd-newer', enteredAt: '2025-07-05T00:00:00.000Z' }, { today: TODAY }, db)).ok).toBe(true)
    expect((await backupState(db)).unsaved).toBe(1)
  })

  it('counts from indexes alone: no row of any table is read, and only person-made rows newer than the baseline count', async () => {
    const pack = await seeded()
    await ensureStorageMeta(db)
    const [a, b] = pack.commitments
    // counted: a reviewed commitment, a confirmed link; not counted: an extractor's update, an undecided link
    expect((await editCommitment(a.id, { metric: '改' }, '2025-07-02T00:00:00.000Z', { today: TODAY }, db)).ok).toBe(true)
    const link = { id: 'lnk-2', fromId: a.id, toId: b.id, relation: 'raised', state: 'suggested', score: 0.8, decidedBy: null, decidedAt: null } as const
    expect((await decideLink(link, 'confirmed', '记者', '2025-07-02T02:00:00.000Z', db)).ok).toBe(true)
    await db.links.put({ ...link, id: 'lnk-3' })
    await db.updates.put({ ...pack.updates[0], id: 'upd-x', origin: 'extractor', enteredAt: '2025-07-02T03:00:00.000Z' })
    const read: string[] = []
    for (const t of db.tables) t.hook('reading', (row) => (read.push(t.name), row))
    expect((await backupState(db)).unsaved).toBe(2)
    // the three meta rows (last export, storage, seed) are the only reads
    expect(read.filter((t) => t !== 'meta')).toEqual([])
  })

  it('a newer seed does not move the baseline', async () => {
    await seeded()
    await ensureStorageMeta(db)
    await db.meta.put({ key: META_SEED, value: { version: 'v2', generatedBy: null, loadedAt: '2026-01-01T00:00:00.000Z' } })
    expect((await ensureStorageMeta(db)).since).toBe(SEED_LOADED)
  })
})

describe('needsBackup', () => {
  const now = new Date('2025-07-20T12:00:00Z')
  it.each([
    [{ unsaved: 0, lastExportAt: null }, false],
    [{ unsaved: 3, lastExportAt: null }, true],
    [{ unsaved: 3, lastExportAt: '2025-07-14T12:00:00.000Z' }, false],
    [{ unsaved: 3, lastExportAt: '2025-07-13T11:59:00.000Z' }, true],
    [{ unsaved: 0, lastExportAt: '2025-01-01T00:00:00.000Z' }, false],
  ])('%o → %s', (state, expected) => {
    expect(needsBackup(state, now)).toBe(expected)
  })
})
