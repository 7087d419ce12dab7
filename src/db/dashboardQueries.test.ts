// The dashboard's columns after a data change: equal to building them from scratch, with only the
// districts whose stored counts changed parsed again, and the same object when nothing changed
// (so the due panel and the nav badge reuse the dashboard's columns).
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { aggregateDashboard, CellColumns } from '../core/aggregate'
import { generatePack } from '../core/synth/generate'
import { dashboardColumns } from './dashboardQueries'
import { setDb, type PledgeDB } from './db'
import { listCommitments } from './queries'
import { freshDb } from './testDb'
import { addVerdict, editCommitment, importPack } from './writes'

const DAY = '2024-03-01'
let db: PledgeDB
beforeEach(async () => {
  db = freshDb()
  setDb(db)
  expect((await importPack(generatePack({ commitments: 600, seed: 3, today: DAY }), { today: DAY }, db)).ok).toBe(true)
})
afterEach(async () => {
  setDb(null)
  vi.restoreAllMocks()
  await db.delete()
})

/** JSON.parse calls on packed cells (a stored stats row's text) while `work` runs. */
async function parsesDuring(work: () => Promise<unknown>): Promise<number> {
  const parse = vi.spyOn(JSON, 'parse')
  await work()
  const n = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"dep"')).length
  parse.mockRestore()
  return n
}

describe('dashboardColumns', () => {
  it('re-parses only the districts a write changed, and agrees with a fresh build and the rows', async () => {
    const districts = await db.stats.count()
    expect(districts).toBeGreaterThan(3)
    expect(await parsesDuring(() => dashboardColumns())).toBe(districts)

    // a commitment moved to a district of its own: its old district and the new one change
    const [id] = await db.commitments.limit(1).primaryKeys()
    expect((await editCommitment(id as string, { district: '新设区' }, '2024-03-02T00:00:00Z', { today: DAY }, db)).ok).toBe(true)
    let columns: CellColumns | undefined
    expect(await parsesDuring(async () => (columns = await dashboardColumns()))).toBe(2)

    const fresh = CellColumns.fromPacked(await db.stats.toArray())
    expect(columns!.aggregate({ today: DAY })).toEqual(fresh.aggregate({ today: DAY }))
    expect(columns!.aggregate({ today: DAY })).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today: DAY }))
    expect(columns!.choices().districts).toContain('新设区')
  })

  it('returns the same columns while no stored count changed', async () => {
    const first = await dashboardColumns()
    expect(await dashboardColumns()).toBe(first)
    // a verdict that leaves the status as it was changes no count … (or does, and then it must differ)
    const c = (await db.commitments.where('kind').equals('target').first())!
    await addVerdict({ id: 'v1', commitmentId: c.id, verdict: 'achieved', reason: '已核实', enteredAt: '2024-03-02T00:00:00Z', enteredBy: 'reporter' }, { today: DAY }, db)
    const after = await dashboardColumns()
    const changed = (await db.commitments.get(c.id))!.status !== c.status
    if (changed) expect(after).not.toBe(first)
    else expect(after).toBe(first)
    expect(after.aggregate({ today: DAY })).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today: DAY }))
  })
})
