// Splits the by-district table into what the map can draw (districts and counties with a boundary)
// and the owners shown beside it (洛阳市 itself, functional zones, anything unrecognised, 未注明).
import { ON_PACE_OR_BETTER } from './statusGroups'
import { emptyCounts, type StatusRow, type StatusTable } from './statusTable'

export interface MapRegionDatum {
  name: string
  total: number
  /** commitments with a status other than no_data */
  evaluated: number
  onPaceOrBetter: number
  /** onPaceOrBetter / evaluated, or null when nothing is evaluated (shown as 未评估, not as 0%) */
  share: number | null
}

export interface MapSeries {
  regions: MapRegionDatum[]
  /** owners without a boundary on the map: `pinned` first (even when zero), then the rest biggest first, 未注明 (null) last */
  beside: StatusRow[]
}

export function mapSeries(byDistrict: StatusTable, regionNames: readonly string[], pinned: readonly string[] = []): MapSeries {
  const rowByKey = new Map(byDistrict.rows.map((r) => [r.key, r]))
  const regionSet = new Set(regionNames)
  const regions = regionNames.map((name): MapRegionDatum => {
    const r = rowByKey.get(name)
    if (!r) return { name, total: 0, evaluated: 0, onPaceOrBetter: 0, share: null }
    const evaluated = r.total - r.counts.no_data
    const onPaceOrBetter = ON_PACE_OR_BETTER.reduce((n, s) => n + r.counts[s], 0)
    return { name, total: r.total, evaluated, onPaceOrBetter, share: evaluated > 0 ? onPaceOrBetter / evaluated : null }
  })
  const pinnedRows = pinned.map((k) => rowByKey.get(k) ?? { key: k, total: 0, counts: emptyCounts() })
  const rest = byDistrict.rows.filter((r) => r.key === null || (!regionSet.has(r.key) && !pinned.includes(r.key)))
  const beside = [...pinnedRows, ...rest]
  return { regions, beside }
}
