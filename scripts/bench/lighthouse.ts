// Lighthouse 12.2.3 (devDependency) on the dashboard in a fresh Chromium profile, so the database
// holds only the app's seed data: the performance category's score and its main metrics.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from './run'

export interface LighthouseFigures {
  score: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
}

export async function lighthouse(url: string): Promise<LighthouseFigures | { error: string }> {
  const out = join(tmpdir(), `bench-lighthouse-${process.pid}.json`)
  const r = await run(
    'npx',
    ['lighthouse', url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { timeoutMs: 180_000, env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
  )
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'))
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN
    return {
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    }
  } catch {
    return { error: `lighthouse gave no report (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-2).join(' ')}` }
  } finally {
    rmSync(out, { force: true })
  }
}
