// Turns what the user clicked in a chart into a list filter (the list reads it from the URL).
import type { CommitmentFilter } from '@/core/model/filter'
import { STATUSES, type Status } from '@/core/model/types'

/** The fields of an ECharts click event we read (a structural subset of ECElementEvent). */
export interface ChartClick {
  componentType?: string
  seriesId?: string
  dataIndex?: number
  name?: string
  value?: unknown
}

export type OwnerField = 'district' | 'department' | 'category'

/**
 * A click on an owner's bar (narrowed to the clicked segment's status) or on its name → the list
 * filter of that owner. Null keys (未注明) and the summed 其他 row cannot be expressed in the list's
 * URL: null, the data table lists them.
 */
export function filterForBar(key: string | null, field: OwnerField, status?: string | null): CommitmentFilter | null {
  if (key === null) return null
  const f: CommitmentFilter = { [field]: [key] }
  if (status && (STATUSES as readonly string[]).includes(status)) f.status = [status as Status]
  return f
}

/** A month bar in the timeline → its year (the list filters deadlines by year) and status. */
export function filterForTimelineClick(e: ChartClick, months: readonly string[]): CommitmentFilter | null {
  const ym = e.componentType === 'series' && e.dataIndex !== undefined ? months[e.dataIndex] : typeof e.value === 'string' ? e.value : undefined
  if (!ym || !/^\d{4}-\d{2}$/.test(ym)) return null
  const f: CommitmentFilter = { year: [Number(ym.slice(0, 4))] }
  if (e.seriesId && (STATUSES as readonly string[]).includes(e.seriesId)) f.status = [e.seriesId as Status]
  return f
}
