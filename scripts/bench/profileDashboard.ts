// A CPU profile of the dashboard at n commitments, to see where its open and its filter changes go
// (the bench prints figures; this says why). Seeds the database the bench's way (bench.html), then
// records with Chromium's profiler through CDP:
//   open   — a reload with the database seeded, to the headline and all five charts drawn;
//   filter — the bench's filter steps (dashboardFilter.ts) in the page.
// Writes <out>/open.cpuprofile and <out>/filter.cpuprofile (load them in DevTools) and prints
// self time by script and by function, and the open's own marks.
//
//   PROFILE_N=100000 PROFILE_PORT=4392 PROFILE_OUT=/tmp/prof npx tsx scripts/bench/profileDashboard.ts
// PROFILE_SKIP_BUILD=1 reuses the last build in <out>/dist; PROFILE_SKIP_SEED=1 the seeded profile dir.
import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium, type Page } from '@playwright/test'
import { measureDashboardFilter } from './dashboardFilter'
import { short, startProfile, type ProfileNode } from './cpuProfile'
import { run, startPreview } from './run'
import { seedThroughBench } from './seedBench'

const N = Number(process.env.PROFILE_N ?? 100_000)
const PORT = Number(process.env.PROFILE_PORT ?? 4392)
const OUT = process.env.PROFILE_OUT ?? '/tmp/pledge-profile'
const BASE = `http://127.0.0.1:${PORT}`
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

/** The shared profiler, printing its summary (the .cpuprofile goes to OUT). */
async function startProfileHere(page: Page): Promise<(name: string) => Promise<void>> {
  const stop = await startProfile(page, OUT)
  return async (name) => console.log(await stop(name))
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: { url?: string; functionName?: string } }
}

const LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'HitTest'])
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage', 'RasterTask'])
const kindOf = (e: TraceEvent) =>
  LAYOUT.has(e.name) ? 'style+layout' : PAINT.has(e.name) ? 'paint' : /GC|gc/.test(e.name) ? 'gc' : /compile|Compile|Parse|parse/.test(e.name) ? 'parse+compile' : e.name === 'RunTask' ? 'other' : 'script'

/** Main-thread time between two user-timing marks, by kind and by event name (self time), and the long tasks. */
function summariseTrace(events: TraceEvent[], from: string, to: string): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === from))
  if (!main) return '(no renderer main thread with the marks)'
  const mark = (n: string) => events.find((e) => e.pid === main.pid && e.name === n)?.ts ?? NaN
  const t0 = mark(from)
  const t1 = mark(to)
  const xs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur! >= t0 && e.ts <= t1).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const self = new Map<TraceEvent, number>()
  const stack: TraceEvent[] = []
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop()
    self.set(e, e.dur!)
    const parent = stack[stack.length - 1]
    if (parent) self.set(parent, self.get(parent)! - e.dur!)
    stack.push(e)
  }
  const byKind = new Map<string, number>()
  const byName = new Map<string, number>()
  for (const [e, us] of self) {
    const clipped = Math.max(0, Math.min(e.ts + e.dur!, t1) - Math.max(e.ts, t0)) === 0 ? 0 : us
    const url = e.args?.data?.url ? ` ${short(e.args.data.url)}` : ''
    byKind.set(kindOf(e), (byKind.get(kindOf(e)) ?? 0) + clipped / 1000)
    byName.set(e.name + url, (byName.get(e.name + url) ?? 0) + clipped / 1000)
  }
  const list = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  const cpu = xs.filter((e) => e.name === 'RunTask').reduce((n, e) => n + ((e as unknown as { tdur?: number }).tdur ?? 0), 0) / 1000
  const tasks = xs.filter((e) => e.name === 'RunTask' && e.dur! > 30_000)
  const taskLines = tasks.map((t) => {
    const inside = xs.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!)
    const kinds = new Map<string, number>()
    for (const e of inside) kinds.set(kindOf(e) + (e.args?.data?.url ? ` ${short(e.args.data.url)}` : ''), (kinds.get(kindOf(e) + (e.args?.data?.url ? ` ${short(e.args.data.url)}` : '')) ?? 0) + self.get(e)! / 1000)
    const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')
    return `  at +${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms  ${(t.dur! / 1000).toFixed(0).padStart(4)} ms (CPU ${(((t as unknown as { tdur?: number }).tdur ?? 0) / 1000).toFixed(0)})  ${top}`
  })
  return `${from} → ${to}: ${((t1 - t0) / 1000).toFixed(0)} ms wall, main-thread tasks' CPU time ${cpu.toFixed(0)} ms\nby kind (self):\n${list(byKind, 10)}\nby event (self):\n${list(byName, 25)}\ntasks over 30 ms:\n${taskLines.join('\n')}`
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
  timeDeltas?: number[]
}

