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
 * A click on a bar segment (or an axis label) of a by-owner chart → the filter of that owner,
 * narrowed to the segment's status. Null keys (未注明) cannot be expressed in the list's URL: null.
 */
export function filterForBarClick(e: ChartClick, keys: readonly (string | null)[], field: OwnerField): CommitmentFilter | null {
  let index = e.dataIndex
  if (e.componentType === 'yAxis' || e.componentType === 'xAxis') index = undefined
  let key: string | null | undefined
  if (index !== undefined) key = keys[index]
  else {
    // axis label clicks carry the label text; labels equal keys except the null key
    const label = typeof e.value === 'string' ? e.value : e.name
    key = keys.find((k) => k === label)
  }
  if (key === undefined || key === null) return null
  const f: CommitmentFilter = { [field]: [key] }
  if (e.componentType === 'series' && e.seriesId && (STATUSES as readonly string[]).includes(e.seriesId)) f.status = [e.seriesId as Status]
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
