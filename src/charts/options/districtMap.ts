// Luoyang's districts and counties coloured by number of commitments or by share on pace: what the
// SVG map (DistrictMapChart.vue) draws for each region — fill, label, tooltip — and its legend.
// The sequential scale runs light → dark blue (one hue, readable in every kind of colour blindness);
// a region with nothing evaluated is hatched grey and says 未评估 instead of pretending to be 0%.
import type { MapRegionDatum } from '@/core/aggregate'
import { formatCount, type ChartLabels } from './common'

export type MapMeasure = 'count' | 'share'
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']
/** the ground of the hatching that marks "no value" */
export const NO_VALUE_COLOUR = '#f2f2f2'
export const NO_VALUE_HATCH = '#b8bec6'

/** The urban core: too small at dashboard size to carry a label without overlapping its neighbours. */
export const SMALL_REGIONS = new Set(['老城区', '西工区', '瀍河回族区', '涧西区'])

export function regionValue(d: MapRegionDatum, measure: MapMeasure): number | null {
  if (measure === 'count') return d.total
  return d.share === null ? null : Math.round(d.share * 1000) / 10
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}
const STOPS = SEQUENTIAL_BLUES.map(rgb)
const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0')

/** The scale's colour for `value` in [0, max]: straight lines between the five blues, as ECharts' continuous visualMap drew it. */
export function sequentialColour(value: number, max: number): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0
  const pos = t * (STOPS.length - 1)
  const i = Math.min(STOPS.length - 2, Math.floor(pos))
  const f = pos - i
  const [a, b] = [STOPS[i], STOPS[i + 1]]
  return `#${hex2(a[0] + (b[0] - a[0]) * f)}${hex2(a[1] + (b[1] - a[1]) * f)}${hex2(a[2] + (b[2] - a[2]) * f)}`
}

export interface MapRegionView {
  name: string
  value: number | null
  /** null: no value, drawn hatched */
  fill: string | null
  /** the name is written on the map (not for the small urban districts, unless pointed at) */
  showLabel: boolean
  /** tooltip lines: name, commitments, share on pace */
  lines: [string, string, string]
  /** what a screen reader says on the focused region */
  ariaLabel: string
}

export interface MapLegend {
  /** text at the dark (top) end of the scale and at the light end */
  high: string
  low: string
  /** a hatched "未评估" swatch is needed */
  noValue: boolean
  noValueText: string
}

export interface DistrictMapView {
  regions: MapRegionView[]
  legend: MapLegend
}

export function districtMapView(regions: MapRegionDatum[], measure: MapMeasure, labels: ChartLabels): DistrictMapView {
  const values = regions.map((r) => regionValue(r, measure))
  const max = measure === 'share' ? 100 : Math.max(1, ...values.filter((v): v is number => v !== null))
  const sep = labels.locale.startsWith('zh') ? '：' : ': '
  const views = regions.map((r, i): MapRegionView => {
    const v = values[i]
    const share = r.share === null ? labels.notEvaluated : `${(r.share * 100).toFixed(0)}%`
    const commitments = `${labels.commitments}${sep}${formatCount(r.total, labels.locale)}`
    const onPace = `${labels.shareOnPace}${sep}${share}`
    return {
      name: r.name,
      value: v,
      fill: v === null ? null : sequentialColour(v, max),
      showLabel: !SMALL_REGIONS.has(r.name),
      lines: [r.name, commitments, onPace],
      ariaLabel: `${r.name}, ${commitments}, ${onPace}`,
    }
  })
  return {
    regions: views,
    legend: {
      high: measure === 'share' ? '100%' : formatCount(max, labels.locale),
      low: measure === 'share' ? '0%' : '0',
      noValue: views.some((v) => v.fill === null),
      noValueText: labels.notEvaluated,
    },
  }
}
