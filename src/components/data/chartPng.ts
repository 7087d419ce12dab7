// A PNG of a drawn ECharts chart, via the instance ECharts keeps on the chart's element.
import { getInstanceByDom } from 'echarts/core'

/** The data URL of the first chart inside `root`, or null when none is drawn yet. */
export function chartPngUrl(root: HTMLElement): string | null {
  const el = root.querySelector<HTMLElement>('[_echarts_instance_]')
  const chart = el ? getInstanceByDom(el) : undefined
  if (!chart) return null
  // white background: a transparent PNG is unreadable in dark viewers and in documents
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
}
