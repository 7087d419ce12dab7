// The dashboard's first visit (fresh profile: the seed loads while the page watches) recorded with
// Chrome tracing in Playwright, then the main-thread tasks over 50 ms attributed as lhTrace.ts does.
// Cheaper and steadier than a Lighthouse run for seeing what a change did to the start path:
//   FV_DIST=/tmp/dist FV_PORT=4395 npx tsx scripts/bench/firstVisitTrace.ts
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { analyse } from './lhTrace'
import { startPreview } from './run'

const PORT = Number(process.env.FV_PORT ?? 4395)
const DIST = process.env.FV_DIST ?? 'dist'
const FILE = process.env.FV_TRACE ?? `/tmp/fv-trace-${PORT}/trace.json`

// Lighthouse's own trace categories (plus V8 samples), so the analysis reads both alike
const CATEGORIES = [
  'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'latencyInfo', 'toplevel',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
]

async function main() {
  mkdirSync(FILE.replace(/\/[^/]*$/, ''), { recursive: true })
  const server = await startPreview(DIST, PORT)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } })
    const page = await context.newPage()
    await browser.startTracing(page, { path: FILE, categories: CATEGORIES })
    await page.goto(`http://127.0.0.1:${PORT}/`)
    // the dashboard drawn from the seed: the headline and the map (the last chart to appear)
    await page.getByTestId('headline').waitFor({ timeout: 60_000 })
    await page.locator('[data-testid=chart-map] svg').first().waitFor({ timeout: 60_000 })
    await page.waitForTimeout(2500)
    await browser.stopTracing()
  } finally {
    await browser.close()
    server.kill()
  }
  analyse(FILE)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
