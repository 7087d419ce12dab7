// Registers the ECharts modules the dashboard draws with (stacked bars, the pie, the deadline bars
// with their slider and dashed line). Tree-shaken imports from echarts/core keep the chart chunk to
// that; every chart component imports this file, and the dashboard loads those components lazily,
// so none of it is in the first screen's JavaScript. The progress chart's line and scatter series
// are registered by its own echartsProgress.ts, so the dashboard's open neither downloads nor
// evaluates them. No map series, geo or visualMap: the district map is our own SVG (DistrictMapChart.vue).
import { use, getInstanceByDom } from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { provideChartLookup } from '../components/data/chartPng'

use([
  BarChart,
  PieChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
])

// for the benchmark's open timeline (scripts/bench/profileDashboard.ts): when ECharts' code has run
globalThis.performance?.mark?.('pl:echarts-evaluated')

// the dashboard's "download PNG" finds a drawn chart through this, without importing ECharts itself
provideChartLookup(getInstanceByDom)

// Test hook, only under automation (navigator.webdriver): end-to-end tests find a bar's pixel with
// the chart's own convertToPixel and then click the canvas there like a user, so the real click
// path (canvas → ECharts event → router) is exercised. Ordinary sessions never see it.
if (typeof navigator !== 'undefined' && navigator.webdriver) {
  ;(globalThis as { __pledgeEcharts?: unknown }).__pledgeEcharts = { getInstanceByDom }
}
