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
  /** where the time went, for the notes: the longest main-thread tasks and the scripts that cost the most */
  longTasks: string
  bootup: string
}

const file = (url: string) => url.split('/').pop() || url

/** "echarts-….js 458 ms, main-….js 320 ms, …": the `n` longest tasks Lighthouse saw, by script. */
function longTasksOf(report: LhReport, n = 4): string {
  const items = report.audits['long-tasks']?.details?.items ?? []
  return [...items].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0)).slice(0, n)
    .map((t) => `${file(String(t.url))} ${Math.round(t.duration ?? 0)} ms`).join(', ')
}

/** The `n` scripts with the most main-thread time (bootup-time audit). */
function bootupOf(report: LhReport, n = 3): string {
  const items = report.audits['bootup-time']?.details?.items ?? []
  return items.slice(0, n).map((t) => `${file(String(t.url))} ${Math.round(t.total ?? 0)} ms`).join(', ')
}

interface LhReport {
  categories: { performance: { score: number | null } }
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string; duration?: number; total?: number }[] } } | undefined>
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
    const report = JSON.parse(readFileSync(out, 'utf8')) as LhReport
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN
    return {
      preset,
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      siMs: audit('speed-index'),
      longTasks: longTasksOf(report),
      bootup: bootupOf(report),
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