/** JS self time by script and by function between two marks, from the sampling profiler inside the trace. */
function sampledJs(events: TraceEvent[], from: string, to: string): string {
  const t0 = events.find((e) => e.name === from)?.ts ?? NaN
  const t1 = events.find((e) => e.name === to)?.ts ?? NaN
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === from))
  const head = events.find((e) => e.name === 'Profile' && e.pid === mainThread?.pid && e.tid === mainThread?.tid)
  if (!head) return '(no samples)'
  const id = (head as unknown as { id: string }).id
  const nodes = new Map<number, ProfileNode>()
  let t = (head.args as { data: { startTime: number } }).data.startTime
  const byUrl = new Map<string, number>()
  const byFn = new Map<string, number>()
  let last = t
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || (e as unknown as { id: string }).id !== id) continue
    const d = (e.args as { data: ChunkData }).data
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n)
    const samples = d.cpuProfile?.samples ?? []
    samples.forEach((sid, i) => {
      t += d.timeDeltas?.[i] ?? 0
      const dt = t - last
      last = t
      if (t < t0 || t > t1) return
      const f = nodes.get(sid)?.callFrame
      if (!f || f.functionName === '(idle)') return
      const u = f.url ? short(f.url) : f.functionName || '(native)'
      byUrl.set(u, (byUrl.get(u) ?? 0) + dt / 1000)
      const fn = `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber}`
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt / 1000)
    })
  }
  const list = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  return `samples ${from} → ${to}, by script:\n${list(byUrl, 15)}\nby function (self):\n${list(byFn, 30)}`
}

async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,toplevel,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  })
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
    await cdp.send('Tracing.end')
    await done
    return events
  }
}

const CHARTS_DRAWN = `(() => {
  const charts = ['district', 'department', 'category', 'timeline', 'map']
  window.__drawn = 0
  const check = () => {
    if (!window.__drawn && document.querySelector('[data-testid=headline]') &&
        charts.every((c) => document.querySelector('[data-testid=chart-' + c + '] canvas, [data-testid=chart-' + c + '] svg[data-chart-svg]'))) {
      window.__drawn = -1
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = performance.now(); performance.mark('pl:drawn') }))
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true })
})()`

/**
 * Back-to-back comparison of builds (PROFILE_DISTS=a,b; PROFILE_ROUNDS rounds, alternating), one
 * seeded database, service workers blocked so each build serves its own files: per build the open
 * (db open → all drawn, wall and main-thread CPU from a trace) and the filter steps, as medians.
 */
