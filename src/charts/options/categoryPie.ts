// Doughnut of commitments per category. Categories are not statuses, so they get a different
// colour-blind-safe qualitative scheme (Paul Tol's "muted"), never the status hues. Beyond
// `maxSlices` the smallest categories fold into one 其他 slice that still opens the list (with all
// of its categories as the filter).
import type { EChartsOption } from 'echarts'
import type { StatusTable } from '@/core/aggregate'
import { baseTextStyle, escapeHtml, formatCount, keyLabel, MUTED_COLOUR, type ChartLabels } from './common'

export const CATEGORY_COLOURS = ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255', '#aa4499']
const OTHERS_COLOUR = '#dddddd'

export interface PieSlice {
  name: string
  value: number
  /** the categories behind the slice (several for 其他); null inside means 未注明 */
  keys: (string | null)[]
  colour: string
}

export function categorySlices(t: StatusTable, labels: ChartLabels, maxSlices = CATEGORY_COLOURS.length): PieSlice[] {
  const named = t.rows
  const fold = named.length > maxSlices
  const head = fold ? named.slice(0, maxSlices - 1) : named
  const slices: PieSlice[] = head.map((r, i) => ({ name: keyLabel(r.key, labels), value: r.total, keys: [r.key], colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] }))
  if (fold) {
    const rest = named.slice(maxSlices - 1)
    slices.push({ name: labels.others, value: rest.reduce((n, r) => n + r.total, 0), keys: rest.map((r) => r.key), colour: OTHERS_COLOUR })
  }
  return slices
}

export function categoryPieOption(slices: PieSlice[], labels: ChartLabels, opts: { narrow?: boolean } = {}): EChartsOption {
  const total = slices.reduce((n, s) => n + s.value, 0)
  const legendText = new Map(slices.map((s) => [s.name, `${s.name}  ${formatCount(s.value, labels.locale)}`]))
  return {
    textStyle: baseTextStyle,
    // no tweening: the dashboard draws once and a filter change redraws at once (an animation repaints
    // the canvas every frame for 300 ms, while the next chart mounts or the next filter answers)
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const d = Array.isArray(p) ? p[0] : p
        const pct = total ? ((Number(d.value) / total) * 100).toFixed(1) : '0'
        return `<b>${escapeHtml(String(d.name))}</b><br/>${formatCount(Number(d.value), labels.locale)} (${pct}%)`
      },
    },
    legend: {
      // plain, never 'scroll': at most CATEGORY_COLOURS.length items, which fit beside (or, narrow,
      // wrap under) the doughnut; a scrolling legend lays itself out twice on every redraw to page
      type: 'plain',
      orient: opts.narrow ? 'horizontal' : 'vertical',
      ...(opts.narrow ? { bottom: 0, left: 'center' } : { right: 0, top: 'middle' }),
      itemWidth: 12,
      itemHeight: 12,
      textStyle: { fontSize: 12 },
      formatter: (name: string) => legendText.get(name) ?? name,
    },
    series: [
      {
        type: 'pie',
        name: labels.commitments,
        radius: opts.narrow ? ['30%', '52%'] : ['42%', '70%'],
        center: opts.narrow ? ['50%', '36%'] : ['36%', '50%'],
        avoidLabelOverlap: true,
        minShowLabelAngle: 12,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: { show: true, formatter: '{b}', color: MUTED_COLOUR, fontSize: 12 },
        labelLine: { length: 8, length2: 6 },
        data: slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.colour } })),
      },
    ],
  }
}
