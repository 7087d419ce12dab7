// The ONE place that registers ECharts modules. Tree-shaken imports from echarts/core keep the
// chart chunk to what the dashboard draws; every chart component imports this file, and the
// dashboard loads those components lazily, so none of it is in the first screen's JavaScript.
// No map series, geo or visualMap: the district map is our own SVG (DistrictMapChart.vue).
import { use, getInstanceByDom } from 'echarts/core'
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts'
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
  LineChart,
  PieChart,
  ScatterChart,
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
