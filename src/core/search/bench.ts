// Search latency at 10,000 and 100,000 synthetic commitments (issue 5 asks for < 50 ms typical at
// 100,000). Run: npx tsx src/core/search/bench.ts
import { generatePack } from '../synth/generate'
import { createSearchIndex, searchDocFor } from './searchIndex'

const QUERIES = ['游客', '洛邑古城', '700个', '旅游综合收入', '老城区 游客', '古', '高标准农田']
const RUNS = 20

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

for (const n of [10_000, 100_000]) {
  const pack = generatePack({ commitments: n, seed: 7 })
  const titles = new Map(pack.articles.map((a) => [a.id, a.title]))
  const docs = pack.commitments.map((c) => searchDocFor(c, c.articleId ? titles.get(c.articleId) : null))
  let t = performance.now()
  const index = createSearchIndex(docs)
  const build = performance.now() - t
  t = performance.now()
  const json = index.serialize()
  const ser = performance.now() - t
  console.log(`${n} commitments: build ${build.toFixed(0)} ms, serialize ${ser.toFixed(0)} ms (${(json.length / 1e6).toFixed(1)} MB)`)
  for (const q of QUERIES) {
    const times: number[] = []
    let hits = 0
    for (let i = 0; i < RUNS; i++) {
      t = performance.now()
      hits = index.search(q, { limit: 100 }).length
      times.push(performance.now() - t)
    }
    const all = index.search(q, { limit: Infinity }).length
    console.log(`  ${q.padEnd(8, '　')} median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${hits} shown of ${all})`)
  }
}
