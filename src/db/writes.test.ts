import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { DataPack, Update } from '../core/model/types'
import { stablePackJson } from '../core/pack/stableJson'
import { testPack } from '../core/pack/testPack'
import { computeStatus } from '../core/progress/status'
import type { PledgeDB } from './db'
import { exportPack, exportPackJson, getCommitment, lastExportAt, updatesFor } from './queries'
import { counts, freshDb } from './testDb'
import { addUpdate, addVerdict, editCommitment, importPack, markExported, refreshStatuses } from './writes'

const TODAY = '2024-10-15'
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

function update(pack: DataPack, fields: Partial<Update> = {}): Update {
  return { ...pack.updates[0], id: 'upd-new', observedOn: '2024-10-10', value: 34_000_000, enteredBy: 'reporter', ...fields }
}

describe('importPack', () => {
  it('stores every record and the status the progress engine computes', async () => {
    db = freshDb()
    const pack = testPack()
    const r = await importPack(pack, { today: TODAY }, db)
    expect(r).toMatchObject({ ok: true, counts: { added: 7, replaced: 0, kept: 0 } })
    expect(await counts(db)).toEqual({ sources: 1, articles: 1, commitments: 3, updates: 1, verdicts: 1 })
    for (const c of pack.commitments) {
      const expected = computeStatus(c, pack.updates, pack.verdicts, TODAY, { pledgedOn: '2024-01-14' }).status
      expect((await getCommitment(c.id, db))!.status).toBe(expected)
    }
    expect((await getCommitment(pack.commitments[0].id, db))!.status).not.toBe('no_data')
  })

  it('changes nothing when the pack is invalid', async () => {
    db = freshDb()
    await importPack(testPack(), { today: TODAY }, db)
    const before = await exportPack(db)
    const bad = testPack()
    bad.commitments[0].category = '新类别'
    bad.updates.push({ ...bad.updates[0], id: 'upd-2', evidence: { ...bad.updates[0].evidence, url: 'javascript:alert(1)' } })
    const r = await importPack(bad, { today: TODAY }, db)
    expect(r).toMatchObject({ ok: false, error: { path: 'updates[1].evidence.url' } })
    expect(await exportPack(db)).toEqual(before)
  })

  it('imports only the valid records when the user chose to keep them, listing the rest', async () => {
    db = freshDb()
    const pack = testPack()
    pack.commitments[2].value = Number.NaN
    expect(await importPack(pack, { today: TODAY }, db)).toMatchObject({ ok: false, error: { path: 'commitments[2].value' } })
    expect(await counts(db)).toMatchObject({ commitments: 0 })
    const r = await importPack(pack, { today: TODAY, keepValid: true }, db)
    expect(r).toMatchObject({ ok: true, rejected: [{ path: 'commitments[2].value' }] })
    expect(await counts(db)).toEqual({ sources: 1, articles: 1, commitments: 2, updates: 1, verdicts: 1 })
  })

  it.each(['QuotaExceededError', 'AbortError', 'UnknownError'])(
    'writes nothing when the transaction fails half way with %s, and names the failure',
    async (name) => {
      db = freshDb()
      db.updates.hook('creating', () => {
        throw new DOMException('injected failure', name)
      })
      const r = await importPack(testPack(), { today: TODAY }, db)
      expect(r).toMatchObject({ ok: false, error: { path: '(database)', name } })
      expect(await counts(db)).toEqual({ sources: 0, articles: 0, commitments: 0, updates: 0, verdicts: 0 })
    },
  )

  it('never overwrites a row a person made or edited', async () => {
    db = freshDb()
    const pack = testPack()
    await importPack(pack, { today: TODAY }, db)
    const [edited, plain] = pack.commitments
    await editCommitment(edited.id, { category: '旅游' }, '2024-02-01T00:00:00.000Z', { today: TODAY }, db)
    const again = testPack()
    again.commitments[0].category = '文化'
    again.commitments[1].metric = '新读法'
    again.updates[0].note = 'changed by the import'
    const r = await importPack(again, { today: TODAY }, db)
    expect(r).toMatchObject({ ok: true, counts: { kept: 2, replaced: 1, unchanged: 4, added: 0 } })
    expect(await getCommitment(edited.id, db)).toMatchObject({ category: '旅游', original: { category: '文旅' } })
    expect((await getCommitment(plain.id, db))!.metric).toBe('新读法')
    expect((await updatesFor(edited.id, db))[0].note).toBeNull()
  })

  it('exports, re-imports and exports again byte for byte', async () => {
    db = freshDb()
    await importPack(testPack(), { today: TODAY }, db)
    const first = await exportPackJson(db)
    expect(first).toBe(stablePackJson(await exportPack(db)))
    const other = freshDb()
    await importPack(JSON.parse(first), { today: TODAY }, other)
    expect(await exportPackJson(other)).toBe(first)
    await other.delete()
    expect(await lastExportAt(db)).toBeNull()
    await markExported('2024-10-15T09:00:00.000Z', db)
    expect(await lastExportAt(db)).toBe('2024-10-15T09:00:00.000Z')
  })
})

