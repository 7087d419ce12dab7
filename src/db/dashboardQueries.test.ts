// The dashboard's columns after a data change: equal to building them from scratch, with only the
// districts whose stored counts changed parsed again, and the same object when nothing changed
// (so the due panel and the nav badge reuse the dashboard's columns); one read shared by every
// reader, and live queries that took the shared read still follow writes.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { aggregateDashboard, CellColumns } from '../core/aggregate'
import { generatePack } from '../core/synth/generate'
import { liveQuery } from 'dexie'
import { dashboardColumns } from './dashboardQueries'
import { dueSummary } from './dueQueries'
import { PledgeDB, setDb } from './db'
import type { Commitment } from '../core/model/types'
import { listCommitments } from './queries'
import { freshDb } from './testDb'
import { addVerdict, editCommitment, importPack } from './writes'
import { buildStatsTable } from './stats'
import { applyToPacked, cellOf } from '../core/aggregate/stats'

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

  it('follows a district renamed on its only commitment (the new row holds the same cells text)', async () => {
    // the district is the row's id, not part of its cells text: a lone commitment moved from one
    // district of its own to another leaves a row with the very text of the deleted one
    const [id] = await db.commitments.limit(1).primaryKeys()
    expect((await editCommitment(id as string, { district: '新设区甲' }, '2024-03-02T00:00:00Z', { today: DAY }, db)).ok).toBe(true)
    expect((await dashboardColumns()).choices().districts).toContain('新设区甲')
    expect((await editCommitment(id as string, { district: '新设区乙' }, '2024-03-02T00:01:00Z', { today: DAY }, db)).ok).toBe(true)
    const columns = await dashboardColumns()
    expect(columns.choices().districts).toContain('新设区乙')
    expect(columns.choices().districts).not.toContain('新设区甲')
    expect(columns.aggregate({ today: DAY })).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today: DAY }))
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

describe('a data change written through another connection (another tab)', () => {
  /** Stats-row reads (whole table, or some rows) and cell parses while `work` runs. */
  async function readsDuring(work: () => Promise<unknown>): Promise<{ whole: number; some: number; parsed: number }> {
    const whole = vi.spyOn(db.stats, 'toArray')
    const some = vi.spyOn(db.stats, 'bulkGet')
    const parsed = await parsesDuring(work)
    const r = { whole: whole.mock.calls.length, some: some.mock.calls.length, parsed }
    whole.mockRestore()
    some.mockRestore()
    return r
  }
  /** What this tab's columns show equals a full read of the counts and a pass over the rows. */
  async function expectFull(columns: CellColumns, rowsToo = true) {
    const fresh = CellColumns.fromPacked(await db.stats.toArray())
    expect(columns.aggregate({ today: DAY })).toEqual(fresh.aggregate({ today: DAY }))
    expect(columns.aggregate({ today: DAY }, { year: [2024] })).toEqual(fresh.aggregate({ today: DAY }, { year: [2024] }))
    expect(columns.choices()).toEqual(fresh.choices())
    if (rowsToo) expect(columns.aggregate({ today: DAY })).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today: DAY }))
  }

  it('reads only the rows it changed and shows exactly what a full read shows: new district, emptied district, import, rebuild', async () => {
    const other = new PledgeDB(db.name)
    let columns = await dashboardColumns()
    const [id] = await other.commitments.limit(1).primaryKeys()
    const home = (await other.commitments.get(id))!.district
    const districts = await db.stats.count()

    // moved to a district of its own: two rows change (its old district and the new one)
    expect((await editCommitment(id, { district: '新设区' }, '2024-03-02T00:00:00Z', { today: DAY }, other)).ok).toBe(true)
    expect(await readsDuring(async () => (columns = await dashboardColumns()))).toEqual({ whole: 0, some: 1, parsed: 2 })
    expect(columns.choices().districts).toContain('新设区')
    await expectFull(columns)

    // moved back: the new district's row is deleted, its old district's row changes
    expect((await editCommitment(id, { district: home }, '2024-03-02T00:01:00Z', { today: DAY }, other)).ok).toBe(true)
    expect(await db.stats.count()).toBe(districts)
    expect(await readsDuring(async () => (columns = await dashboardColumns()))).toEqual({ whole: 0, some: 1, parsed: 1 })
    expect(columns.choices().districts).not.toContain('新设区')
    await expectFull(columns)

    // an import of other sources: whatever districts it touches, the same figures as a full read
    expect((await importPack(generatePack({ commitments: 300, seed: 4, today: DAY }), { today: DAY }, other)).ok).toBe(true)
    columns = await dashboardColumns()
    await expectFull(columns)

    // the table rebuilt (cleared, every row written again with new revisions): the whole table is read again
    await other.transaction('rw', other.commitments, other.stats, (tx) => buildStatsTable(tx))
    expect(await readsDuring(async () => (columns = await dashboardColumns()))).toMatchObject({ whole: 1, some: 0 })
    await expectFull(columns)
    other.close()
  })

  it('a row written without a revision (by code that does not know them) sends the reader back to a full read', async () => {
    const other = new PledgeDB(db.name)
    await dashboardColumns()
    const row = (await other.stats.toArray())[0]
    const changed = applyToPacked(row, row.district, [cellOf({ kind: 'target', status: 'no_data', district: row.district ?? '', department: '无版本局', category: '文旅', deadline: null })])!
    await other.stats.put(changed as never)
    let columns: CellColumns | undefined
    expect(await readsDuring(async () => (columns = await dashboardColumns()))).toMatchObject({ whole: 1, parsed: 1 })
    // the counts were changed behind the rows' back here: compare with the stored counts only
    await expectFull(columns!, false)
    expect(columns!.aggregate({ today: DAY }).byDepartment.rows.map((r) => r.key)).toContain('无版本局')
    other.close()
  })
})

