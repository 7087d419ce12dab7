// The "due soon and overdue" panel: which window a commitment's deadline falls in today.
import type { Commitment, Status } from '../model/types'
import { THRESHOLDS } from './thresholds'
import { daysBetween, isIsoDate, toDate } from './dates'

export type DueBucket = 'overdue' | 'due30' | 'due90'

/** Statuses that settle a commitment: nothing is due any more. */
const SETTLED: ReadonlySet<Status> = new Set(['achieved', 'achieved_early', 'missed', 'done'])

/** Days from today to the deadline (negative once passed), or null without a deadline. */
export function daysToDeadline(c: Commitment, today: string): number | null {
  if (!c.deadline || !isIsoDate(c.deadline.date)) return null
  return daysBetween(toDate(today), c.deadline.date)
}

/**
 * overdue: the deadline has passed and the commitment is not settled (including 未评估: nothing was
 * reported, which a reporter wants to chase); due30 / due90: the deadline is today or within the
 * window. Facts and settled commitments are never listed.
 */
export function dueBucket(c: Commitment, status: Status, today: string): DueBucket | null {
  if (c.kind === 'fact' || SETTLED.has(status)) return null
  const days = daysToDeadline(c, today)
  if (days === null) return null
  if (days < 0) return 'overdue'
  const [soon, later] = THRESHOLDS.dueSoonDays
  if (days <= soon) return 'due30'
  if (days <= later) return 'due90'
  return null
}
