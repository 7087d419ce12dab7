// Screenshots of the dashboard in zh-CN and en, at 1366×900 and 420×900, from a built app: the whole
// first screen (what a laptop shows without scrolling), each ECharts card (district, department,
// category, timeline), the due panel (closed and open) and the SVG map card with either measure (count, share):
//   SHOT_DIST=/tmp/dist SHOT_PORT=4392 SHOT_OUT=/tmp/shots SHOT_TAG=after npx tsx scripts/bench/shotDashboard.ts
// With the app's seed data by default; SHOT_N=10000 first fills the database with that many
// synthetic commitments through the bench page's import (bench.html, as the bench seeds), so the
// layout is seen with every due group full.
import { chromium } from '@playwright/test'
import { startPreview } from './run'
import { seedThroughBench } from './seedBench'

const PORT = Number(process.env.SHOT_PORT ?? 4392)
const OUT = process.env.SHOT_OUT ?? '/tmp/shots'
const TAG = process.env.SHOT_TAG ?? 'dashboard'
const N = Number(process.env.SHOT_N ?? 0)
const CHARTS = ['district', 'department', 'category', 'timeline']

async function main() {
  const server = await startPreview(process.env.SHOT_DIST ?? 'dist', PORT)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  // one context for every shot when seeded (the database is the context's); else a fresh one per shot
  const shared = N ? await browser.newContext() : null
  if (shared) await seedThroughBench(shared, `http://127.0.0.1:${PORT}`, N)
  try {
    for (const width of [1366, 420]) {
      for (const lang of ['zh-CN', 'en']) {
        const context = shared ?? (await browser.newContext({ locale: lang }))
        const page = await context.newPage()
        await page.setViewportSize({ width, height: 900 })
        await page.addInitScript((l) => localStorage.setItem('pledge-ledger.locale', l), lang)
        await page.goto(`http://127.0.0.1:${PORT}/`)
        await page.getByTestId('headline').waitFor({ timeout: 120_000 })
        for (const c of CHARTS) await page.getByTestId(`chart-${c}`).locator('canvas, svg[data-chart-svg]').first().waitFor({ timeout: 60_000 })
        await page.getByTestId('chart-map').locator('svg[data-chart-svg]').first().waitFor({ timeout: 60_000 })
        await page.locator('[data-testid=due-panel][data-loaded=true]').waitFor({ timeout: 60_000 })
        await page.waitForTimeout(1500)
        const prefix = `${OUT}/${TAG}${N ? `-n${N}` : ''}-${width}-${lang}`
        await page.screenshot({ path: `${prefix}-page.png` })
        await page.screenshot({ path: `${prefix}-full.png`, fullPage: true })
        for (const c of [...CHARTS.map((c) => `chart-${c}`), 'due-panel']) {
          const card = page.getByTestId(c)
          await card.scrollIntoViewIfNeeded()
          await page.waitForTimeout(300)
          await card.screenshot({ path: `${prefix}-${c.replace(/^chart-/, '')}.png` })
        }
        // the due panel with its nearest rows open (closed on arrival)
        const toggle = page.getByTestId('due-toggle')
        if (await toggle.isEnabled()) {
          await toggle.click()
          await page.getByTestId('due-rows').waitFor()
          await page.waitForTimeout(300)
          await page.getByTestId('due-panel').screenshot({ path: `${prefix}-due-panel-open.png` })
          await toggle.click()
        }
        const map = page.getByTestId('chart-map')
        await map.scrollIntoViewIfNeeded()
        await page.waitForTimeout(300)
        await map.screenshot({ path: `${prefix}-map.png` })
        await page.getByTestId('map-measure-share').click()
        await page.waitForTimeout(300)
        await map.screenshot({ path: `${prefix}-map-share.png` })
        await page.close()
        if (!shared) await context.close()
      }
    }
  } finally {
    await browser.close()
    server.kill()
  }
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
