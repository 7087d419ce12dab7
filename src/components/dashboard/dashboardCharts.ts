// The dashboard's chart components, lazy (each chunk brings ECharts or the map's paths with it) but
// requested when this module is evaluated: together with the dashboard's own chunk, which the router
// loads as the app starts on '/'. Defined inside the view's setup instead, they were requested only
// once the database was open, its meta rows read and the dashboard first rendered, and at 100,000
// commitments the charts then waited ~230 ms for their chunks after the figures were ready.
import { asyncChart } from './asyncChart'

export const StatusBarChart = asyncChart(() => import('@/components/charts/StatusBarChart.vue'))
export const CategoryPieChart = asyncChart(() => import('@/components/charts/CategoryPieChart.vue'))
export const DeadlineTimelineChart = asyncChart(() => import('@/components/charts/DeadlineTimelineChart.vue'))
export const DistrictMapChart = asyncChart(() => import('@/components/charts/DistrictMapChart.vue'))
