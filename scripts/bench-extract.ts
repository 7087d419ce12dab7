// npm run bench:extract — characters per second of the extractor on one core, over ≥5 MB of
// real text (the seed and every fixture, repeated), with figures at 1 MB and 10 MB to show that
// time grows linearly with the text. A benchmark that prints figures, not a timed test.
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract } from '../src/core/extract/index'

const dir = fileURLToPath(new URL('../test/fixtures/', import.meta.url))
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''))
const joined = corpus.join('\n\n')

function textOf(size: number): string {
  const parts: string[] = []
  let n = 0
  while (n < size) {
    parts.push(joined)
    n += joined.length + 2
  }
  return parts.join('\n\n').slice(0, size)
}

// Wall time and this process's CPU time: on a shared machine the CPU figure is the steadier one.
function run(size: number, repeat: number): { ms: number; cpuMs: number; rate: number; cpuRate: number; commitments: number } {
  const text = textOf(size)
  let best = Infinity
  let bestCpu = Infinity
  let count = 0
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    count = extract(text, { date: '2024-01-14' }).commitments.length
    const c = process.cpuUsage(c0)
    best = Math.min(best, performance.now() - t0)
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000)
  }
  return { ms: best, cpuMs: bestCpu, rate: text.length / (best / 1000), cpuRate: text.length / (bestCpu / 1000), commitments: count }
}

// warm-up: lazy tables (gazetteer, script map) and the JIT
extract(textOf(200_000), { date: '2024-01-14' })
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 })
console.log(`corpus: ${corpus.length} texts, ${fmt(joined.length)} chars, repeated to size`)
// a loaded machine slows the CPU figure too (shared caches and cores): say how loaded it was
const load = () => loadavg()[0].toFixed(1)
console.log(`load average before: ${load()}`)
for (const [size, repeat] of [
  [1_000_000, 3],
  [5_000_000, 3],
  [10_000_000, 1],
] as const) {
  const r = run(size, repeat)
  console.log(
    `${(size / 1e6).toFixed(0).padStart(3)} M chars: wall ${fmt(r.ms).padStart(6)} ms ${fmt(r.rate).padStart(11)} chars/s · ` +
      `cpu ${fmt(r.cpuMs).padStart(6)} ms ${fmt(r.cpuRate).padStart(11)} chars/s  (${fmt(r.commitments)} commitments)`,
  )
}
console.log(`load average after: ${load()}`)
