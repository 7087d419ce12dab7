import type { Kind, Status } from './types'

/** The list/dashboard filter. Held in the URL query; empty arrays mean "any". */
export interface CommitmentFilter {
  district?: string[]
  department?: string[]
  category?: string[]
  kind?: Kind[]
  status?: Status[]
  /** deadline year; commitments without deadline match year filter only when it is empty */
  year?: number[]
  /** free-text filter over quote, metric, owners */
  q?: string
}

export type SortKey = 'deadline' | 'value' | 'district' | 'department' | 'status' | 'position'
export interface SortSpec {
  key: SortKey
  dir: 'asc' | 'desc'
}