async function compare(dists: string[], rounds: number) {
  const context = await chromium.launchPersistentContext(`${OUT}/user-data-compare`, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, viewport: { width: 1350, height: 940 }, serviceWorkers: 'block',
  })
  const res = new Map<string, { open: number[]; cpu: number[]; filter: number[]; worst: number[]; fcpu: number[]; marks: Map<string, number[]> }>(
    dists.map((d) => [d, { open: [], cpu: [], filter: [], worst: [], fcpu: [], marks: new Map() }]),
  )
  try {
    for (let round = 0; round < rounds; round++) {
      for (const dist of dists) {
        const server = await startPreview(dist, PORT)
        try {
          if (round === 0 && dist === dists[0] && !process.env.PROFILE_SKIP_SEED) await seedThroughBench(context, BASE, N)
          const page = await context.newPage()
          await page.addInitScript(CHARTS_DRAWN)
          const drawn = () => page.waitForFunction(() => (window as unknown as { __drawn: number }).__drawn > 0, null, { timeout: 120_000 })
          await page.goto(`${BASE}/`)
          await drawn()
          for (let i = 0; i < 2; i++) {
            await page.waitForTimeout(1000)
            const end = await startTrace(page)
            await page.reload()
            await drawn()
            const ev = await end()
            const t = (name: string) => ev.find((e) => e.name === name)?.ts ?? NaN
            const t0 = t('pl:db-open')
            const t1 = t('pl:drawn')
            const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'pl:db-open'))
            const cpu = ev
              .filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= t0 && e.ts <= t1)
              .reduce((n, e) => n + ((e as unknown as { tdur?: number }).tdur ?? 0), 0)
            res.get(dist)!.open.push((t1 - t0) / 1000)
            res.get(dist)!.cpu.push(cpu / 1000)
            // the open's timeline: every pl: mark of this load, from the database's open (first of each name)
            const seen = new Set<string>()
            for (const e of ev.filter((x) => x.pid === main?.pid && x.name.startsWith('pl:')).sort((a, b) => a.ts - b.ts)) {
              if (seen.has(e.name)) continue
              seen.add(e.name)
              const m = res.get(dist)!.marks
              m.set(e.name, [...(m.get(e.name) ?? []), (e.ts - t0) / 1000])
            }
          }
          await page.close()
          if (process.env.PROFILE_SKIP_FILTER) {
            console.log(`round ${round} ${dist}: open ${res.get(dist)!.open.slice(-2).map((x) => x.toFixed(0)).join(', ')} ms (CPU ${res.get(dist)!.cpu.slice(-2).map((x) => x.toFixed(0)).join(', ')})`)
            continue
          }
          const fpage = await context.newPage()
          let endTrace: (() => Promise<TraceEvent[]>) | null = null
          const f = await measureDashboardFilter(fpage, BASE, N, async () => {
            endTrace = await startTrace(fpage)
            await fpage.evaluate(() => performance.mark('pl:steps'))
          })
          const fev = await endTrace!()
          await fpage.close()
          // main-thread CPU of the whole step sequence (7 changes and the pauses between them)
          const fmain = fev.find((e) => e.name === 'pl:steps')
          const fcpu = fev.filter((e) => e.pid === fmain?.pid && e.tid === fmain?.tid && e.name === 'RunTask' && e.ph === 'X').reduce((n, e) => n + ((e as unknown as { tdur?: number }).tdur ?? 0), 0) / 1000
          res.get(dist)!.fcpu.push(fcpu)
          res.get(dist)!.filter.push(f.medianMs)
          res.get(dist)!.worst.push(f.maxMs)
          console.log(`round ${round} ${dist}: open ${res.get(dist)!.open.slice(-2).map((x) => x.toFixed(0)).join(', ')} ms (CPU ${res.get(dist)!.cpu.slice(-2).map((x) => x.toFixed(0)).join(', ')}); filter median ${f.medianMs.toFixed(0)}, worst ${f.maxMs.toFixed(0)}, CPU of the 7 ${fcpu.toFixed(0)} [${f.steps.map((x) => x.ms.toFixed(0) + (x.chartAgrees ? '' : '!')).join(' ')}]`)
        } finally {
          server.kill()
          await new Promise((r) => setTimeout(r, 500))
        }
      }
    }
  } finally {
    await context.close()
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  for (const [d, r] of res) {
    const timeline = [...r.marks].map(([k, xs]) => [k, med(xs), xs.length] as const).sort((a, b) => a[1] - b[1])
    console.log(`${d}: open timeline (median ms from pl:db-open, n): ${timeline.map(([k, v, n]) => `${k} ${v.toFixed(0)}${n === r.open.length ? '' : ` (${n})`}`).join(', ')}`)
  }
  if (process.env.PROFILE_SKIP_FILTER) {
    for (const [d, r] of res) console.log(`${d}: open median ${med(r.open).toFixed(0)} ms (n=${r.open.length}), its main-thread CPU median ${med(r.cpu).toFixed(0)} ms`)
    return
  }
  for (const [d, r] of res)
    console.log(`${d}: open median ${med(r.open).toFixed(0)} ms (n=${r.open.length}), its main-thread CPU median ${med(r.cpu).toFixed(0)} ms; filter median of medians ${med(r.filter).toFixed(0)} ms, worst median ${med(r.worst).toFixed(0)} ms, main-thread CPU of the 7 changes median ${med(r.fcpu).toFixed(0)} ms`)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  if (process.env.PROFILE_DISTS) return compare(process.env.PROFILE_DISTS.split(','), Number(process.env.PROFILE_ROUNDS ?? 3))
  const dist = process.env.PROFILE_DIST ?? `${OUT}/dist`
  if (!process.env.PROFILE_SKIP_BUILD && !process.env.PROFILE_DIST) {
    const b = await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--manifest'], { timeoutMs: 300_000 })
    if (b.code !== 0) throw new Error(b.stderr.slice(-2000))
  }
  const server = await startPreview(dist, PORT)
  // service workers blocked: a worker registered by another build would serve that build's files
  const context = await chromium.launchPersistentContext(`${OUT}/user-data-compare`, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, viewport: { width: 1350, height: 940 }, serviceWorkers: 'block' })
  try {
    if (!process.env.PROFILE_SKIP_SEED) await seedThroughBench(context, BASE, N)
    const page = await context.newPage()
    await page.addInitScript(CHARTS_DRAWN)
    const drawn = () => page.waitForFunction(() => (window as unknown as { __drawn: number }).__drawn > 0, null, { timeout: 120_000 })
    await page.goto(`${BASE}/`)
    await drawn()
    await page.waitForTimeout(1500)
    let stop = await startProfileHere(page)
    await page.reload()
    await drawn()
    const open = await page.evaluate(() => ({
      dbOpen: performance.getEntriesByName('pl:db-open')[0]?.startTime,
      drawn: (window as unknown as { __drawn: number }).__drawn,
      marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
    }))
    await stop('open')
    console.log(`open: db open at ${open.dbOpen?.toFixed(0)} ms, all drawn at ${open.drawn.toFixed(0)} ms → ${(open.drawn - (open.dbOpen ?? 0)).toFixed(0)} ms\nmarks: ${open.marks.join(', ')}`)
    // the same open again, traced (style, layout and paint are not in a CPU profile)
    await page.waitForTimeout(1500)
    const endTrace = await startTrace(page)
    await page.reload()
    await drawn()
    const trace = await endTrace()
    writeFileSync(`${OUT}/open.trace.json`, JSON.stringify({ traceEvents: trace }))
    console.log(`\n=== open, traced ===\n${summariseTrace(trace, 'pl:db-open', 'pl:drawn')}\n${sampledJs(trace, 'pl:db-open', 'pl:drawn')}`)
    if (process.env.PROFILE_SKIP_FILTER) return
    const f = await measureDashboardFilter(page, BASE, N, async () => {
      stop = await startProfileHere(page)
    })
    await stop('filter')
    console.log(`filter: ${f.steps.map((s) => `${s.step} ${s.ms.toFixed(0)} ms${s.chartAgrees ? '' : ' (chart disagrees)'}`).join('; ')} — median ${f.medianMs.toFixed(0)}, worst ${f.maxMs.toFixed(0)}`)
  } finally {
    await context.close()
    server.kill()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
