// Luoyang's districts and counties coloured by number of commitments or by share on pace.
// The sequential scale runs light → dark blue (one hue, readable in every kind of colour blindness);
// a region with nothing evaluated is hatched grey and says 未评估 instead of pretending to be 0%.
import type { EChartsOption } from 'echarts'
import type { MapRegionDatum } from '@/core/aggregate'
import { baseTextStyle, escapeHtml, formatCount, MUTED_COLOUR, type ChartLabels } from './common'

export const MAP_NAME = 'luoyang'
export type MapMeasure = 'count' | 'share'
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']
const NO_VALUE_COLOUR = '#f2f2f2'

/** The urban core: too small at dashboard size to carry a label without overlapping its neighbours. */
export const SMALL_REGIONS = new Set(['老城区', '西工区', '瀍河回族区', '涧西区'])

export function regionValue(d: MapRegionDatum, measure: MapMeasure): number | null {
  if (measure === 'count') return d.total
  return d.share === null ? null : Math.round(d.share * 1000) / 10
}

export function districtMapOption(regions: MapRegionDatum[], measure: MapMeasure, labels: ChartLabels): EChartsOption {
  const values = regions.map((r) => regionValue(r, measure)).filter((v): v is number => v !== null)
  const max = measure === 'share' ? 100 : Math.max(1, ...values)
  return {
    textStyle: baseTextStyle,
    animationDuration: 300,
    animationDurationUpdate: 200,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const d = regions.find((r) => r.name === (Array.isArray(p) ? p[0] : p).name)
        if (!d) return ''
        const share = d.share === null ? labels.notEvaluated : `${(d.share * 100).toFixed(0)}%`
        return `<b>${escapeHtml(d.name)}</b><br/>${escapeHtml(labels.commitments)}: ${formatCount(d.total, labels.locale)}<br/>${escapeHtml(labels.shareOnPace)}: ${escapeHtml(share)}`
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      left: 0,
      bottom: 0,
      itemHeight: 96,
      itemWidth: 12,
      calculable: false,
      text: measure === 'share' ? ['100%', '0%'] : [formatCount(max, labels.locale), '0'],
      textStyle: { color: MUTED_COLOUR, fontSize: 11 },
      inRange: { color: SEQUENTIAL_BLUES },
      outOfRange: { color: NO_VALUE_COLOUR },
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        name: measure === 'share' ? labels.shareOnPace : labels.commitments,
        roam: false,
        layoutCenter: ['55%', '50%'],
        layoutSize: '96%',
        selectedMode: false,
        itemStyle: { areaColor: NO_VALUE_COLOUR, borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true, color: '#000' }, itemStyle: { areaColor: '#ffd27f' } },
        label: { show: true, fontSize: 11, color: '#24292f', textBorderColor: '#fff', textBorderWidth: 2 },
        data: regions.map((r) => {
          const v = regionValue(r, measure)
          return {
            name: r.name,
            // '-' is ECharts' "no value": drawn in the neutral colour, not as 0
            value: v === null ? '-' : v,
            label: { show: !SMALL_REGIONS.has(r.name) },
          }
        }),
      },
    ],
  }
}
