// Chromium's sampling profiler on one page through CDP, for the profiling scripts
// (profileDashboard.ts, bench-import-review.ts): start, then stop → a .cpuprofile saved for DevTools
// and printed as self time by script and by function.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
export interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** The file name of a script URL, without its query. */
export const short = (url: string | undefined) => (url ?? '').replace(/^.*\//, '').replace(/\?.*$/, '') || '(none)'

/** Self time per script and per function, from the samples. */
export function summarise(p: Profile, top = 25): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000))
  const byUrl = new Map<string, number>()
  const byFn = new Map<string, number>()
  let total = 0
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame
    const u = f.url ? short(f.url) : f.functionName || '(native)'
    if (u !== '(idle)') total += ms
    byUrl.set(u, (byUrl.get(u) ?? 0) + ms)
    const fn = `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber}`
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms)
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n')
  return `busy (not idle) ${total.toFixed(0)} ms of ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms\nby script:\n${list(byUrl)}\nby function (self):\n${list(byFn)}`
}

/** Starts the profiler; the returned function stops it, saves <dir>/<name>.cpuprofile and returns the summary. */
export async function startProfile(page: Page, dir: string): Promise<(name: string) => Promise<string>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return async (name) => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
    return `\n=== ${name} ===\n${summarise(profile)}`
  }
}
