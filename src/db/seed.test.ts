import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { DataPack, Update } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import type { PledgeDB } from './db'
import { exportPack, getCommitment, updatesFor } from './queries'
import { bootState, loadedSeed, ensureSeeded, META_SEED_FILE } from './seed'
import { counts, freshDb } from './testDb'
import { addUpdate, editCommitment } from './writes'

const TODAY = '2024-10-15'
const opts = { today: TODAY, now: () => '2024-10-15T08:00:00.000Z' }
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

/** What the shipped seed looks like: extractor rows plus the seed's outcome updates. */
function seed(): DataPack {
  const p = testPack()
  p.verdicts = []
  return p
}

/** A later seed build: one reading improved, one false positive gone, one new commitment. */
function newerSeed(): DataPack {
  const p = seed()
  p.commitments[0].metric = '接待游客人次'
  p.commitments[1].metric = '翠云阁开放'
  p.commitments = [p.commitments[0], p.commitments[1]]
  return p
}

const personUpdate = (p: DataPack): Update => ({
  ...p.updates[0], id: 'upd-mine', observedOn: '2024-10-01', value: 33_000_000, enteredBy: 'reporter', enteredAt: '2024-10-02T00:00:00.000Z',
})

describe('ensureSeeded', () => {
  it('loads the seed on first start and nothing on later starts', async () => {
    db = freshDb()
    const first = await ensureSeeded(db, async () => seed(), opts)
    expect(first).toMatchObject({ ok: true, loaded: true })
    const after = await counts(db)
    expect(after).toEqual({ sources: 1, articles: 1, commitments: 3, updates: 1, verdicts: 0 })
    const second = await ensureSeeded(db, async () => seed(), opts)
    expect(second).toMatchObject({ ok: true, loaded: false })
    expect(await counts(db)).toEqual(after)
    expect(await loadedSeed(db)).toMatchObject({ version: first.ok ? first.version : '', loadedAt: '2024-10-15T08:00:00.000Z' })
  })

  it('does not duplicate when two starts race', async () => {
    db = freshDb()
    await Promise.all([ensureSeeded(db, async () => seed(), opts), ensureSeeded(db, async () => seed(), opts)])
    expect(await counts(db)).toEqual({ sources: 1, articles: 1, commitments: 3, updates: 1, verdicts: 0 })
  })

  it('keeps a person’s update and edit through re-seeding and a newer seed', async () => {
    db = freshDb()
    const p = seed()
    await ensureSeeded(db, async () => seed(), opts)
    await addUpdate(personUpdate(p), { today: TODAY }, db)
    await editCommitment(p.commitments[2].id, { value: 800 }, '2024-10-03T00:00:00.000Z', { today: TODAY }, db)

    await ensureSeeded(db, async () => seed(), opts)
    const r = await ensureSeeded(db, async () => newerSeed(), opts)
    expect(r).toMatchObject({ ok: true, loaded: true })

    expect((await updatesFor(p.commitments[0].id, db)).map((u) => u.id)).toEqual([p.updates[0].id, 'upd-mine'])
    // the edited commitment stays although the newer seed no longer has it
    expect(await getCommitment(p.commitments[2].id, db)).toMatchObject({ value: 800, original: { value: 700 } })
    // extractor rows take the newer seed's reading
    expect((await getCommitment(p.commitments[0].id, db))!.metric).toBe('接待游客人次')
    expect((await getCommitment(p.commitments[1].id, db))!.metric).toBe('翠云阁开放')
  })

  it('removes an unreviewed extractor row a newer seed dropped, unless someone recorded on it', async () => {
    db = freshDb()
    const p = seed()
    await ensureSeeded(db, async () => seed(), opts)
    await ensureSeeded(db, async () => newerSeed(), opts)
    expect(await getCommitment(p.commitments[2].id, db)).toBeUndefined()
    expect(await counts(db)).toMatchObject({ commitments: 2, updates: 1 })
  })

  it('refuses an invalid seed and leaves the database as it was', async () => {
    db = freshDb()
    await ensureSeeded(db, async () => seed(), opts)
    const before = await exportPack(db)
    const bad = newerSeed()
    bad.commitments[0].value = Number.NaN
    const r = await ensureSeeded(db, async () => bad, opts)
    expect(r).toMatchObject({ ok: false, error: { path: 'commitments[0].value' } })
    expect(await exportPack(db)).toEqual(before)
    const failing = await ensureSeeded(db, async () => { throw new Error('offline') }, opts)
    expect(failing).toMatchObject({ ok: false, error: { path: '(seed)' } })
  })
})

describe('statuses on a later start', () => {
  it('are recomputed for the new day, once', async () => {
    db = freshDb()
    const p = seed()
    await ensureSeeded(db, async () => seed(), { ...opts, today: '2024-10-15' })
    const early = (await getCommitment(p.commitments[0].id, db))!.status
    await ensureSeeded(db, async () => seed(), { ...opts, today: '2026-03-01' })
    const late = (await getCommitment(p.commitments[0].id, db))!.status
    // 3500万 visitors due 2024-12-31, last figure from September: on its way in October 2024,
    // overdue (no final figure) by March 2026
    expect(early).not.toBe('overdue')
    expect(late).toBe('overdue')
    expect(await loadedSeed(db)).toBeTruthy()
    expect((await db.meta.get('statusesOn'))?.value).toBe('2026-03-01')
  })
})

describe('bootState: the start-up check that needs no pack', () => {
  it('says the seed must load until ensureSeeded recorded this file hash, then that nothing is needed', async () => {
    db = freshDb()
    expect(await bootState(db, 'file-a', TODAY)).toEqual({ seedCurrent: false, statusesCurrent: false })
    await ensureSeeded(db, async () => seed(), { ...opts, fileHash: 'file-a' })
    expect(await bootState(db, 'file-a', TODAY)).toEqual({ seedCurrent: true, statusesCurrent: true })
    // a new build ships another file: load it (ensureSeeded decides by content whether anything changes)
    expect(await bootState(db, 'file-b', TODAY)).toMatchObject({ seedCurrent: false })
    // no pack in the build: never "current"
    expect(await bootState(db, null, TODAY)).toMatchObject({ seedCurrent: false })
    // a later day: statuses need their refresh, the seed does not
    expect(await bootState(db, 'file-a', '2024-10-16')).toEqual({ seedCurrent: true, statusesCurrent: false })
  })

  it('records the file hash for a database an older app seeded, without importing again', async () => {
    db = freshDb()
    await ensureSeeded(db, async () => seed(), opts) // an app version that passed no file hash
    expect(await db.meta.get(META_SEED_FILE)).toBeUndefined()
    const before = await exportPack(db)
    const r = await ensureSeeded(db, async () => seed(), { ...opts, fileHash: 'file-a' })
    expect(r).toMatchObject({ ok: true, loaded: false })
    expect(await exportPack(db)).toEqual(before)
    expect(await bootState(db, 'file-a', TODAY)).toMatchObject({ seedCurrent: true })
  })

  it('records no file hash when the seed is refused', async () => {
    db = freshDb()
    const bad = seed()
    bad.commitments[0].value = Number.NaN
    expect(await ensureSeeded(db, async () => bad, { ...opts, fileHash: 'file-bad' })).toMatchObject({ ok: false })
    expect(await bootState(db, 'file-bad', TODAY)).toMatchObject({ seedCurrent: false })
  })
})