describe('addUpdate and addVerdict', () => {
  it('appends an update and recomputes only that commitment', async () => {
    db = freshDb()
    const pack = testPack()
    await importPack(pack, { today: TODAY }, db)
    const u = update(pack, { supersedes: pack.updates[0].id })
    const r = await addUpdate(u, { today: TODAY }, db)
    const expected = computeStatus(pack.commitments[0], [...pack.updates, u], [], TODAY, { pledgedOn: '2024-01-14' }).status
    expect(r).toEqual({ ok: true, status: expected })
    expect((await getCommitment(pack.commitments[0].id, db))!.status).toBe(expected)
    expect((await updatesFor(pack.commitments[0].id, db)).map((x) => x.id)).toEqual([pack.updates[0].id, 'upd-new'])
  })

  it.each<[string, Partial<Update>, string]>([
    ['a javascript: link', { evidence: { url: 'javascript:alert(1)', quote: null, publisher: null, publishedOn: null } }, 'evidence.url'],
    ['an impossible date', { observedOn: '2024-02-30' }, 'observedOn'],
    ['no value and no state', { value: null, state: null }, 'value'],
    ['an unknown commitment', { commitmentId: 'cmt-none' }, 'commitmentId'],
    ['a reused id', { id: 'upd-test-1' }, 'id'],
    ['superseding another commitment’s update', { supersedes: 'upd-elsewhere' }, 'supersedes'],
  ])('refuses %s and writes nothing', async (_name, fields, path) => {
    db = freshDb()
    const pack = testPack()
    await importPack(pack, { today: TODAY }, db)
    const before = await exportPack(db)
    const r = await addUpdate(update(pack, fields), { today: TODAY }, db)
    expect(r).toMatchObject({ ok: false, error: { path } })
    expect(await exportPack(db)).toEqual(before)
  })

  it('rolls the update back when storing the new status fails', async () => {
    db = freshDb()
    let failPuts = false
    // a storage-level fault injected below Dexie, on commitment writes only
    db.use({
      stack: 'dbcore',
      name: 'inject-quota-error',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'commitments') return table
          return {
            ...table,
            mutate: (req) => (failPuts ? Promise.reject(new DOMException('disk full', 'QuotaExceededError')) : table.mutate(req)),
          }
        },
      }),
    })
    const pack = testPack()
    await importPack(pack, { today: TODAY }, db)
    failPuts = true
    // a far lower figure moves the status, so the commitment row must be written
    const r = await addUpdate(update(pack, { value: 10_000_000 }), { today: TODAY }, db)
    expect(r).toMatchObject({ ok: false, error: { name: 'QuotaExceededError' } })
    expect((await updatesFor(pack.commitments[0].id, db)).map((u) => u.id)).toEqual([pack.updates[0].id])
  })

  it('records a verdict with a reason and refuses one without', async () => {
    db = freshDb()
    const pack = testPack()
    await importPack(pack, { today: TODAY }, db)
    const v = { id: 'vrd-2', commitmentId: pack.commitments[2].id, verdict: 'dropped' as const, reason: '  ', enteredBy: 'me', enteredAt: '2024-10-01T00:00:00.000Z' }
    expect(await addVerdict(v, { today: TODAY }, db)).toMatchObject({ ok: false, error: { path: 'reason' } })
    const r = await addVerdict({ ...v, reason: '项目取消' }, { today: TODAY }, db)
    const expected = computeStatus(pack.commitments[2], [], [{ ...v, reason: '项目取消' }], TODAY).status
    expect(r).toEqual({ ok: true, status: expected })
  })
})

describe('refreshStatuses', () => {
  it('moves statuses with the calendar', async () => {
    db = freshDb()
    const pack = testPack()
    await importPack(pack, { today: '2024-03-01' }, db)
    const r = await refreshStatuses('2025-03-01', db)
    expect(r.ok).toBe(true)
    const later = computeStatus(pack.commitments[0], pack.updates, [], '2025-03-01', { pledgedOn: '2024-01-14' }).status
    expect((await getCommitment(pack.commitments[0].id, db))!.status).toBe(later)
    expect(await refreshStatuses('2025-03-01', db)).toEqual({ ok: true, changed: 0 })
  })
})

describe('a database newer than the app', () => {
  it('is refused on open: nothing is read or written', async () => {
    const { default: Dexie } = await import('dexie')
    const { STORES_V1, DB_VERSION } = await import('./schema')
    const { PledgeDB } = await import('./db')
    const name = `newer-${Math.random()}`
    const newer = new Dexie(name)
    newer.version(1).stores(STORES_V1)
    newer.version(DB_VERSION + 1).stores({ ...STORES_V1, extra: 'id' })
    await newer.open()
    newer.close()
    db = new PledgeDB(name)
    const r = await importPack(testPack(), { today: TODAY }, db)
    expect(r).toMatchObject({ ok: false, error: { name: 'VersionError' } })
    expect(await counts(db)).toMatchObject({ commitments: 0 })
  })
})

describe('another tab upgrading the database', () => {
  it('closes this connection and tells the app, instead of blocking the upgrade', async () => {
    const { default: Dexie } = await import('dexie')
    const { STORES_V1 } = await import('./schema')
    db = freshDb()
    await db.open()
    let told = 0
    db.onUpgradeElsewhere(() => told++)
    const other = new Dexie(db.name)
    other.version(1).stores(STORES_V1)
    other.version(2).stores({ ...STORES_V1, extra: 'id' })
    await other.open() // would hang if this tab kept its connection open
    expect(told).toBe(1)
    expect(db.upgradedElsewhere).toBe(true)
    other.close()
  })
})
