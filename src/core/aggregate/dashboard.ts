// Everything the dashboard shows, computed in ONE pass over the commitments. The accumulator takes
// rows one at a time (from an array, a Dexie cursor or a worker's chunk), so memory stays flat and
// 100,000 rows cost one loop, not one loop per chart.
import type { Commitment } from '../model/types'
import { groupCounts, type GroupCounts } from './statusGroups'
import { emptyCounts, StatusTableBuilder, type StatusCounts, type StatusTable } from './statusTable'
import { fillMonths } from './timeline'

/** The fields aggregation reads; an index-backed feeder need only supply these. */
export type AggRow = Pick<Commitment, 'kind' | 'status' | 'district' | 'department' | 'category' | 'deadline'>

export interface DashboardAggregate {
  total: number
  byStatus: StatusCounts
  groups: GroupCounts
  /** the calendar year "due this year" refers to (from `today`) */
  year: number
  /** kind 'target' with a deadline inside `year` */
  targetsDueThisYear: number
  /** commitments with no deadline at all (left out of the timeline) */
  withoutDeadline: number
  byDistrict: StatusTable
  byDepartment: StatusTable
  byCategory: StatusTable
  /** one row per month 'YYYY-MM', contiguous from the first to the last deadline */
  byMonth: StatusTable
  /** 'YYYY-MM' of `today`, for the timeline's "now" line */
  todayMonth: string
}

export interface AggregateOptions {
  /** ISO date 'YYYY-MM-DD'; the caller passes the clock so results are reproducible */
  today: string
}

export class DashboardAccumulator {
  private total = 0
  private targetsDue = 0
  private noDeadline = 0
  private readonly status = emptyCounts()
  private readonly district = new StatusTableBuilder()
  private readonly department = new StatusTableBuilder()
  private readonly category = new StatusTableBuilder()
  private readonly month = new StatusTableBuilder()
  private readonly year: string

  constructor(private readonly opts: AggregateOptions) {
    this.year = opts.today.slice(0, 4)
  }

  add(r: AggRow): void {
    const s = r.status in this.status ? r.status : 'no_data'
    this.total++
    this.status[s]++
    this.district.add(r.district || null, s)
    this.department.add(r.department || null, s)
    this.category.add(r.category || null, s)
    const date = r.deadline?.date
    if (date) {
      this.month.add(date.slice(0, 7), s)
      if (r.kind === 'target' && date.startsWith(this.year)) this.targetsDue++
    } else this.noDeadline++
  }

  result(): DashboardAggregate {
    return {
      total: this.total,
      byStatus: { ...this.status },
      groups: groupCounts(this.status),
      year: Number(this.year),
      targetsDueThisYear: this.targetsDue,
      withoutDeadline: this.noDeadline,
      byDistrict: this.district.build(),
      byDepartment: this.department.build(),
      byCategory: this.category.build(),
      byMonth: fillMonths(this.month.build('key-asc')),
      todayMonth: this.opts.today.slice(0, 7),
    }
  }
}

export function aggregateDashboard(rows: Iterable<AggRow>, opts: AggregateOptions): DashboardAggregate {
  const acc = new DashboardAccumulator(opts)
  for (const r of rows) acc.add(r)
  return acc.result()
}
