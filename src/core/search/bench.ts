// Search latency at 10,000 and 100,000 synthetic commitments (goal: every query < 50 ms median at
// 100,000), and the cost of building, snapshotting and loading the index (what a reload pays when
// the index is kept in IndexedDB). Run: npx tsx src/core/search/bench.ts
// Wall-clock medians grow with the machine's load; the CPU-time median (process.cpuUsage, this
// process only, ~1 ms resolution) says what the query itself costs.
import { generatePack } from '../synth/generate'
import { createSearchIndex, loadSearchIndex, searchDocFor } from './searchIndex'

const QUERIES = ['游客', '洛邑古城', '700个', '旅游综合收入', '老城区 游客', '古', '高标准农田']
const RUNS = 20
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
  // structuredClone is what IndexedDB does on put and on get
  t = performance.now()
  const cloned = structuredClone(snap)
  const cloneMs = performance.now() - t
  t = performance.now()
  loadSearchIndex(cloned)
  const loadMs = performance.now() - t
  const bytes = [snap.refs, snap.lens, snap.postOff, snap.postDoc, snap.postTf].reduce((s, a) => s + a.byteLength, 0)
  const chars = [...snap.ids, ...snap.strings, ...snap.terms].reduce((s, x) => s + x.length, 0)
  console.log(
    `${n} commitments: build ${build.toFixed(0)} ms, snapshot ${snapMs.toFixed(0)} ms, ` +
      `clone ${cloneMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms ` +
      `(${(bytes / 1e6).toFixed(1)} MB arrays + ${(chars / 1e6).toFixed(1)} M chars, ${snap.terms.length} terms)`,
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
