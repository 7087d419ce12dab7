// The search page's open (searchPage.ts, the bench's searchpage part) measured for two or more
// builds on one seeded browser profile, taking turns round by round, so that each build sees the
// same database and much the same machine load: on a shared machine single runs move by a factor of
// two. Prints each build's runs and medians. Each switch of build finds the other build's stored
// index (a different format, or the same) and measureSearchPage waits until its own is stored.
//
//   AB_BUILDS=before=/tmp/dist-a,after=/tmp/dist-b AB_N=100000 AB_ROUNDS=5 AB_PORT=4396 \
//     AB_PROFILE=/tmp/search-ab npx tsx scripts/bench/searchPageAB.ts
// AB_SKIP_SEED=1 reuses the profile's database (seeding 100,000 takes minutes).
import { chromium } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { measureSearchPage, type SearchPageFigures } from './searchPage'
import { startPreview } from './run'
import { seedThroughBench } from './seedBench'

const N = Number(process.env.AB_N ?? 100_000)
const ROUNDS = Number(process.env.AB_ROUNDS ?? 5)
const PORT = Number(process.env.AB_PORT ?? 4396)
const PROFILE = process.env.AB_PROFILE ?? '/tmp/search-ab'
const BASE = `http://127.0.0.1:${PORT}`
const BUILDS = (process.env.AB_BUILDS ?? '').split(',').filter(Boolean).map((b) => {
  const [name, dir] = b.split('=')
  return { name, dir }
})
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const log = (s: string) => console.error(`[search ab ${new Date().toISOString().slice(11, 19)}] ${s}`)

async function main() {
  if (BUILDS.length < 1) throw new Error('AB_BUILDS: name=dir,name=dir')
  // service workers blocked: one origin serves several builds, and a worker would answer with the
  // build it cached
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    serviceWorkers: 'block',
  })
  let server: ChildProcess | null = null
  const serve = async (dir: string) => {
    server?.kill()
    await new Promise((r) => setTimeout(r, 500))
    server = await startPreview(dir, PORT)
  }
  const runs = new Map<string, SearchPageFigures[]>(BUILDS.map((b) => [b.name, []]))
  try {
    if (!process.env.AB_SKIP_SEED) {
      await serve(BUILDS[BUILDS.length - 1].dir)
      log(`seeding ${N}`)
      await seedThroughBench(context, BASE, N)
    }
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? BUILDS : [...BUILDS].reverse()
      for (const b of order) {
        await serve(b.dir)
        const page = await context.newPage()
        try {
          const f = await measureSearchPage(page, BASE, N)
          runs.get(b.name)!.push(f)
          log(`${b.name} round ${r + 1}: first results ${f.firstResultsMs.toFixed(0)} ms, worker ${JSON.stringify(f.workerMs)}, ready ${f.readyMs?.toFixed(0)}, hits at ${f.hitsAtMs?.toFixed(0)}, longest task ${f.longest.toFixed(0)} (from ${f.from}, ${f.docs} docs)`)
        } finally {
          await page.close()
        }
      }
    }
  } finally {
    ;(server as ChildProcess | null)?.kill()
    await context.close()
  }
  for (const [name, fs] of runs) {
    const pick = (g: (f: SearchPageFigures) => number | null | undefined) => fs.map(g).filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    const line = (label: string, xs: number[]) => `${label} ${median(xs)?.toFixed(0)} ms [${xs.map((x) => x.toFixed(0)).join(' ')}]`
    console.log(
      `${name}: ` +
        [
          line('first results', pick((f) => f.firstResultsMs)),
          line('worker load', pick((f) => f.workerMs?.load)),
          line('asked → ready', pick((f) => f.readyMs)),
          line('answer on page', pick((f) => f.hitsAtMs)),
          line('longest task', pick((f) => f.longest)),
        ].join('; '),
    )
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
