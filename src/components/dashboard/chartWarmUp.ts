// The first ECharts chart drawn on a page costs two to three times what the next one of its kind
// does (V8 compiling ECharts' code on first use, the canvas text measurer meeting the CJK font): at
// 100,000 commitments the district bars took ~110 ms of script, the department bars, the same
// component, ~40. While the dashboard waits for its figures (the counts read from IndexedDB, the
// main thread mostly idle) the charts' chunks are already here, so that cost is paid then instead:
// one small throwaway chart of each kind (stacked bars, doughnut, timeline), built by the same
// option code, drawn off the page and disposed, one per task.
import type { EChartsOption } from 'echarts'
import { init } from 'echarts/core'
import '@/charts/echarts'
import { categoryPieOption, categorySlices, deadlineTimelineOption, statusBarsOption, type ChartLabels } from '@/charts/options'
import { makeChartLabels } from '@/charts/labels'
import { i18n } from '@/i18n'
import { tableFromCounts, type StatusTable } from '@/core/aggregate/statusTable'
import { STATUSES } from '@/core/model/types'

/** a few rows with every status, so that the legend, stacks and labels are all drawn */
function sample(keys: string[]): StatusTable {
  return tableFromCounts(keys.flatMap((k, i) => STATUSES.map((s, j) => [k, s, 1 + ((i + j) % 4)] as const)))
}

const KINDS: ((labels: ChartLabels) => EChartsOption)[] = [
  (labels) => statusBarsOption(sample(['老城区', '西工区', '洛龙区']), { labels, field: 'district' }),
  (labels) => categoryPieOption(categorySlices(sample(['工业', '文旅', '城建']), labels), labels),
  (labels) => deadlineTimelineOption(sample(['2025-11', '2025-12', '2026-01']), '2025-12', labels),
]

export const CHART_KINDS = KINDS.length

/** Draws throwaway chart number `kind` (0 ≤ kind < CHART_KINDS) in a detached element, then disposes of it. */
export function warmUpChart(kind: number): void {
  const { t, locale } = i18n.global
  const labels = makeChartLabels((key, named) => (named ? t(key, named) : t(key)), locale.value)
  const chart = init(document.createElement('div'), null, { width: 480, height: 320 })
  try {
    chart.setOption(KINDS[kind](labels))
  } finally {
    chart.dispose()
  }
}