describe('one read for every reader', () => {
  it('reads and parses the stats rows once for the dashboard, the due panel and the badge', async () => {
    const whole = vi.spyOn(db.stats, 'toArray')
    const some = vi.spyOn(db.stats, 'bulkGet')
    const read = { calls: () => whole.mock.calls.length + some.mock.calls.length }
    const districts = await db.stats.count()
    const [columns, , again] = await Promise.all([dashboardColumns(), dueSummary(DAY, {}, 5, db), dashboardColumns()])
    expect(read.calls()).toBe(1)
    expect(again).toBe(columns)
    // later readers (the badge once the browser is idle) take the same columns without a read
    expect(await parsesDuring(() => dueSummary(DAY, {}, 0, db))).toBe(0)
    expect(read.calls()).toBe(1)
    expect(districts).toBeGreaterThan(0)
  })

  it('a write to the counts is read again, and live queries that shared the read follow it', async () => {
    const seen: number[] = []
    const dash = liveQuery(() => dashboardColumns()).subscribe((c) => seen.push(c.aggregate({ today: DAY }).total))
    const due: number[] = []
    const panel = liveQuery(() => dueSummary(DAY, {}, 5, db)).subscribe((s) => due.push(s.counts.overdue + s.counts.due30 + s.counts.due90))
    await vi.waitFor(() => expect(seen.length && due.length).toBeTruthy())
    const before = due[due.length - 1]
    // an overdue target gets a status that is never due (achieved): both counts change
    const c = (await db.commitments.where('status').equals('overdue').first())!
    await addVerdict({ id: 'v-live', commitmentId: c.id, verdict: 'achieved', reason: '已核实', enteredAt: '2024-03-02T00:00:00Z', enteredBy: 'reporter' }, { today: DAY }, db)
    await vi.waitFor(() => expect(due[due.length - 1]).toBe(before - 1))
    expect(due[due.length - 1]).toBe((await dueSummary(DAY, {}, 5, db)).counts.overdue + (await dueSummary(DAY, {}, 5, db)).counts.due30 + (await dueSummary(DAY, {}, 5, db)).counts.due90)
    dash.unsubscribe()
    panel.unsubscribe()
  })

  it("the due panel's live query follows a deadline moved within its month (no count changes)", async () => {
    // an open commitment due on a day after the 1st, seen on that day (due today, in due30): moved to
    // the 1st of its month it is overdue, and no maintained count (per month) changes
    const open = (c: Commitment) => c.kind !== 'fact' && ['on_pace', 'behind', 'no_data', 'not_yet', 'ahead'].includes(c.status) && !!c.deadline && !c.deadline.date.endsWith('-01')
    const moved = (await db.commitments.filter(open).first())!
    expect(moved).toBeDefined()
    const today = moved.deadline!.date
    const got: number[] = []
    const panel = liveQuery(() => dueSummary(today, {}, 5, db)).subscribe((s) => got.push(s.counts.overdue))
    const dash = liveQuery(() => dashboardColumns()).subscribe(() => {})
    await vi.waitFor(() => expect(got.length).toBeGreaterThan(0))
    const texts = (await db.stats.toArray()).map((r) => r.cells)
    await db.commitments.update(moved.id, { deadline: { ...moved.deadline!, date: `${today.slice(0, 7)}-01` } })
    expect((await db.stats.toArray()).map((r) => r.cells)).toEqual(texts)
    await vi.waitFor(() => expect(got[got.length - 1]).toBe(got[0] + 1))
    expect(got[got.length - 1]).toBe((await dueSummary(today, {}, 5, db)).counts.overdue)
    panel.unsubscribe()
    dash.unsubscribe()
  })
})
