// Dashboard filter benchmark: in the real UI, a filter chip or select is operated in the page and
// the time runs from that input to the moment the headline figures and data tables show the new
// figures plus two animation frames (ECharts paints its canvases on the next frame after
// setOption; the SVG charts are painted in the frame after Vue patches them). Charts off screen are
// held and drawn when the browser is next idle (src/components/charts/useHeldOffScreen.ts); the time
// to every chart drawn is reported beside (a canvas chart's last 'finished' event, an SVG chart's
// last change). After each step the district chart's own bars (its SVG's totals) are summed, so a
// step only counts if the chart really holds the new figures.
import type { Page } from '@playwright/test'

export interface DashboardFilterFigures {
  n: number
  steps: { step: string; ms: number; allMs: number; total: number; chartAgrees: boolean }[]
  medianMs: number
  maxMs: number
  /** to every chart drawn, those off screen included */
  allMedianMs: number
  allMaxMs: number
}

type Step = { step: string; testid: string; select?: boolean }

const STEPS: Step[] = [
  { step: 'year 2024 on', testid: 'filter-year-2024' },
  { step: '+ year 2025', testid: 'filter-year-2025' },
  { step: 'category (select)', testid: 'filter-category', select: true },
  { step: '+ kind target', testid: 'filter-kind-target' },
  { step: 'reset', testid: 'filter-reset' },
  { step: 'status overdue/missed', testid: 'filter-status-overdue' },
  { step: 'reset', testid: 'filter-reset' },
]

/** `beforeSteps` runs once the page has settled, right before the first step (a profiler starts there). */
export async function measureDashboardFilter(page: Page, base: string, n: number, beforeSteps?: () => Promise<void>): Promise<DashboardFilterFigures> {
  await page.goto(`${base}/`)
  await page.waitForFunction(
    () => ['district', 'department', 'category', 'timeline', 'map'].every((c) => document.querySelector(`[data-testid=chart-${c}] canvas, [data-testid=chart-${c}] svg[data-chart-svg]`)),
    null,
    { timeout: 120_000 },
  )
  // let the rest of the app boot (status refresh, due panel) settle first
  await page.waitForTimeout(1500)
  await beforeSteps?.()
  const steps: DashboardFilterFigures['steps'] = []
  for (const s of STEPS) {
    const r = await page.evaluate(async ({ testid, select }) => {
      const headline = document.querySelector('[data-testid=headline]')!
      const before = headline.textContent
      const el = document.querySelector(`[data-testid=${testid}]`) as HTMLElement | null
      if (!el) throw new Error(`no ${testid}`)
      const changed = new Promise<void>((resolve) => {
        const mo = new MutationObserver(() => {
          if (headline.textContent !== before) {
            mo.disconnect()
            resolve()
          }
        })
        mo.observe(headline, { subtree: true, childList: true, characterData: true })
      })
      // every chart's last drawing after the input: charts held off screen (useHeldOffScreen.ts)
      // draw when the browser is next idle, after the ones on screen. A canvas chart says so with
      // ECharts' 'finished'; an SVG chart (the bars, the map) when Vue changes its SVG.
      type Drawn = { on(e: string, f: () => void): void; off(e: string): void }
      const hooks = (globalThis as { __pledgeEcharts?: { getInstanceByDom(e: Element): Drawn | undefined } }).__pledgeEcharts
      const charts = ['district', 'department', 'category', 'timeline', 'map']
      const instances = charts
        .map((c) => document.querySelector(`[data-testid=chart-${c}] [_echarts_instance_]`))
        .map((e) => (e ? hooks?.getInstanceByDom(e) : undefined))
        .filter((c): c is Drawn => !!c)
      // (inline arrows: tsx would wrap a named one in a helper the page does not have)
      let lastDrawn = 0
      for (const c of instances) c.on('finished', () => (lastDrawn = performance.now()))
      const svgWatch = new MutationObserver(() => (lastDrawn = performance.now()))
      for (const c of charts) {
        const svg = document.querySelector(`[data-testid=chart-${c}] svg[data-chart-svg]`)
        if (svg) svgWatch.observe(svg, { subtree: true, childList: true, characterData: true, attributes: true })
      }
      const t0 = performance.now()
      if (select) {
        const sel = el as HTMLSelectElement
        sel.value = sel.options[2]?.value ?? sel.options[1].value
        sel.dispatchEvent(new Event('change'))
      } else el.click()
      await changed
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const ms = performance.now() - t0
      // then the charts held off screen: they wait for an idle callback queued before this one
      await new Promise((r) => requestIdleCallback(r, { timeout: 3000 }))
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      // the app itself listens to no 'finished' event
      for (const c of instances) c.off('finished')
      svgWatch.disconnect()
      const allMs = Math.max(ms, lastDrawn - t0)
      const total = Number((document.querySelector('[data-testid=figure-total] [data-testid=figure-value]')?.textContent ?? '').replace(/[^\d]/g, ''))
      // the district chart's totals as drawn, the summed "其他 N 个区县" row included (statusBars.ts)
      const bars = [...document.querySelectorAll('[data-testid=chart-district] svg[data-chart-svg] .bar-row .total')].map((t) => Number((t.textContent ?? '').replace(/[^\d]/g, '')))
      return { ms, allMs, total, chartAgrees: bars.reduce((a, b) => a + b, 0) === total }
    }, s)
    steps.push({ step: s.step, ...r })
    await page.waitForTimeout(400)
  }
  const sorted = steps.map((s) => s.ms).sort((a, b) => a - b)
  const all = steps.map((s) => s.allMs).sort((a, b) => a - b)
  return {
    n,
    steps,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    maxMs: sorted[sorted.length - 1],
    allMedianMs: all[Math.floor(all.length / 2)],
    allMaxMs: all[all.length - 1],
  }
}
