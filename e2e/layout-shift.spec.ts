// A first visit must not make the page jump while it fills in: the seed loads, the figures, the due
// panel, the nav badge and five lazy charts arrive one after another, and none of them may push what
// the reader already sees. Measured like Lighthouse's CLS: the summed `layout-shift` entries (buffered
// PerformanceObserver, installed before the app's code runs) without those caused by input.
// The scrollbar is left visible (Playwright hides it by default): its appearance as the page grows
// once moved every centred element sideways at once, 0.79 of a 0.86 score.
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'

interface Shift {
  value: number
  sources: string[]
}
declare global {
  interface Window {
    __shifts?: Shift[]
  }
}

/** Lighthouse's "good" limit, and issue 7's. */
const CLS_LIMIT = 0.1

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
})

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: Shift[] = (window.__shifts = [])
    const name = (n: Node | null): string => {
      if (!(n instanceof Element)) return n ? n.nodeName : '?'
      const id = n.getAttribute('data-testid')
      return `${n.tagName.toLowerCase()}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}${id ? `[${id}]` : ''}`
    }
    type ShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as ShiftEntry[])
        if (!e.hadRecentInput) shifts.push({ value: e.value, sources: e.sources.map((s) => name(s.node)) })
    }).observe({ type: 'layout-shift', buffered: true })
  })
})

/** Everything that arrives late on the dashboard is there: charts drawn, map beside list, due rows and badge. */
async function filledIn(dash: DashboardPage) {
  await dash.ready()
  const { page } = dash
  await expect(page.getByTestId('map-beside')).toBeVisible()
  await expect(page.getByTestId('due-badge')).toBeVisible({ timeout: 20_000 })
  // two frames so the last layout is committed and its shift entry delivered
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

async function shifts(dash: DashboardPage): Promise<{ total: number; detail: string }> {
  const list = await dash.page.evaluate(() => window.__shifts ?? [])
  const total = list.reduce((s, e) => s + e.value, 0)
  return { total, detail: list.map((e) => `${e.value.toFixed(4)} ${e.sources.join(', ')}`).join('\n') }
}

for (const [label, viewport] of [
  ['laptop (Lighthouse desktop size)', { width: 1350, height: 940 }],
  ['narrow window', { width: 420, height: 900 }],
] as const) {
  test(`first visit on a ${label}: the dashboard fills in without moving what is shown`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const dash = new DashboardPage(page)
    await dash.goto()
    await filledIn(dash)
    const { total, detail } = await shifts(dash)
    expect(total, `layout shifts while the dashboard filled in:\n${detail}`).toBeLessThan(CLS_LIMIT)
  })
}
