// Dashboard figures from maintained counts instead of rows. Reading 100,000 full rows out of
// IndexedDB takes seconds (the values must be deserialised); a small table of counts per
// (dimension, key, status), kept current by the write path, is read in milliseconds.
//
// Contract: on every commitment insert the write path adds `statContributions(row)` (n = +1 each),
// on delete it subtracts them, on an edit or a status change it subtracts the old row's and adds
// the new row's. `dashboardFromStats` then gives exactly what `aggregateDashboard` gives for the
// same rows (a property test holds the two together).
import type { Status } from '../model/types'
import type { AggRow, AggregateOptions, DashboardAggregate } from './dashboard'
import { groupCounts } from './statusGroups'
import { emptyCounts, StatusTableBuilder } from './statusTable'
import { fillMonths } from './timeline'

export const STAT_DIMENSIONS = ['district', 'department', 'category', 'month', 'targetYear', 'noDeadline'] as const
export type StatDimension = (typeof STAT_DIMENSIONS)[number]

export interface StatCount {
  dim: StatDimension
  /** owner, category, 'YYYY-MM' or 'YYYY'; null for 未注明 (and for noDeadline) */
  key: string | null
  status: Status
  n: number
}

/** A stable id for a count row, usable as a primary key (IndexedDB keys cannot be null). */
export function statId(c: Pick<StatCount, 'dim' | 'key' | 'status'>): string {
  return `${c.dim}\u0001${c.key === null ? '\u0000' : c.key}\u0001${c.status}`
}

/** The counts one commitment adds (or, negated, removes). */
export function statContributions(r: AggRow): StatCount[] {
  const status = r.status
  const out: StatCount[] = [
    { dim: 'district', key: r.district || null, status, n: 1 },
    { dim: 'department', key: r.department || null, status, n: 1 },
    { dim: 'category', key: r.category || null, status, n: 1 },
  ]
  const date = r.deadline?.date
  if (date) {
    out.push({ dim: 'month', key: date.slice(0, 7), status, n: 1 })
    if (r.kind === 'target') out.push({ dim: 'targetYear', key: date.slice(0, 4), status, n: 1 })
  } else out.push({ dim: 'noDeadline', key: null, status, n: 1 })
  return out
}

export function dashboardFromStats(counts: Iterable<StatCount>, opts: AggregateOptions): DashboardAggregate {
  const year = opts.today.slice(0, 4)
  const district = new StatusTableBuilder()
  const department = new StatusTableBuilder()
  const category = new StatusTableBuilder()
  const month = new StatusTableBuilder()
  const byStatus = emptyCounts()
  let total = 0
  let targetsDue = 0
  let withoutDeadline = 0
  for (const c of counts) {
    if (c.n <= 0) continue
    switch (c.dim) {
      case 'district':
        district.add(c.key, c.status, c.n)
        // every commitment has exactly one district entry: the totals come from here
        total += c.n
        byStatus[c.status in byStatus ? c.status : 'no_data'] += c.n
        break
      case 'department':
        department.add(c.key, c.status, c.n)
        break
      case 'category':
        category.add(c.key, c.status, c.n)
        break
      case 'month':
        if (c.key) month.add(c.key, c.status, c.n)
        break
      case 'targetYear':
        if (c.key === year) targetsDue += c.n
        break
      case 'noDeadline':
        withoutDeadline += c.n
        break
    }
  }
  return {
    total,
    byStatus,
    groups: groupCounts(byStatus),
    year: Number(year),
    targetsDueThisYear: targetsDue,
    withoutDeadline,
    byDistrict: district.build(),
    byDepartment: department.build(),
    byCategory: category.build(),
    byMonth: fillMonths(month.build('key-asc')),
    todayMonth: opts.today.slice(0, 7),
  }
}

/** Sums contributions into one count per id, as a maintained table would hold them. */
export function foldStats(contributions: Iterable<StatCount>): StatCount[] {
  const m = new Map<string, StatCount>()
  for (const c of contributions) {
    const id = statId(c)
    const cur = m.get(id)
    if (cur) cur.n += c.n
    else m.set(id, { ...c })
  }
  return [...m.values()]
}
