// The due-soon panel's rows: commitments grouped by dueBucket (overdue, due in 30, due in 90 days),
// each group ordered by deadline (the most pressing first; overdue: the longest overdue last so
// the freshest misses lead). Pure, so the grouping is tested without a browser.
import type { Commitment, Status } from '@/core/model/types'
import { daysToDeadline, dueBucket, type DueBucket } from '@/core/progress'

export interface DueRow {
  c: Commitment
  days: number
}
export type DueGroups = Record<DueBucket, DueRow[]>

export const DUE_BUCKETS: readonly DueBucket[] = ['overdue', 'due30', 'due90']

/** Statuses that can still be due (the rest settle a commitment; see dueBucket). */
export const OPEN_STATUSES: readonly Status[] = ['ahead', 'on_pace', 'behind', 'overdue', 'not_yet', 'no_data']

export function groupDue(commitments: Commitment[], today: string): DueGroups {
  const out: DueGroups = { overdue: [], due30: [], due90: [] }
  for (const c of commitments) {
    const bucket = dueBucket(c, c.status, today)
    if (bucket) out[bucket].push({ c, days: daysToDeadline(c, today)! })
  }
  out.due30.sort((a, b) => a.days - b.days)
  out.due90.sort((a, b) => a.days - b.days)
  out.overdue.sort((a, b) => b.days - a.days)
  return out
}

/** The header badge's number: what needs attention now (overdue and due within 30 days). */
export function badgeCount(g: DueGroups): number {
  return g.overdue.length + g.due30.length
}

/** The last day (ISO date) of a window of `windowDays` days from `today`: the due list's read range ends there. */
export function windowEnd(today: string, windowDays: number): string {
  return new Date(Date.parse(`${today.slice(0, 10)}T00:00:00Z`) + windowDays * 86_400_000).toISOString().slice(0, 10)
}
