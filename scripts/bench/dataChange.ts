// The dashboard's data change, measured the same way by the bench (browser.ts) and by
// profileDataChange.ts: a write in ANOTHER tab moves a commitment to a new district; the page notes
// when Dexie's cross-tab notice arrives, when the stats rows are read and the columns built (the
// app's marks, src/db/dashboardQueries.ts), and when the new district's name appears in the district
// chart's data table (+2 frames: drawn).
import type { Page } from '@playwright/test'

// Runs in the app page before its scripts: notes when the dashboard is fully drawn and when a
// given district name first appears in the district chart's data table.
export const WATCH = `
(() => {
  const charts = ['district', 'department', 'category', 'timeline', 'map']
  window.__watch = { chartsAt: 0, seen: {} }
  const check = () => {
    if (!window.__watch.chartsAt && document.querySelector('[data-testid=headline]') &&
        charts.every((c) => document.querySelector('[data-testid=chart-' + c + '] canvas, [data-testid=chart-' + c + '] svg[data-chart-svg]'))) {
      // the canvases (and the map's SVG) exist; the next frame is when ECharts has painted them
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__watch.chartsAt = performance.now() }))
    }
    const want = window.__watch.want
    if (want && !window.__watch.seen[want]) {
      const t = document.querySelector('[data-testid=table-district]')
      if (t && t.textContent.includes(want)) {
        const at = performance.timeOrigin + performance.now()
        window.__watch.seen[want] = { at }
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__watch.seen[want].drawn = performance.timeOrigin + performance.now() }))
      }
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true })
  // Dexie's cross-tab notice (its BroadcastChannel): when a write in another tab reaches this one
  window.__watch.notices = []
  new BroadcastChannel('x-storagemutated-1').onmessage = () => window.__watch.notices.push(performance.timeOrigin + performance.now())
})()
`

/** Each step from the write's commit (ms). */
export interface ChangeSteps {
  noticeMs: number
  readMs: number
  builtMs: number
  patchedMs: number
  drawnMs: number
}

/** Opens the district chart's data table (it renders only while open), as a reader would. */
export async function openDistrictTable(page: Page): Promise<void> {
  await page.locator('[data-testid=chart-district] summary').click()
  await page.getByTestId('table-district').waitFor()
}

/**
 * One data change: `write(want)` moves a commitment to the district `want` in another tab and
 * returns the commit's time (timeOrigin + now, the writer's clock). `page` runs WATCH and shows the
 * dashboard with the district table open.
 */
export async function measureDataChange(page: Page, want: string, write: (want: string) => Promise<number>): Promise<ChangeSteps> {
  await page.evaluate((w) => ((window as unknown as { __watch: { want: string } }).__watch.want = w), want)
  const wroteAt = await write(want)
  await page.waitForFunction((w) => !!(window as unknown as { __watch: { seen: Record<string, { drawn?: number }> } }).__watch.seen[w]?.drawn, want, { timeout: 60_000 }).catch(async (e: Error) => {
    const state = await page.evaluate(() => JSON.stringify((window as unknown as { __watch: unknown }).__watch))
    throw new Error(`${e.message}; the page's watch: ${state.slice(0, 500)}`)
  })
  const seen = await page.evaluate((w) => (window as unknown as { __watch: { seen: Record<string, { at: number; drawn: number }> } }).__watch.seen[w], want)
  // where the time went: the page's marks after the write (src/db/dashboardQueries.ts)
  // (no named helpers inside: tsx would wrap them in a __name() the page does not have)
  const steps = await page.evaluate((after) => {
    const [read, built] = ['pl:stats-read', 'pl:columns-built'].map((name) => performance.getEntriesByName(name).map((e) => performance.timeOrigin + e.startTime).find((t) => t >= after) ?? Number.NaN)
    // the two pages' clocks agree only to a fraction of a millisecond: a notice stamped just before the
    // writer's own stamp is this write's (the next write is seconds away)
    const notice = (window as unknown as { __watch: { notices: number[] } }).__watch.notices.find((t) => t >= after - 5) ?? Number.NaN
    return { notice, read, built }
  }, wroteAt)
  return {
    noticeMs: Math.max(0, steps.notice - wroteAt),
    readMs: steps.read - wroteAt,
    builtMs: steps.built - wroteAt,
    patchedMs: seen.at - wroteAt,
    drawnMs: seen.drawn - wroteAt,
  }
}
