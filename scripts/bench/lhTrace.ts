// One Lighthouse desktop run on a build with its trace kept, then every main-thread task over 50 ms
// (the ones Total Blocking Time counts) broken down by what ran inside it: script by file, style,
// layout, paint, GC, and, from the V8 CPU samples, the functions with the most self time.
//   LH_DIST=/tmp/dist LH_PORT=4395 npx tsx scripts/bench/lhTrace.ts [mobile]
// Lighthouse's desktop preset simulates its metrics from this observed trace (Lantern), so a task's
// observed length is what TBT uses; its start is shifted by the simulated network.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run, startPreview } from './run'

const PORT = Number(process.env.LH_PORT ?? 4395)
const DIST = process.env.LH_DIST ?? 'dist'
const OUT = process.env.LH_TRACE_DIR ?? `/tmp/lh-trace-${PORT}`
const preset = process.argv[2] === 'mobile' ? 'mobile' : 'desktop'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** thread (CPU) time: on a loaded machine much less than dur */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown>; name?: string; [k: string]: unknown }
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

/** What an event inside a task counts as: script by file, or a rendering / GC stage. */
function kindOf(e: TraceEvent): string | null {
  const data = e.args?.data ?? {}
  const url = String(data.url ?? data.scriptName ?? '').split('/').pop()
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${url || '(module)'}`
    case 'FunctionCall':
      return `call ${url || '?'}`
    case 'v8.compile':
    case 'v8.compileModule':
    case 'V8.CompileCode':
      return `compile ${url || ''}`.trim()
    case 'ParseHTML':
      return 'parse HTML'
    case 'UpdateLayoutTree':
    case 'ParseAuthorStyleSheet':
      return 'style'
    case 'Layout':
      return 'layout'
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'Commit':
    case 'UpdateLayer':
      return 'paint'
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GC_SCAVENGER_SCAVENGE':
    case 'BlinkGC.AtomicPhase':
      return 'gc'
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
    case 'RunMicrotasks':
    case 'FireIdleCallback':
      return e.name
    default:
      return null
  }
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const starts = events.filter((e) => e.name === 'TracingStartedInBrowser')
  const frames = (starts[0]?.args?.data?.frames ?? []) as { processId: number; parent?: string }[]
  const pid = frames.find((f) => !f.parent)?.processId
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid))
  if (!thread) throw new Error('no renderer main thread in the trace')
  return { pid: thread.pid, tid: thread.tid }
}

/** Self time of each kind inside [start, end): nested events are subtracted from their parent. */
function breakdown(inside: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>()
  const stack: { end: number; kind: string | null; self: number }[] = []
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop()!
      const key = done.kind ?? (stack.find((s) => s.kind)?.kind ?? 'other')
      out.set(key, (out.get(key) ?? 0) + done.self / 1000)
    }
  }
  for (const e of inside) {
    close(e.ts)
    const parent = stack[stack.length - 1]
    // CPU time where the trace has it: on a loaded machine a task's wall time is mostly waiting
    const cost = e.tdur ?? e.dur!
    if (parent) parent.self -= cost
    // an unnamed stage inherits its parent's kind (e.g. V8 work under a FunctionCall is that file's)
    stack.push({ end: e.ts + e.dur!, kind: kindOf(e) ?? (parent?.kind ?? null), self: cost })
  }
  close(Infinity)
  return out
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

/** Self time per function from the V8 CPU profile chunks of the main thread, within [start, end). */
function samplesIn(events: TraceEvent[], pid: number, tid: number): (start: number, end: number) => Map<string, number> {
  const nodes = new Map<number, string>()
  const samples: { ts: number; fn: string }[] = []
  let ts = 0
  // the renderer process also runs the workers and the service worker: only the main thread's profile
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid) as (TraceEvent & { id?: string }) | undefined
  if (!profile) return () => new Map()
  ts = Number((profile.args?.data as { startTime?: number })?.startTime ?? 0)
  for (const e of events as (TraceEvent & { id?: string })[]) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
    for (const n of data.cpuProfile?.nodes ?? []) {
      const f = n.callFrame
      nodes.set(n.id, `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber}:${f.columnNumber}`)
    }
    const ids = data.cpuProfile?.samples ?? []
    const deltas = data.timeDeltas ?? []
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0
      samples.push({ ts, fn: String(ids[i]) })
    }
  }
  return (start, end) => {
    const out = new Map<string, number>()
    for (let i = 0; i < samples.length - 1; i++) {
      const s = samples[i]
      if (s.ts < start || s.ts >= end) continue
      const name = nodes.get(Number(s.fn)) ?? s.fn
      out.set(name, (out.get(name) ?? 0) + (samples[i + 1].ts - s.ts) / 1000)
    }
    return out
  }
}

const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')

async function lighthouseRun(base: string) {
  const server = await startPreview(DIST, PORT)
  try {
    const r = await run(
      'npx',
      ['lighthouse', `http://127.0.0.1:${PORT}/`, '--only-categories=performance', '--output=json', `--output-path=${base}.json`, '--quiet', '--save-assets',
        '--additional-trace-categories=disabled-by-default-v8.cpu_profiler',
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { timeoutMs: 180_000, env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    )
    if (r.code !== 0) console.log(r.stderr.split('\n').slice(-5).join('\n'))
  } finally {
    server.kill()
  }
}

