// The ONE place that registers ECharts modules. Tree-shaken imports from echarts/core keep the
// chart chunk to what the dashboard draws; every chart component imports this file, and the
// dashboard loads those components lazily, so none of it is in the first screen's JavaScript.
import { use, registerMap, getMap, getInstanceByDom } from 'echarts/core'
import { BarChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts'
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { MAP_NAME } from './options/districtMap'
import { provideChartLookup } from '../components/data/chartPng'
import { simplifyGeo, type FeatureCollection } from './simplifyGeo'

use([
  BarChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
])

// the dashboard's "download PNG" finds a drawn chart through this, without importing ECharts itself
provideChartLookup(getInstanceByDom)

// Test hook, only under automation (navigator.webdriver): end-to-end tests find a bar's pixel with
// the chart's own convertToPixel and then click the canvas there like a user, so the real click
// path (canvas → ECharts event → router) is exercised. Ordinary sessions never see it.
if (typeof navigator !== 'undefined' && navigator.webdriver) {
  ;(globalThis as { __pledgeEcharts?: unknown }).__pledgeEcharts = { getInstanceByDom }
}

let mapLoading: Promise<void> | null = null

/** Dropped boundary detail, in degrees: ≈0.25 px at dashboard size (17,431 → 4,354 points), see simplifyGeo.ts. */
export const MAP_TOLERANCE = 0.001

/** Registers Luoyang's boundaries once; the GeoJSON (≈50 KB gzip) is its own lazy chunk. */
export function ensureLuoyangMap(): Promise<void> {
  if (getMap(MAP_NAME)) return Promise.resolve()
  mapLoading ??= import('../../data/geo/luoyang.json').then((m) => {
    const geo = (m as { default?: unknown }).default ?? m
    registerMap(MAP_NAME, simplifyGeo(geo as FeatureCollection, MAP_TOLERANCE) as unknown as Parameters<typeof registerMap>[1])
  })
  return mapLoading
}

