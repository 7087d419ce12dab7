// The headline groups the dashboard counts: every status belongs to exactly one group, so the
// group figures add up to the number of commitments.
import type { Status } from '../model/types'
import type { StatusCounts } from './statusTable'

export const STATUS_GROUPS = {
  achieved: ['achieved', 'achieved_early', 'done'],
  on_pace: ['ahead', 'on_pace'],
  in_progress: ['not_yet'],
  behind: ['behind'],
  overdue: ['overdue', 'missed'],
  no_data: ['no_data'],
} as const satisfies Record<string, readonly Status[]>

export type StatusGroup = keyof typeof STATUS_GROUPS
export const STATUS_GROUP_NAMES = Object.keys(STATUS_GROUPS) as StatusGroup[]

export type GroupCounts = Record<StatusGroup, number>

export function groupCounts(c: StatusCounts): GroupCounts {
  const out = {} as GroupCounts
  for (const g of STATUS_GROUP_NAMES) out[g] = (STATUS_GROUPS[g] as readonly Status[]).reduce((n, s) => n + c[s], 0)
  return out
}

/** Statuses counted as "on pace or better" for the map's share-on-pace colouring. */
export const ON_PACE_OR_BETTER: readonly Status[] = ['achieved', 'achieved_early', 'done', 'ahead', 'on_pace']
