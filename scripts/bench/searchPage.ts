// Search page benchmark: a reader opens /search?q=… on a database of n commitments whose search
// index is already stored (a second visit); the time runs from navigation start to the first results
// on screen, and every long main-thread task in that window is recorded. The index is loaded and
// queried in the search worker, so the page's longest task is what the reader feels as a freeze.
import type { Page } from '@playwright/test'

export interface SearchPageFigures {
  n: number
  /** navigation start → the result count and first result shown */
  firstResultsMs: number
  /** longest main-thread task in that window, and how many over 50 ms */
  longest: number
  longTasks: number
  /** the index's source on the measured visit ('stored' expected) and the worker's own times */
  from: string | null
  workerMs: Record<string, number> | null
  /** page: asking the worker → index ready there */
  readyMs: number | null
  docs: number
  /** results drawn when the first ones appear (a batch), of `hits` the worker answered */
  results: number
  hits: number
  /** navigation start → the worker's answer on the page; → the first batch's rows read and drawn */
  hitsAtMs: number | null
  firstRowsAtMs: number | null
}

// Runs before the app's scripts: records long tasks from the very start of the page.
const WATCH = `
(() => {
  window.__tasks = []
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true })
})()
`

const QUERY = '项目'

async function visit(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/search?q=${encodeURIComponent(QUERY)}`)
  await page.getByTestId('search-count').waitFor({ timeout: 300_000 })
}

export async function measureSearchPage(page: Page, base: string, n: number): Promise<SearchPageFigures> {
  await page.addInitScript(WATCH)
  // first visit: the worker builds the index and stores it; wait until a visit finds it stored
  await visit(page, base)
  const results = page.getByTestId('search-results')
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(2000)
    await visit(page, base)
    if ((await results.getAttribute('data-index-from')) === 'stored') break
  }
  // the measured visit: a fresh navigation with the stored index
  await page.goto('about:blank')
  await page.goto(`${base}/search?q=${encodeURIComponent(QUERY)}`)
  await page.waitForFunction(() => document.querySelector('[data-testid=search-result]'), null, { timeout: 300_000, polling: 'raf' })
  const firstResultsMs = await page.evaluate(() => performance.now())
  const tasks = await page.evaluate(
    (until) => (window as unknown as { __tasks: { start: number; ms: number }[] }).__tasks.filter((t) => t.start <= until),
    firstResultsMs,
  )
  const attr = (name: string) => results.getAttribute(name)
  const workerMs = await attr('data-index-worker-ms')
  const mark = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name)
  return {
    n,
    firstResultsMs,
    longest: tasks.length ? Math.max(...tasks.map((t) => t.ms)) : 0,
    longTasks: tasks.length,
    from: await attr('data-index-from'),
    workerMs: workerMs ? (JSON.parse(workerMs) as Record<string, number>) : null,
    readyMs: Number((await attr('data-index-ready-ms')) ?? Number.NaN),
    docs: Number(await attr('data-index-docs')),
    results: await page.getByTestId('search-result').count(),
    hits: Number((await page.getByTestId('search-count').getAttribute('data-total')) ?? Number.NaN),
    // src/views/SearchView.vue marks both
    hitsAtMs: await mark('pl:search-hits'),
    firstRowsAtMs: await mark('pl:search-first-rows'),
  }
}
