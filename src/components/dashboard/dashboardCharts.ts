// The dashboard's chart components, lazy (each chunk brings ECharts or the map's paths with it) but
// requested when this module is evaluated: together with the dashboard's own chunk, which the router
// loads as the app starts on '/'. Defined inside the view's setup instead, they were requested only
// once the database was open, its meta rows read and the dashboard first rendered, and at 100,000
// commitments the charts then waited ~230 ms for their chunks after the figures were ready.
// Each names the height its chart will draw at (src/charts/chartHeights.ts, as the charts themselves), kept free while it waits.
import type { StatusTable } from '@/core/aggregate'
import { categoryPieHeight, DEADLINE_CHART_HEIGHT, MAP_HEIGHT, NARROW_CHART_QUERY, statusBarsHeight } from '@/charts/chartHeights'
import { anyChartShown, asyncChart } from './asyncChart'

const narrow = () => typeof matchMedia === 'function' && matchMedia(NARROW_CHART_QUERY).matches

const statusBars = () => import('@/components/charts/StatusBarChart.vue')
const categoryPie = () => import('@/components/charts/CategoryPieChart.vue')
const deadlineTimeline = () => import('@/components/charts/DeadlineTimelineChart.vue')

export const StatusBarChart = asyncChart(
  statusBars,
  // one legend line: the usual case on a laptop (a wrapped legend adds a line when drawn)
  (a) => statusBarsHeight((a.table as StatusTable | undefined)?.rows.length ?? 0, (a.maxVisible ?? a['max-visible'] ?? 14) as number, 1),
)
export const CategoryPieChart = asyncChart(categoryPie, () => categoryPieHeight(narrow()))
export const DeadlineTimelineChart = asyncChart(deadlineTimeline, () => DEADLINE_CHART_HEIGHT)
export const DistrictMapChart = asyncChart(() => import('@/components/charts/DistrictMapChart.vue'), () => MAP_HEIGHT)

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// With the chunks here before the figures (the usual case on '/': the counts read takes longer),
// ECharts' first-use cost is paid while the page waits rather than by the first chart drawn
// (chartWarmUp.ts): one throwaway chart per task, stopping as soon as a real chart is on the page.
// A chunk that fails to load skips this; the chart itself then shows its error.
void Promise.all([statusBars(), categoryPie(), deadlineTimeline(), import('./chartWarmUp')])
  .then(async ([, , , { CHART_KINDS, warmUpChart }]) => {
    for (let kind = 0; kind < CHART_KINDS; kind++) {
      await nextTask()
      if (anyChartShown()) return
      warmUpChart(kind)
    }
  })
  .catch(() => undefined)
