// A PNG of a drawn chart: an ECharts chart through the instance ECharts keeps on the chart's
// element, or our own SVG (the district map) drawn into a canvas.
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

// white background: a transparent PNG is unreadable in dark viewers and in documents
const BACKGROUND = '#ffffff'
const PIXEL_RATIO = 2

/** An SVG chart (it carries its own fills and fonts as attributes) as a PNG data URL. */
function svgPngUrl(svg: SVGSVGElement): Promise<string | null> {
  const { width, height } = svg.getBoundingClientRect()
  const text = new XMLSerializer().serializeToString(svg)
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
  return new Promise<string | null>((resolve) => {
    const img = new Image()
    img.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(width * PIXEL_RATIO)
      canvas.height = Math.round(height * PIXEL_RATIO)
      const ctx = canvas.getContext('2d')
      if (!ctx) return resolve(null)
      ctx.fillStyle = BACKGROUND
      ctx.fillRect(0, 0, canvas.width, canvas.height)
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
      resolve(canvas.toDataURL('image/png'))
    }
    img.onerror = () => resolve(null)
    img.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

/** The data URL of the first chart inside `root`, or null when none is drawn yet. */
export async function chartPngUrl(root: HTMLElement): Promise<string | null> {
  const svg = root.querySelector<SVGSVGElement>('svg[data-chart-svg]')
  if (svg) return svgPngUrl(svg)
  const el = root.querySelector<HTMLElement>('[_echarts_instance_]')
  const chart = el && lookup ? lookup(el) : undefined
  if (!chart) return null
  return chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: BACKGROUND })
}
