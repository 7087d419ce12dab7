// Search latency at 10,000 and 100,000 synthetic commitments (goal: every query < 50 ms median at
// 100,000), and the cost of building, snapshotting and loading the index (what a reload pays when
// the index is kept in IndexedDB). Run: npx tsx src/core/search/bench.ts
// Wall-clock medians grow with the machine's load; the CPU-time median (process.cpuUsage, this
// process only, ~1 ms resolution) says what the query itself costs.
import { generatePack } from '../synth/generate'
import { createSearchIndex, loadSearchIndex, searchDocFor } from './searchIndex'

const QUERIES = ['游客', '洛邑古城', '700个', '旅游综合收入', '老城区 游客', '古', '高标准农田']
const RUNS = 20
/** clone + load repeats (the median is printed) */
const LOADS = 5
const sizes = (process.env.SEARCH_BENCH_SIZES ?? '10000,100000').split(',').map(Number)

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

for (const n of sizes) {
  const pack = generatePack({ commitments: n, seed: 7 })
  const titles = new Map(pack.articles.map((a) => [a.id, a.title]))
  const docs = pack.commitments.map((c) => searchDocFor(c, c.articleId ? titles.get(c.articleId) : null))
  let t = performance.now()
  const index = createSearchIndex(docs)
  const build = performance.now() - t
  t = performance.now()
  const snap = index.snapshot()
  const snapMs = performance.now() - t
  // structuredClone is what IndexedDB does on put and on get; the median of LOADS runs of each
  const clones: number[] = []
  const loads: number[] = []
  const firsts: number[] = []
  for (let i = 0; i < LOADS; i++) {
    t = performance.now()
    const cloned = structuredClone(snap)
    clones.push(performance.now() - t)
    t = performance.now()
    const loaded = loadSearchIndex(cloned)
    loads.push(performance.now() - t)
    // the first answer from a loaded index, which pays for anything the load left for later
    t = performance.now()
    loaded.search(QUERIES[0], { limit: 100 })
    firsts.push(performance.now() - t)
  }
  const [cloneMs, loadMs, firstMs] = [clones, loads, firsts].map(median)
  const packed = [snap.ids, snap.strings, snap.terms]
  const bytes = [snap.refs, snap.lens, snap.termOrder, snap.postOff, snap.postDoc, snap.postTf, ...packed.map((p) => p.ends)].reduce((s, a) => s + a.byteLength, 0)
  const chars = packed.reduce((s, p) => s + p.text.length, 0)
  console.log(
    `${n} commitments: build ${build.toFixed(0)} ms, snapshot ${snapMs.toFixed(0)} ms, ` +
      `clone ${cloneMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms, first query ${firstMs.toFixed(1)} ms ` +
      `(medians of ${LOADS}; ${(bytes / 1e6).toFixed(1)} MB arrays + ${(chars / 1e6).toFixed(1)} M chars, ${snap.terms.ends.length} terms)`,
  )
  for (const q of QUERIES) {
    const times: number[] = []
    const cpu: number[] = []
    let hits = 0
    for (let i = 0; i < RUNS; i++) {
      const c = process.cpuUsage()
      t = performance.now()
      hits = index.search(q, { limit: 100 }).length
      times.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpu.push((used.user + used.system) / 1000)
    }
    const all = index.search(q, { limit: Infinity }).length
    console.log(`  ${q.padEnd(8, '　')} median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms, cpu median ${median(cpu).toFixed(1)} ms (${hits} shown of ${all})`)
  }
}
