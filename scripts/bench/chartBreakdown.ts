// Where one dashboard filter change goes, per chart: the bench's filter steps (dashboardFilter.ts)
// in a database seeded by profileDashboard.ts, traced, with every ECharts instance's setOption
// (option merge, layout, building the shapes, and, in ECharts 6, painting them) and its painter's
// refresh between user-timing marks. Marks carry the main thread's CPU clock, so the figures are
// CPU time: other processes on a loaded machine stretch wall time but not these. Builds are
// compared back to back, alternating, in one browser profile.
//
//   BREAK_DISTS=/tmp/dist-a,/tmp/dist-b BREAK_ROUNDS=3 PROFILE_PORT=4493 PROFILE_OUT=/tmp/prof-h13 \
//     npx tsx scripts/bench/chartBreakdown.ts
// Needs the profile directory seeded first (profileDashboard.ts with PROFILE_N).
import { chromium, type Page } from '@playwright/test'
import { measureDashboardFilter } from './dashboardFilter'
import { startPreview } from './run'

const PORT = Number(process.env.PROFILE_PORT ?? 4392)
const OUT = process.env.PROFILE_OUT ?? '/tmp/pledge-profile'
const N = Number(process.env.PROFILE_N ?? 100_000)
const BASE = `http://127.0.0.1:${PORT}`
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
// the ECharts charts only: the by-owner bars and the map are SVG patched by Vue (in the trace's script time)
const CHARTS = ['category', 'timeline']

interface TraceEvent {
  name: string
  ph: string
  ts: number
  tts?: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
}

// A string, not a function: tsx's compiled functions call a helper (__name) the page does not have.
// Each call is bracketed by marks named pl:c|<chart>|<kind>|<merge mode>|s and …|e; a click or a
// select's change marks pl:step.
const INSTRUMENT = (charts: string[]) => `(() => {
  const w = window
  const modeOf = (o) => (o && o.notMerge ? 'reset' : o && o.replaceMerge && o.replaceMerge.length ? 'replace' : 'merge')
  const timed = (chart, kind, f, self) => function (...a) {
    const name = 'pl:c|' + chart + '|' + kind + '|' + (kind === 'setOption' ? modeOf(a[1]) : '')
    performance.mark(name + '|s')
    try {
      return f.apply(self, a)
    } finally {
      performance.mark(name + '|e')
    }
  }
  for (const c of ${JSON.stringify(charts)}) {
    const el = document.querySelector('[data-testid=chart-' + c + '] [_echarts_instance_]')
    const inst = el && w.__pledgeEcharts.getInstanceByDom(el)
    if (!inst) throw new Error('no chart ' + c)
    inst.setOption = timed(c, 'setOption', inst.setOption, inst)
    const painter = inst.getZr().painter
    painter.refresh = timed(c, 'paint', painter.refresh, painter)
  }
  for (const type of ['click', 'change']) document.addEventListener(type, () => performance.mark('pl:step'), true)
})()`

async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,toplevel', transferMode: 'ReportEvents' })
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
    await cdp.send('Tracing.end')
    await done
    return events
  }
}

const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0)

interface Change {
  wallMs: number
  cpuMs: number
  /** every chart's setOption and paint, without a paint that ran inside a setOption counted twice */
  chartsMs: number
  parts: Map<string, number>
  modes: string[]
}

/** Per step: its main-thread CPU (tasks from the input to the bench's end of the step) and each chart's part. */
function changesOf(ev: TraceEvent[], wallMs: number[]): Change[] {
  const marks = ev.filter((e) => e.name.startsWith('pl:') && e.tts !== undefined).sort((a, b) => a.ts - b.ts)
  const steps = marks.filter((e) => e.name === 'pl:step')
  const main = steps[0] ? { pid: steps[0].pid, tid: steps[0].tid } : null
  const tasks = ev.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X')
  return steps.map((step, i) => {
    const end = step.ts + wallMs[i] * 1000
    const cpuMs = tasks.filter((t) => t.ts + (t.dur ?? 0) >= step.ts && t.ts <= end).reduce((n, t) => n + (t.tdur ?? 0), 0) / 1000
    const parts = new Map<string, number>()
    const modes: string[] = []
    const open = new Map<string, TraceEvent>()
    let chartsMs = 0
    for (const m of marks) {
      if (m.ts < step.ts || m.ts > end || !m.name.startsWith('pl:c|')) continue
      const [, chart, kind, mode, edge] = m.name.split('|')
      const key = `${chart}.${kind}`
      if (edge === 's') open.set(key, m)
      else if (open.has(key)) {
        const ms = (m.tts! - open.get(key)!.tts!) / 1000
        parts.set(key, (parts.get(key) ?? 0) + ms)
        // ECharts 6 paints inside setOption (it flushes at its end): count such a paint once
        if (kind === 'setOption' || ![...open.keys()].some((k) => k.endsWith('.setOption'))) chartsMs += ms
        if (mode) modes.push(`${chart} ${mode}`)
        open.delete(key)
      }
    }
    return { wallMs: wallMs[i], cpuMs, chartsMs, parts, modes }
  })
}

async function main() {
  const dists = (process.env.BREAK_DISTS ?? `${OUT}/dist`).split(',')
  const rounds = Number(process.env.BREAK_ROUNDS ?? 3)
  const context = await chromium.launchPersistentContext(`${OUT}/user-data-compare`, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1350, height: 940 },
    serviceWorkers: 'block',
  })
  const res = new Map(dists.map((d) => [d, [] as Change[]]))
  try {
    for (let round = 0; round < rounds; round++) {
      for (const dist of dists) {
        const server = await startPreview(dist, PORT)
        try {
          const page = await context.newPage()
          let stop: (() => Promise<TraceEvent[]>) | null = null
          const f = await measureDashboardFilter(page, BASE, N, async () => {
            await page.evaluate(INSTRUMENT(CHARTS))
            stop = await startTrace(page)
          })
          const changes = changesOf(await stop!(), f.steps.map((s) => s.ms))
          await page.close()
          res.get(dist)!.push(...changes)
          console.log(
            `round ${round} ${dist}:\n` +
              changes
                .map((c, i) => `  ${f.steps[i].step}${f.steps[i].chartAgrees ? '' : ' (CHART DISAGREES)'}: wall ${c.wallMs.toFixed(0)}, CPU ${c.cpuMs.toFixed(0)}, charts ${c.chartsMs.toFixed(1)} — ${[...c.parts].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} [${c.modes.join('; ')}]`)
                .join('\n'),
          )
        } finally {
          server.kill()
          await new Promise((r) => setTimeout(r, 500))
        }
      }
    }
  } finally {
    await context.close()
  }
  for (const [d, cs] of res) {
    const keys = [...new Set(cs.flatMap((c) => [...c.parts.keys()]))].sort()
    console.log(
      `${d} (${cs.length} changes): wall median ${med(cs.map((c) => c.wallMs)).toFixed(0)} ms, main-thread CPU median ${med(cs.map((c) => c.cpuMs)).toFixed(0)} ms, of which charts (setOption + paint) median ${med(cs.map((c) => c.chartsMs)).toFixed(1)} ms\n` +
        keys.map((k) => `  ${k} CPU median ${med(cs.map((c) => c.parts.get(k) ?? 0)).toFixed(1)} ms (0 where not redrawn)`).join('\n'),
    )
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
