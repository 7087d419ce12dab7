// Screenshots of the dashboard in zh-CN and en, at 1366 px and 420 px, from a built app with its seed
// data: the whole first screen, each ECharts card (district, department, category, timeline) and the
// SVG map card with either measure (count, share):
//   SHOT_DIST=/tmp/dist SHOT_PORT=4392 SHOT_OUT=/tmp/shots SHOT_TAG=after npx tsx scripts/bench/shotDashboard.ts
import { chromium } from '@playwright/test'
import { startPreview } from './run'

const PORT = Number(process.env.SHOT_PORT ?? 4392)
const OUT = process.env.SHOT_OUT ?? '/tmp/shots'
const TAG = process.env.SHOT_TAG ?? 'dashboard'
const CHARTS = ['district', 'department', 'category', 'timeline']

async function main() {
  const server = await startPreview(process.env.SHOT_DIST ?? 'dist', PORT)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    for (const width of [1366, 420]) {
      for (const lang of ['zh-CN', 'en']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, locale: lang })
        await page.goto(`http://127.0.0.1:${PORT}/`)
        await page.getByTestId('headline').waitFor({ timeout: 60_000 })
        for (const c of CHARTS) await page.getByTestId(`chart-${c}`).locator('canvas').first().waitFor({ timeout: 60_000 })
        await page.getByTestId('chart-map').locator('svg[data-chart-svg]').first().waitFor({ timeout: 60_000 })
        if (lang === 'en' && !(await page.getByTestId('chart-district').locator('h2').textContent())?.includes('By')) await page.getByTestId('lang-switch').click()
        await page.waitForTimeout(1500)
        await page.screenshot({ path: `${OUT}/${TAG}-${width}-${lang}-page.png` })
        for (const c of CHARTS) {
          const card = page.getByTestId(`chart-${c}`)
          await card.scrollIntoViewIfNeeded()
          await page.waitForTimeout(300)
          await card.screenshot({ path: `${OUT}/${TAG}-${width}-${lang}-${c}.png` })
        }
        const map = page.getByTestId('chart-map')
        await map.scrollIntoViewIfNeeded()
        await page.waitForTimeout(300)
        await map.screenshot({ path: `${OUT}/${TAG}-${width}-${lang}-map.png` })
        await page.getByTestId('map-measure-share').click()
        await page.waitForTimeout(300)
        await map.screenshot({ path: `${OUT}/${TAG}-${width}-${lang}-map-share.png` })
        await page.close()
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