/** Prints the main thread's tasks over 50 ms of a Chrome trace (Lighthouse's, or Playwright's with the same categories). */
export function analyse(file: string) {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  const trace = { traceEvents: Array.isArray(raw) ? raw : raw.traceEvents }
  const events = [...trace.traceEvents].sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0))
  const { pid, tid } = mainThread(events)
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === pid && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'))?.ts ?? events[0].ts
  const mark = (name: string) => events.find((e) => e.name === name && e.pid === pid && e.ts >= nav)?.ts
  const fcp = mark('firstContentfulPaint')
  const lcp = [...events].reverse().find((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === pid)?.ts
  const ms = (ts: number | undefined) => (ts === undefined ? '?' : `${Math.round((ts - nav) / 1000)}`)
  console.log(`observed: FCP at ${ms(fcp)} ms, last LCP candidate at ${ms(lcp)} ms`)
  const userMarks = events.filter((e) => e.pid === pid && e.cat.includes('blink.user_timing') && e.name.startsWith('pl:'))
  if (userMarks.length) console.log(`marks: ${userMarks.map((e) => `${e.name} ${ms(e.ts)}`).join(', ')}`)

  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
  const tasks = onMain.filter((e) => TASK_NAMES.has(e.name))
  const samples = samplesIn(events, pid, tid)
  let blocking = 0
  let lastEnd = 0
  for (const task of tasks) {
    // RunTask and ThreadControllerImpl::RunTask nest: count the outer one only
    if (task.ts < lastEnd) continue
    lastEnd = task.ts + task.dur!
    const durMs = task.dur! / 1000
    // TRACE_MIN_CPU=20: on a loaded machine, leave out tasks that were long only by waiting
    if (durMs < 50 || (task.tdur ?? task.dur!) / 1000 < Number(process.env.TRACE_MIN_CPU ?? 0)) continue
    if (fcp !== undefined && task.ts + task.dur! > fcp) blocking += durMs - 50
    const end = task.ts + task.dur!
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && !TASK_NAMES.has(e.name))
    const first = inside.find((e) => e.args?.data?.url || e.args?.data?.scriptName)
    const entry = first ? `${first.name} ${String(first.args?.data?.url ?? first.args?.data?.scriptName).split('/').pop()}` : 'no script'
    console.log(`task at ${ms(task.ts)} ms: ${durMs.toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)}), starts with ${entry}\n  by kind (CPU): ${top(breakdown(inside), 8)}\n  by function (self, sampled wall): ${top(samples(task.ts, end), 10)}`)
  }
  console.log(`observed blocking time after FCP (tasks over 50 ms): ${blocking.toFixed(0)} ms; trace in ${file}`)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const base = join(OUT, 'lh')
  // LH_REUSE=1: analyse the trace of the last run again
  if (!process.env.LH_REUSE) await lighthouseRun(base)
  const report = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue?: number }> }
  const a = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN)
  console.log(`${preset} score ${Math.round(report.categories.performance.score * 100)}: FCP ${a('first-contentful-paint')}, LCP ${a('largest-contentful-paint')}, TBT ${a('total-blocking-time')}, SI ${a('speed-index')}, CLS ${report.audits['cumulative-layout-shift']?.numericValue?.toFixed(3)}`)

  analyse(`${base}-0.trace.json`)
}

// imported by firstVisitTrace.ts for its analysis only
if (process.argv[1]?.endsWith('lhTrace.ts')) main().catch((e) => {
  console.error(e)
  process.exit(1)
})
