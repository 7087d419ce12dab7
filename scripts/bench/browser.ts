// The browser benchmarks: headless Debian Chromium driven by Playwright against the built app.
// Times come from the page's own clock (performance.now / timeOrigin), long tasks from the
// page's PerformanceObserver('longtask').
import { chromium, type Browser, type Page } from '@playwright/test'
import { measureDashboardFilter, type DashboardFilterFigures } from './dashboardFilter'
import { measureSearchPage, type SearchPageFigures } from './searchPage'
import { measureDataChange, openDistrictTable, WATCH } from './dataChange'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

export interface IngestFigures {
  n: number
  packMB: number
  app: { ms: number; parse: number; import: number; longest: number; longTasks: number }
  bare?: { ms: number; parse: number; write: number; total: number }
}

export interface DashboardFigures {
  n: number
  /** counts query alone: open + read stats + aggregate (median) */
  queryMs: number
  /** navigation start → headline and all five charts drawn (reload, database already seeded) */
  chartsMs: number
  /** database connection open (the app's performance mark pl:db-open) → all charts drawn: the goal */
  openToChartsMs: number
  /** navigation start → database open (scripts, app start, opening IndexedDB) */
  openAtMs: number
  /** a write in another tab → the charts show it (a person moves a commitment to a new district) */
  updateMs: number
  /** the same change step by step, each from the write's commit: Dexie's cross-tab notice arrives, the stats rows are read, the columns built, the table text patched */
  update: { noticeMs: number; readMs: number; builtMs: number; patchedMs: number }
}

export interface ListFigures {
  n: number
  firstRowsMs: number
  scrollLongest: number
  scrollLongTasks: number
  scrolledRows: number
  /** the sort select set to value in the page at 100,000: to the first row of the new order, and the page's long tasks meanwhile */
  sortUi: { ms: number; longest: number; longTasks: number }
  /** the list's, due list's and lineage's reads alone (src/bench/main.ts listReads) */
  reads: {
    firstPageMs: number
    farPageMs: number
    idsMs: number
    pageMs: number
    sortAll: { ms: number; longest: number; n: number }
    district: { ms: number; longest: number; n: number }
    due: { ms: number; coldMs: number; counts: { overdue: number; due30: number; due90: number }; rows: number; oldMs: number; oldN: number }
    lineage: { ms: number; longest: number; suggestions: number }
  }
  lineageOld: { ms: number; longest: number; suggestions: number }
}

type Bench = Record<string, (...args: unknown[]) => Promise<unknown>>

export class BrowserBench {
  private constructor(
    private readonly browser: Browser,
    private readonly bench: Page,
    private readonly base: string,
  ) {}

