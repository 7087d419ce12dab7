// npx tsx scripts/bench-import-review.ts — the import review screen with a long text, in headless
// Chromium: the fixtures' texts joined COPIES times (about 350 review items per copy) are pasted and
// extracted. The preparation (pl:import-start → pl:import-prepared: extraction, packs, evidence
// offers) is timed with its longest main-thread task; from pl:import-prepared the script measures
// the time to the first items on screen, to every item in the page, the longest main-thread task,
// a keystroke in an item far down, scrolling to the end, turning to the next page (if paged) and
// saving (confirm → done). Figures only: nothing fails on timing.
// BENCH_PORT (4394), BENCH_OUT (build folder; BENCH_NO_BUILD=1 reuses it), COPIES (2,4), RUNS (3).
// PROFILE=<dir>: the first run also records Chromium CPU profiles of the preparation, a page turn and
// the save (<dir>/<phase>.cpuprofile, open them in DevTools) and prints self time by function.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { startProfile } from './bench/cpuProfile'
import { run, startPreview } from './bench/run'

const PORT = Number(process.env.BENCH_PORT ?? 4394)
const OUT = process.env.BENCH_OUT ?? `/tmp/pledge-bench-import-${PORT}`
const COPIES = (process.env.COPIES ?? '2,4').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 3)
const PROFILE = process.env.PROFILE ?? ''
const BASE = `http://127.0.0.1:${PORT}`
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

const dir = fileURLToPath(new URL('../test/fixtures/', import.meta.url))
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && f !== 'seed.txt')
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''))

/** The fixtures joined `copies` times: every copy sits at other offsets, so its items get other ids. */
export function longText(copies: number): string {
  return Array.from({ length: copies }, () => fixtures.join('\n\n')).join('\n\n')
}

// Runs before the app: every long task with its start time.
const WATCH = `
(() => {
  window.__tasks = []
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true })
})()
`

interface Figures {
  items: number
  /** pl:import-start → pl:import-prepared, and the longest main-thread task in it */
  prepareMs: number
  prepareLongest: number
  firstMs: number
  allMs: number
  longest: number
  longTasks: number
  keyMs: number
  scrollLongest: number
  scrollLongTasks: number
  /** items in the page after the first render */
  rendered: number
  /** next page: click → drawn, and the longest task meanwhile (NaN without pages) */
  turnMs: number
  turnLongest: number
  /** confirm → the done message, and the longest main-thread task meanwhile */
  saveMs: number
  saveLongest: number
}

/** With profiling on, the shared profiler (scripts/bench/cpuProfile.ts) into PROFILE, its summary on stderr. */
async function profile(page: Page, on: boolean): Promise<(name: string) => Promise<void>> {
  if (!on) return async () => {}
  const stop = await startProfile(page, PROFILE)
  return async (name) => console.error(await stop(name))
}

type Tasks = { start: number; ms: number }[]
const tasksOf = () => (window as unknown as { __tasks: Tasks }).__tasks

