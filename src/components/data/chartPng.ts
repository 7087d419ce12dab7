// A PNG of a drawn ECharts chart, via the instance ECharts keeps on the chart's element.
// No import of echarts here: the dashboard card that offers the download is first-screen code, and
// a static import would pull ECharts core into it. src/charts/echarts.ts (loaded with every chart)
// hands over its lookup; a chart on screen means that file has run, so the lookup is there.
import type { EChartsType } from 'echarts/core'

type Lookup = (el: HTMLElement) => EChartsType | undefined
let lookup: Lookup | null = null

/** Called once by src/charts/echarts.ts with ECharts' getInstanceByDom. */
export function provideChartLookup(fn: Lookup): void {
  lookup = fn
}

/** The data URL of the first chart inside `root`, or null when none is drawn yet. */
export function chartPngUrl(root: HTMLElement): string | null {
  const el = root.querySelector<HTMLElement>('[_echarts_instance_]')
  const chart = el && lookup ? lookup(el) : undefined
  if (!chart) return null
  // white background: a transparent PNG is unreadable in dark viewers and in documents
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
}
