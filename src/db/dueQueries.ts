// The due panel's read: how many commitments are overdue, due within 30 and within 31–90 days (for
// the dashboard's filter), and the first `limit` of each group in deadline order — without reading
// every candidate row (at 100,000 synthetic commitments ~70,000 are overdue; the old read took all
// of them to show 5).
//
// Counts: the maintained cells (stats table) count commitments per deadline month for any filter.
// A group is a date range, so count(range) = below(end) − below(start), where below(c) = the whole
// months before c's month (cells) + the part of c's month before c. Only that part reads rows, and
// of the two sides of the cut the one with fewer index keys is read (a native key count decides):
// the other side is the month's cell count minus it. Rows: the `deadline.date` index walked from
// today (backwards for overdue) with the exact test and a limit, so the walk stops at `limit`.
import Dexie from 'dexie'
import type { DashboardFilter } from '../core/aggregate'
import { matchesFilter } from '../core/model/matchFilter'
import { STATUSES, type Commitment, type Kind, type Status } from '../core/model/types'
import { daysToDeadline, dueBucket, THRESHOLDS, type DueBucket } from '../core/progress'
import { dashboardColumns } from './dashboardQueries'
import { getDb, type PledgeDB } from './db'

export const DUE_GROUPS: readonly DueBucket[] = ['overdue', 'due30', 'due90']

export interface DueRow {
  c: Commitment
  days: number
}

export interface DueSummary {
  /** every matching commitment per group */
  counts: Record<DueBucket, number>
  /** the first `limit` of each group: due30/due90 soonest first, overdue most recently missed first */
  rows: Record<DueBucket, DueRow[]>
  /** the rows asked for per group: 0 read counts only (the dashboard's panel while closed, the nav badge) */
  limit: number
}

// dueBucket's rule on (kind, status) alone: facts and settled commitments are never due.
const UNSET = STATUSES.filter((s) => dueBucket({ kind: 'target', deadline: { date: '2000-01-02' } } as Commitment, s, '2000-01-01') !== null)
const OPEN = new Set<Status>(UNSET)
const keep = (kind: Kind, status: Status) => kind !== 'fact' && OPEN.has(status)

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/**
 * The day ranges of the groups for `today`: [from, to) half-open. Exported for the tests, which
 * check them against dueBucket.
 */
export function dueRanges(today: string): Record<DueBucket, [string | null, string]> {
  const [soon, later] = THRESHOLDS.dueSoonDays
  const c30 = addDays(today, soon + 1)
  const c90 = addDays(today, later + 1)
  return { overdue: [null, today], due30: [today, c30], due90: [c30, c90] }
}

/**
 * @param after start reading only once this settles (the dashboard's panel waits for an idle
 *   browser after a data change); inside a live query the reads are watched all the same
 */
export function dueSummary(
  today: string,
  filter: DashboardFilter = {},
  limit = 5,
  db: PledgeDB = getDb(),
  after?: Promise<unknown>,
): Promise<DueSummary> {
  if (after) return Dexie.Promise.resolve(after).then(() => dueSummary(today, filter, limit, db))
  // The counts come first, outside the transaction: they are often the dashboard's read already in
  // flight or done (shared, see dashboardColumns), and a transaction must not wait on other work.
  // Dexie's promise (not await) keeps a live query's zone, so the row reads below are watched too.
  return Dexie.Promise.resolve(dashboardColumns(db)).then((columns) => rowsAndCounts(columns.monthCounts(filter, keep), today, filter, limit, db))
}

function rowsAndCounts(months: Map<string, number>, today: string, filter: DashboardFilter, limit: number, db: PledgeDB): Promise<DueSummary> {
  return db.transaction('r', db.commitments, async () => {
    const wanted = (c: Commitment) => matchesFilter(c, filter)
    const ranges = dueRanges(today)

    // below(cut): matching open commitments with a deadline before `cut`
    const sorted = [...months.keys()].sort()
    const below = async (cut: string): Promise<number> => {
      const month = cut.slice(0, 7)
      let n = 0
      for (const m of sorted) if (m < month) n += months.get(m)!
      const whole = months.get(month) ?? 0
      if (whole === 0 || cut.endsWith('-01')) return n
      const start = `${month}-01`
      const end = `${monthAfter(month)}-01`
      const index = db.commitments.where('deadline.date')
      const [before, after] = await Promise.all([index.between(start, cut, true, false).count(), index.between(cut, end, true, false).count()])
      const inMonth = (c: Commitment) => keep(c.kind, c.status) && wanted(c)
      if (before <= after) return n + (await index.between(start, cut, true, false).filter(inMonth).count())
      return n + whole - (await index.between(cut, end, true, false).filter(inMonth).count())
    }
    const [bToday, b30, b90] = await Promise.all([below(ranges.overdue[1]), below(ranges.due30[1]), below(ranges.due90[1])])
    const counts: Record<DueBucket, number> = { overdue: bToday, due30: b30 - bToday, due90: b90 - b30 }

    // limit 0 (counts only) opens no cursor on the rows at all
    const rowsOf = async (b: DueBucket): Promise<DueRow[]> => {
      const n = Math.min(limit, counts[b])
      if (n <= 0) return []
      const [from, to] = ranges[b]
      const index = db.commitments.where('deadline.date')
      const range = from === null ? index.below(to).reverse() : index.between(from, to, true, false)
      const got = await range.filter((c) => dueBucket(c, c.status, today) === b && wanted(c)).limit(n).toArray()
      return got.map((c) => ({ c, days: daysToDeadline(c, today)! }))
    }
    const [overdue, due30, due90] = await Promise.all(DUE_GROUPS.map(rowsOf))
    return { counts, rows: { overdue, due30, due90 }, limit }
  })
}