async function once(browser: Browser, copies: number, profiled: boolean): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.addInitScript(WATCH)
  await page.goto(`${BASE}/import`)
  await page.getByTestId('import-extract').waitFor({ timeout: 60_000 })
  // the first visit imports the seed in a worker; let it finish before measuring
  await page.waitForTimeout(2000)
  await page.getByTestId('import-text').fill(longText(copies))
  await page.getByTestId('import-date').fill('2024-01-14')
  let stop = await profile(page, profiled)
  await page.getByTestId('import-extract').click()
  await page.waitForFunction(() => performance.getEntriesByName('pl:import-prepared').length > 0, null, { timeout: 300_000, polling: 100 })
  await stop('prepare')
  await page.waitForFunction(() => document.querySelector('[data-testid=review-item]'), null, { timeout: 120_000, polling: 'raf' })
  const firstAt = await page.evaluate(() => performance.now())
  // every item the review shows: all of them (the title says how many), or a page (the pager's range)
  await page.waitForFunction(
    () => {
      const range = /(\d+)–(\d+)/.exec(document.querySelector('[data-testid=review-range]')?.textContent ?? '')
      const n = range ? Number(range[2]) - Number(range[1]) + 1 : Number(/\d+/.exec(document.querySelector('[data-testid=import-review] h2')?.textContent ?? '')?.[0] ?? -1)
      return document.querySelectorAll('[data-testid=review-item]').length >= n
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  )
  const allAt = await page.evaluate(() => performance.now())
  await page.waitForTimeout(500)
  const [start, from] = await page.evaluate(() => ['pl:import-start', 'pl:import-prepared'].map((n) => performance.getEntriesByName(n)[0].startTime))
  const all = await page.evaluate(tasksOf)
  const tasks = all.filter((t) => t.start + t.ms >= from)
  const preparing = all.filter((t) => t.start + t.ms >= start && t.start <= from)
  const items = Number(/\d+/.exec((await page.locator('[data-testid=import-review] h2').textContent()) ?? '')?.[0])
  const rendered = await page.getByTestId('review-item').count()

  // one keystroke in an item far down: input event → two frames later (its form opened first)
  const keyMs = await page.evaluate(async (at) => {
    const item = document.querySelectorAll<HTMLElement>('[data-testid=review-item]')[at]
    item.querySelector<HTMLButtonElement>('[data-testid=review-edit]')?.click()
    await new Promise((r) => requestAnimationFrame(r))
    const input = item.querySelector<HTMLInputElement>('[data-testid=review-metric]')!
    // (no named helpers inside: tsx would wrap them in a __name() the page does not have)
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      input.value += '改'
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(r))
      times.push(performance.now() - t0)
    }
    return times.sort((a, b) => a - b)[2]
  }, Math.floor(rendered * 0.8))

  // scroll the whole review with the wheel
  const before = await page.evaluate(() => performance.now())
  await page.mouse.move(600, 400)
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 3000)
    await page.waitForTimeout(50)
  }
  await page.waitForTimeout(300)
  const scroll = (await page.evaluate(tasksOf)).filter((t) => t.start >= before)
  // turning to the next page, when there are pages: click → its items drawn (+2 frames)
  let turnMs = Number.NaN
  let turnLongest = Number.NaN
  if (await page.getByTestId('review-next').count()) {
    const first = await page.getByTestId('review-item').first().getAttribute('data-id')
    stop = await profile(page, profiled)
    const t0 = await page.evaluate(() => performance.now())
    await page.getByTestId('review-next').click()
    await page.waitForFunction((id) => document.querySelector('[data-testid=review-item]')?.getAttribute('data-id') !== id, first, { polling: 'raf' })
    const t1 = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))))
    await page.waitForTimeout(300)
    await stop('turn')
    turnMs = t1 - t0
    turnLongest = Math.max(0, ...(await page.evaluate(tasksOf)).filter((t) => t.start >= t0).map((t) => t.ms))
  }
  // saving the whole review (every item kept): confirm → the done message
  stop = await profile(page, profiled)
  const s0 = await page.evaluate(() => performance.now())
  await page.getByTestId('import-confirm').click()
  await page.getByTestId('import-done').waitFor({ timeout: 120_000 })
  const s1 = await page.evaluate(() => performance.now())
  await page.waitForTimeout(300)
  await stop('save')
  const saveLongest = Math.max(0, ...(await page.evaluate(tasksOf)).filter((t) => t.start + t.ms >= s0).map((t) => t.ms))
  await context.close()
  return {
    items,
    prepareMs: from - start,
    prepareLongest: Math.max(0, ...preparing.map((t) => t.ms)),
    firstMs: firstAt - from,
    allMs: allAt - from,
    longest: Math.max(0, ...tasks.map((t) => t.ms)),
    longTasks: tasks.length,
    keyMs,
    scrollLongest: Math.max(0, ...scroll.map((t) => t.ms)),
    scrollLongTasks: scroll.length,
    rendered,
    turnMs,
    turnLongest,
    saveMs: s1 - s0,
    saveLongest,
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`

async function main() {
  if (!process.env.BENCH_NO_BUILD) {
    const build = await run('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir'], { timeoutMs: 300_000 })
    if (build.code !== 0) throw new Error(`vite build failed:\n${build.stderr.slice(-2000)}`)
  }
  const server = await startPreview(OUT, PORT)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  try {
    for (const copies of COPIES) {
      const runs: Figures[] = []
      for (let i = 0; i < RUNS; i++) {
        runs.push(await once(browser, copies, PROFILE !== '' && i === 0))
        console.error(`copies ${copies} run ${i + 1}: ${JSON.stringify(runs[runs.length - 1], (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`)
      }
      const m = (k: keyof Figures) => median(runs.map((r) => r[k]))
      console.log(
        `| ${m('items')} items (${m('rendered')} rendered) | prepared in ${ms(m('prepareMs'))} (longest task ${ms(m('prepareLongest'))}) | first items ${ms(m('firstMs'))} | all rendered ${ms(m('allMs'))} | longest task ${ms(m('longest'))} (${m('longTasks')} long tasks) | ` +
          `keystroke → 2 frames ${ms(m('keyMs'))} | scrolling: longest task ${ms(m('scrollLongest'))} (${m('scrollLongTasks')} long tasks) | next page ${ms(m('turnMs'))} (longest task ${ms(m('turnLongest'))}) | save ${ms(m('saveMs'))} (longest task ${ms(m('saveLongest'))}) | medians of ${RUNS} |`,
      )
    }
  } finally {
    await browser.close()
    server.kill()
  }
}

await main()
