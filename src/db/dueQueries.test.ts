// The due panel's counts (cells + cut months) and capped rows (index walk + limit) must equal
// filtering every row with dueBucket and the dashboard filter, for any day and filter.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DashboardFilter } from '../core/aggregate'
import { matchesFilter } from '../core/model/matchFilter'
import { type Commitment, KINDS, type Status } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import { daysToDeadline, dueBucket, type DueBucket } from '../core/progress'
import { type PledgeDB, toRow } from './db'
import { addDays, DUE_GROUPS, dueRanges, dueSummary } from './dueQueries'
import { applyStats } from './stats'
import { freshDb } from './testDb'

const DISTRICTS = ['老城区', '西工区', '涧西区', null]
const CATEGORIES = ['文旅', '工业', '金融']
const STATUSES: Status[] = ['on_pace', 'behind', 'overdue', 'no_data', 'achieved', 'not_yet', 'missed', 'ahead']

// Deadlines on a pseudo-random day of 2023-11 … 2025-04 (so every cut month has rows on both
// sides), a block on one year-end day as in the synthetic data, and some without a deadline.
const base = testPack().commitments[0]
const N = 1500
const rows: Commitment[] = Array.from({ length: N }, (_, i) => {
  const date = i % 11 === 0 ? null : i % 7 === 0 ? '2024-12-31' : addDays('2023-11-01', (i * 7919) % 540)
  return {
    ...base,
    id: `cmt-d-${String((i * 104729) % 100003).padStart(6, '0')}`,
    district: DISTRICTS[i % 4],
    category: CATEGORIES[(i >> 1) % 3],
    kind: KINDS[(i >> 2) % 4],
    status: STATUSES[i % 8],
    deadline: date === null ? null : { date, precision: 'day' },
  }
})

let db: PledgeDB
beforeAll(async () => {
  db = freshDb()
  await db.transaction('rw', db.commitments, db.stats, async () => {
    await db.commitments.bulkPut(rows.map(toRow))
    await applyStats(db, [], rows.map(toRow))
  })
})
afterAll(async () => {
  await db.delete()
})

/** The reference: every row tested, sorted as the panel shows them (ties in index order: by id). */
function expected(today: string, filter: DashboardFilter, limit: number) {
  const groups: Record<DueBucket, Commitment[]> = { overdue: [], due30: [], due90: [] }
  for (const c of rows) {
    const b = dueBucket(c, c.status, today)
    if (b && matchesFilter(c, filter)) groups[b].push(c)
  }
  const key = (c: Commitment) => `${c.deadline!.date} ${c.id}`
  for (const b of DUE_GROUPS) groups[b].sort((x, y) => (key(x) < key(y) ? -1 : 1))
  groups.overdue.reverse()
  return {
    counts: { overdue: groups.overdue.length, due30: groups.due30.length, due90: groups.due90.length },
    rows: Object.fromEntries(DUE_GROUPS.map((b) => [b, groups[b].slice(0, limit).map((c) => ({ id: c.id, days: daysToDeadline(c, today) }))])),
  }
}

describe('dueSummary', () => {
  const days = ['2024-06-15', '2024-06-01', '2024-05-31', '2024-12-01', '2024-12-31', '2025-01-01', '2023-10-01', '2026-01-01']
  const filters: [string, DashboardFilter][] = [
    ['no filter', {}],
    ['district', { district: ['老城区', '涧西区'] }],
    ['category + kind', { category: ['文旅'], kind: ['target', 'milestone'] }],
    ['status', { status: ['overdue', 'missed'] }],
    ['year', { year: [2024] }],
  ]
  for (const [name, filter] of filters) {
    it.each(days)(`${name}, today %s`, async (today) => {
      const got = await dueSummary(today, filter, 5, db)
      const want = expected(today, filter, 5)
      expect(got.counts).toEqual(want.counts)
      expect(Object.fromEntries(DUE_GROUPS.map((b) => [b, got.rows[b].map((r) => ({ id: r.c.id, days: r.days }))]))).toEqual(want.rows)
    })
  }

  it('has something in every group for the main day (the cases above are not vacuous)', async () => {
    const got = await dueSummary('2024-06-15', {}, 5, db)
    for (const b of DUE_GROUPS) expect(got.counts[b]).toBeGreaterThan(5)
  })

  it('reads all of a group when the limit is large, none when it is 0', async () => {
    const today = '2024-12-01'
    const all = await dueSummary(today, {}, 10_000, db)
    expect(all.rows.due30.map((r) => r.c.id)).toEqual(expected(today, {}, 10_000).rows.due30.map((r) => r.id))
    const none = await dueSummary(today, {}, 0, db)
    expect(none.rows).toEqual({ overdue: [], due30: [], due90: [] })
    expect(none.counts).toEqual(all.counts)
  })

  it('reads nothing until `after` settles (the dashboard panel waiting for idle), then the same summary', async () => {
    const read = vi.spyOn(db.stats, 'toArray')
    let go!: () => void
    const later = dueSummary('2024-06-15', {}, 5, db, new Promise<void>((resolve) => (go = resolve)))
    await new Promise((r) => setTimeout(r, 30))
    expect(read).not.toHaveBeenCalled()
    go()
    expect(await later).toEqual(await dueSummary('2024-06-15', {}, 5, db))
    read.mockRestore()
  })

  it('ranges agree with dueBucket on their edges', () => {
    const today = '2024-02-28'
    const r = dueRanges(today)
    const at = (date: string) => dueBucket({ ...base, kind: 'target', deadline: { date, precision: 'day' } }, 'on_pace', today)
    expect(at(addDays(r.overdue[1], -1))).toBe('overdue')
    expect(at(r.due30[0]!)).toBe('due30')
    expect(at(addDays(r.due30[1], -1))).toBe('due30')
    expect(at(r.due90[0]!)).toBe('due90')
    expect(at(addDays(r.due90[1], -1))).toBe('due90')
    expect(at(r.due90[1])).toBeNull()
  })
})
