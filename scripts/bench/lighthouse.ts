// Lighthouse 12.2.3 (devDependency) on the dashboard in a fresh Chromium profile, so the database
// holds only the app's seed data (a first visit: the seed loads in its worker): the performance
// category's score and its main metrics. Two presets: desktop (the users: people offline on a
// laptop; the goal row) and Lighthouse's default mobile (slow 4G, 4× CPU slowdown; reported too).
// Scores on a shared machine move from run to run, so each preset runs `runs` times and the run
// with the median score is reported, with the spread.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from './run'

export type LighthousePreset = 'desktop' | 'mobile'

export interface LighthouseFigures {
  preset: LighthousePreset
  score: number
  /** every run's score, in run order */
  scores: number[]
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  siMs: number
}

async function once(url: string, preset: LighthousePreset, i: number): Promise<Omit<LighthouseFigures, 'scores'> | { error: string }> {
  const out = join(tmpdir(), `bench-lighthouse-${process.pid}-${preset}-${i}.json`)
  const r = await run(
    'npx',
    ['lighthouse', url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { timeoutMs: 180_000, env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
  )
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'))
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN
    return {
      preset,
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      siMs: audit('speed-index'),
    }
  } catch {
    return { error: `lighthouse gave no report (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-2).join(' ')}` }
  } finally {
    rmSync(out, { force: true })
  }
}

export async function lighthouse(url: string, preset: LighthousePreset = 'mobile', runs = 1): Promise<LighthouseFigures | { error: string }> {
  const done: Omit<LighthouseFigures, 'scores'>[] = []
  let lastError = ''
  for (let i = 0; i < runs; i++) {
    const r = await once(url, preset, i)
    if ('error' in r) lastError = r.error
    else done.push(r)
  }
  if (!done.length) return { error: lastError }
  const scores = done.map((d) => d.score)
  const median = [...done].sort((a, b) => a.score - b.score)[Math.floor((done.length - 1) / 2)]
  return { ...median, scores }
}
