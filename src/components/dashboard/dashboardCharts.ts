// The dashboard's chart components, lazy (each chunk brings ECharts or the map's paths with it) but
// requested when this module is evaluated: together with the dashboard's own chunk, which the router
// loads as the app starts on '/'. Defined inside the view's setup instead, they were requested only
// once the database was open, its meta rows read and the dashboard first rendered, and at 100,000
// commitments the charts then waited ~230 ms for their chunks after the figures were ready.
// Each names the height its chart will draw at (src/charts/chartHeights.ts, as the charts themselves), kept free while it waits.
import type { StatusTable } from '@/core/aggregate'
import { categoryPieHeight, DEADLINE_CHART_HEIGHT, MAP_HEIGHT, NARROW_CHART_QUERY, statusBarsHeight } from '@/charts/chartHeights'
import { asyncChart } from './asyncChart'

const narrow = () => typeof matchMedia === 'function' && matchMedia(NARROW_CHART_QUERY).matches

export const StatusBarChart = asyncChart(
  () => import('@/components/charts/StatusBarChart.vue'),
  // one legend line: the usual case on a laptop (a wrapped legend adds a line when drawn)
  (a) => statusBarsHeight((a.table as StatusTable | undefined)?.rows.length ?? 0, (a.maxVisible ?? a['max-visible'] ?? 14) as number, 1),
)
export const CategoryPieChart = asyncChart(() => import('@/components/charts/CategoryPieChart.vue'), () => categoryPieHeight(narrow()))
export const DeadlineTimelineChart = asyncChart(() => import('@/components/charts/DeadlineTimelineChart.vue'), () => DEADLINE_CHART_HEIGHT)
export const DistrictMapChart = asyncChart(() => import('@/components/charts/DistrictMapChart.vue'), () => MAP_HEIGHT)
