// The dashboard's chart components, lazy (each chunk brings ECharts or the map's paths with it) but
// requested when this module is evaluated: together with the dashboard's own chunk, which the router
// loads as the app starts on '/'. Defined inside the view's setup instead, they were requested only
// once the database was open, its meta rows read and the dashboard first rendered, and at 100,000
// commitments the charts then waited ~230 ms for their chunks after the figures were ready.
// Each names the height its chart will draw at (the components' own sizes), kept free while it waits.
import type { StatusTable } from '@/core/aggregate'
import { statusBarsHeight } from '@/charts/options/statusBarsHeight'
import { asyncChart } from './asyncChart'

const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 560px)').matches

export const StatusBarChart = asyncChart(
  () => import('@/components/charts/StatusBarChart.vue'),
  // one legend line: the usual case on a laptop (a wrapped legend adds a line when drawn)
  (a) => statusBarsHeight((a.table as StatusTable | undefined)?.rows.length ?? 0, (a.maxVisible ?? a['max-visible'] ?? 14) as number, 1),
)
export const CategoryPieChart = asyncChart(() => import('@/components/charts/CategoryPieChart.vue'), () => (narrow() ? 400 : 300))
export const DeadlineTimelineChart = asyncChart(() => import('@/components/charts/DeadlineTimelineChart.vue'), () => 300)
export const DistrictMapChart = asyncChart(() => import('@/components/charts/DistrictMapChart.vue'), () => 360)
