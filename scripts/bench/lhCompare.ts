// Lighthouse desktop on builds back to back (alternating, LH_ROUNDS rounds), to compare changes on a
// noisy machine: LH_DISTS=/tmp/a,/tmp/b LH_PORT=4392 npx tsx scripts/bench/lhCompare.ts
// LH_PRESET=mobile compares Lighthouse's default mobile run instead.
import { lighthouse, type LighthousePreset } from './lighthouse'
import { startPreview } from './run'

const PORT = Number(process.env.LH_PORT ?? 4392)
const dists = (process.env.LH_DISTS ?? 'dist').split(',')
const rounds = Number(process.env.LH_ROUNDS ?? 3)
const preset: LighthousePreset = process.env.LH_PRESET === 'mobile' ? 'mobile' : 'desktop'

async function main() {
  const all = new Map<string, { score: number; tbt: number }[]>(dists.map((d) => [d, []]))
  for (let r = 0; r < rounds; r++)
    for (const d of dists) {
      const server = await startPreview(d, PORT)
      try {
        const lh = await lighthouse(`http://127.0.0.1:${PORT}/`, preset, 1)
        if ('error' in lh) console.log(`${d}: ${lh.error}`)
        else {
          all.get(d)!.push({ score: lh.score, tbt: lh.tbtMs })
          console.log(`round ${r} ${d}: ${lh.score}, TBT ${Math.round(lh.tbtMs)} ms, FCP ${Math.round(lh.fcpMs)}, LCP ${Math.round(lh.lcpMs)}, CLS ${lh.cls.toFixed(3)}; long tasks ${lh.longTasks}; most time ${lh.bootup}`)
        }
      } finally {
        server.kill()
        await new Promise((res) => setTimeout(res, 500))
      }
    }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
  for (const [d, xs] of all) console.log(`${d}: score median ${med(xs.map((x) => x.score))} (${xs.map((x) => x.score).join(', ')}), TBT median ${Math.round(med(xs.map((x) => x.tbt)))} ms`)
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
