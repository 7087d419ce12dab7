// The maintained counts (stats table) must always equal a pass over the stored rows, whatever
// wrote them: imports (new, replacing, pruning), edits, updates, verdicts and status refreshes.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { aggregateDashboard } from '../core/aggregate'
import { generatePack } from '../core/synth/generate'
import Dexie from 'dexie'
import { PledgeDB, toRow } from './db'
import { SCHEMA_HISTORY } from './schema'
import { dashboardStats, listCommitmentIds, listCommitments, getCommitmentsByIds } from './queries'
import { freshDb } from './testDb'
import { addUpdate, addVerdict, editCommitment, importPack, refreshStatuses } from './writes'

const DAY = '2024-03-01'
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

async function expectCountsMatchRows(today: string) {
  const rows = await listCommitments({}, undefined, db)
  expect(await dashboardStats(today, db)).toEqual(aggregateDashboard(rows, { today }))
}

describe('maintained dashboard counts', () => {
  it('follow imports, re-imports, pruning, edits, updates and verdicts', async () => {
    db = freshDb()
    const pack = generatePack({ commitments: 400, seed: 11, today: DAY })
    expect((await importPack(pack, { today: DAY }, db)).ok).toBe(true)
    await expectCountsMatchRows(DAY)
    // the same pack again: rows are replaced, never counted twice
    expect(await importPack(pack, { today: DAY }, db)).toMatchObject({ ok: true, counts: { added: 0 } })
    await expectCountsMatchRows(DAY)
    // a newer pack without some rows of the same sources: pruned rows leave the counts
    const smaller = { ...pack, commitments: pack.commitments.filter((_c, i) => i % 5 !== 0) }
    const kept = new Set(smaller.commitments.map((c) => c.id))
    smaller.updates = pack.updates.filter((u) => kept.has(u.commitmentId))
    expect((await importPack(smaller, { today: DAY, prune: true }, db)).ok).toBe(true)
    // (rows with updates or a person's hand stay; the rest go)
    expect((await dashboardStats(DAY, db)).total).toBeLessThan(pack.commitments.length)
    await expectCountsMatchRows(DAY)

    const target = smaller.commitments.find((c) => c.kind === 'target' && c.deadline)!
    expect((await editCommitment(target.id, { department: '市统计局' }, '2024-03-02T00:00:00Z', { today: DAY }, db)).ok).toBe(true)
    await expectCountsMatchRows(DAY)
    const verdict = { id: 'v-test', commitmentId: target.id, verdict: 'achieved' as const, reason: '已核实', enteredAt: '2024-03-02T00:00:00Z', enteredBy: 'reporter' }
    expect((await addVerdict(verdict, { today: DAY }, db)).ok).toBe(true)
    await expectCountsMatchRows(DAY)
    const update = { ...pack.updates[0], id: 'u-test', commitmentId: smaller.commitments[1].id, observedOn: '2024-02-20', enteredBy: 'reporter' }
    await addUpdate(update, { today: DAY }, db) // valid or refused: the counts must agree either way
    await expectCountsMatchRows(DAY)
  })

  it('a refresh for a later day reads only rows whose deadline passed meanwhile, and misses none', async () => {
    db = freshDb()
    const pack = generatePack({ commitments: 500, seed: 5, today: DAY, years: [2023, 2026] })
    expect((await importPack(pack, { today: DAY }, db)).ok).toBe(true)
    expect(await refreshStatuses(DAY, db)).toMatchObject({ ok: true, changed: 0 })
    // incremental: from the recorded day to the new one
    const later = '2025-07-15'
    const r = await refreshStatuses(later, db)
    expect(r.ok && r.changed).toBeGreaterThan(0)
    // a full recomputation finds nothing left to change
    expect(await refreshStatuses(later, db, { full: true })).toMatchObject({ ok: true, changed: 0 })
    await expectCountsMatchRows(later)
    // and back again (a clock set back): the same rows return to their earlier statuses
    expect((await refreshStatuses(DAY, db)).ok).toBe(true)
    expect(await refreshStatuses(DAY, db, { full: true })).toMatchObject({ ok: true, changed: 0 })
    await expectCountsMatchRows(DAY)
  })
})

describe('listCommitmentIds', () => {
  it('gives the ids listCommitments gives, in the same order, and pages read back the rows', async () => {
    db = freshDb()
    const pack = generatePack({ commitments: 300, seed: 2, today: DAY })
    await importPack(pack, { today: DAY }, db)
    for (const sort of [undefined, { key: 'deadline', dir: 'desc' } as const, { key: 'position', dir: 'desc' } as const]) {
      const ids = await listCommitmentIds({}, sort, db)
      expect(ids).toEqual((await listCommitments({}, sort, db)).map((c) => c.id))
    }
    const filter = { district: [pack.commitments[0].district!] }
    const ids = await listCommitmentIds(filter, undefined, db)
    expect(ids).toEqual((await listCommitments(filter, undefined, db)).map((c) => c.id))
    const page = await getCommitmentsByIds(ids.slice(0, 20), db)
    expect(page.map((c) => c.id)).toEqual(ids.slice(0, 20))
  })
})

describe('version 4 upgrade', () => {
  it('replaces a version-3 table of per-(dimension, key, status) counts by packed cells built from the rows', async () => {
    const name = 'stats-v3-upgrade'
    const old = new Dexie(name)
    for (const h of SCHEMA_HISTORY) if (h.version <= 3) old.version(h.version).stores(h.stores)
    await old.open()
    const pack = generatePack({ commitments: 120, seed: 4, today: DAY })
    await old.table('commitments').bulkAdd(pack.commitments.map(toRow))
    // what version 3 stored (and a count that no longer agrees: it must not survive)
    await old.table('stats').bulkAdd([{ id: 'district\u0001老城区\u0001no_data', dim: 'district', key: '老城区', status: 'no_data', n: 999 }])
    old.close()
    db = new PledgeDB(name)
    await db.open()
    expect(await db.stats.get('district\u0001老城区\u0001no_data')).toBeUndefined()
    await expectCountsMatchRows(DAY)
    expect((await dashboardStats(DAY, db)).total).toBe(120)
  })
})