  static async start(base: string): Promise<BrowserBench> {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
    const context = await browser.newContext()
    const bench = await context.newPage()
    await bench.goto(`${base}/bench.html`)
    await bench.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined)
    return new BrowserBench(browser, bench, base)
  }

  private call<T>(step: string, ...args: unknown[]): Promise<T> {
    return this.bench.evaluate(
      ([s, a]) => ((window as unknown as { __bench: Bench }).__bench[s as string](...(a as unknown[])) as Promise<T>),
      [step, args] as const,
    ) as Promise<T>
  }

  /** Fresh app database with `n` synthetic commitments through the app's import; bare too if asked. */
  async ingest(n: number, withBare: boolean): Promise<IngestFigures> {
    await this.call('deleteDb')
    const chars = await this.call<number>('generate', n)
    const app = await this.call<IngestFigures['app']>('ingestApp')
    let bare: IngestFigures['bare']
    if (withBare) {
      await this.call('deleteDb', 'bench-bare')
      bare = await this.call<NonNullable<IngestFigures['bare']>>('ingestBare', 'bench-bare')
      await this.call('deleteDb', 'bench-bare')
    }
    return { n, packMB: chars / 1e6, app, bare }
  }

  async dashboard(n: number): Promise<DashboardFigures> {
    const page = await this.bench.context().newPage()
    await page.addInitScript(WATCH)
    // the first visit also loads the app's seed pack into the database; measure the second
    await page.goto(`${this.base}/`)
    await page.waitForFunction(() => (window as unknown as { __watch: { chartsAt: number } }).__watch.chartsAt > 0, null, { timeout: 120_000 })
    await page.reload()
    await page.waitForFunction(() => (window as unknown as { __watch: { chartsAt: number } }).__watch.chartsAt > 0, null, { timeout: 120_000 })
    const chartsMs = await page.evaluate(() => (window as unknown as { __watch: { chartsAt: number } }).__watch.chartsAt)
    // src/stores/boot.ts marks the moment the Dexie connection is open
    const openAtMs = await page.evaluate(() => performance.getEntriesByName('pl:db-open')[0]?.startTime ?? Number.NaN)
    const { median: queryMs } = await this.call<{ median: number }>('dashboardQuery')

    // the district data table renders only while open (ChartCard): open it, as a reader would
    await openDistrictTable(page)
    const update = await measureDataChange(page, `基准区${n}`, (want) => this.call<number>('editOne', want))
    await page.close()
    return {
      n, queryMs, chartsMs, openAtMs, openToChartsMs: chartsMs - openAtMs, updateMs: update.drawnMs,
      update: { noticeMs: update.noticeMs, readMs: update.readMs, builtMs: update.builtMs, patchedMs: update.patchedMs },
    }
  }

  async list(n: number): Promise<ListFigures> {
    const reads = await this.call<ListFigures['reads']>('listReads')
    const lineageOld = await this.call<ListFigures['lineageOld']>('lineageAllRows')
    const page = await this.bench.context().newPage()
    await page.goto(`${this.base}/list`)
    await page.getByTestId('commitment-row').first().waitFor({ timeout: 120_000 })
    const firstRowsMs = await page.evaluate(() => performance.now())
    // let the first screen settle (the rest of the app boots) before watching the scroll
    await page.waitForTimeout(1500)
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: number[] }
      w.__tasks = []
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' })
    })
    const seenIds = new Set<string>()
    await page.mouse.move(600, 500)
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 2400)
      await page.waitForTimeout(80)
      if (i % 8 === 0) for (const id of await page.getByTestId('commitment-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))) seenIds.add(id)
    }
    await page.waitForTimeout(300)
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks)
    // the whole table sorted by value in the page (read and sorted in a worker; the rows show "排序中…")
    await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks = []))
    const sortFrom = await page.evaluate(() => performance.now())
    await page.getByTestId('sort-key').selectOption('value')
    await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.getAttribute('data-pending') === 'false' && !!document.querySelector('[data-testid=commitment-row]'), null, { timeout: 120_000 })
    const sortMs = (await page.evaluate(() => performance.now())) - sortFrom
    await page.waitForTimeout(300)
    const sortTasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks)
    await page.close()
    return {
      n, reads, lineageOld, firstRowsMs,
      scrollLongest: tasks.length ? Math.max(...tasks) : 0, scrollLongTasks: tasks.length, scrolledRows: seenIds.size,
      sortUi: { ms: sortMs, longest: sortTasks.length ? Math.max(...sortTasks) : 0, longTasks: sortTasks.length },
    }
  }

  /** Dashboard filter changes in the real UI (see dashboardFilter.ts). */
  async dashboardFilter(n: number): Promise<DashboardFilterFigures> {
    const page = await this.bench.context().newPage()
    try {
      return await measureDashboardFilter(page, this.base, n)
    } finally {
      await page.close()
    }
  }

  /** The search page opened with its index stored, to the first results (see searchPage.ts). */
  async searchPage(n: number): Promise<SearchPageFigures> {
    const page = await this.bench.context().newPage()
    try {
      return await measureSearchPage(page, this.base, n)
    } finally {
      await page.close()
    }
  }

  async close(): Promise<void> {
    await this.browser.close()
  }
}
