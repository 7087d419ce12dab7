// The dashboard's data change at n commitments, repeated, to see where it goes and to compare
// builds: the bench measures one write (bench.ts); this makes PROFILE_CHANGES writes in another tab
// (bench.html), each moving a commitment from a large district to a new one, and prints every step (dataChange.ts)
// per write and as medians. PROFILE_CPU=1 records Chromium's CPU profile over the writes
// (<out>/change.cpuprofile) and prints self time by script and by function; PROFILE_SHOT=1 saves
// a screenshot of the dashboard after the changes (<out>/change.png).
//
//   PROFILE_N=100000 PROFILE_PORT=4490 PROFILE_OUT=/tmp/prof PROFILE_DIST=/tmp/dist npx tsx scripts/bench/profileDataChange.ts
// PROFILE_USER_DATA picks the browser profile directory (default <out>/user-data-change), so two
// builds with different database versions can each keep a seeded copy; PROFILE_SKIP_SEED=1 reuses it.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { startProfile } from './cpuProfile'
import { measureDataChange, openDistrictTable, WATCH, type ChangeSteps } from './dataChange'
import { startPreview } from './run'
import { openBenchPage, seedThroughBench, type BenchApi } from './seedBench'

const N = Number(process.env.PROFILE_N ?? 100_000)
const PORT = Number(process.env.PROFILE_PORT ?? 4392)
const OUT = process.env.PROFILE_OUT ?? '/tmp/pledge-profile'
const DIST = process.env.PROFILE_DIST ?? `${OUT}/dist`
const USER_DATA = process.env.PROFILE_USER_DATA ?? `${OUT}/user-data-change`
const CHANGES = Number(process.env.PROFILE_CHANGES ?? 7)
const BASE = `http://127.0.0.1:${PORT}`
// a district of the synthetic data (src/core/synth/vocabulary.ts) with thousands of commitments
const HOME = '洛龙区'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  mkdirSync(OUT, { recursive: true })
  const server = await startPreview(DIST, PORT)
  // service workers blocked: a worker registered by another build would serve that build's files
  const context = await chromium.launchPersistentContext(USER_DATA, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, viewport: { width: 1350, height: 940 }, serviceWorkers: 'block' })
  try {
    if (!process.env.PROFILE_SKIP_SEED) await seedThroughBench(context, BASE, N)
    // the writing tab first, then the dashboard's, in front (a hidden tab's frames would not run)
    const bench = await openBenchPage(context, BASE)
    const page = await context.newPage()
    await page.addInitScript(WATCH)
    await page.goto(`${BASE}/`)
    await page.bringToFront()
    await page.waitForFunction(() => (window as unknown as { __watch: { chartsAt: number } }).__watch.chartsAt > 0, null, { timeout: 120_000 })
    await openDistrictTable(page)
    const write = (want: string) => bench.evaluate((w) => (window as unknown as { __bench: BenchApi }).__bench.editOne(w) as Promise<number>, want)
    // the first screen's idle work (due panel, badge) out of the way
    await page.waitForTimeout(2000)
    const stop = process.env.PROFILE_CPU ? await startProfile(page, OUT) : null
    const runs: ChangeSteps[] = []
    const tag = Date.now().toString(36).slice(-4)
    for (let i = 0; i < CHANGES; i++) {
      const s = await measureDataChange(page, `变更区${tag}${i}`, write)
      runs.push(s)
      console.log(`change ${i}: notice ${s.noticeMs.toFixed(0)}, read ${s.readMs.toFixed(0)}, built ${s.builtMs.toFixed(0)}, patched ${s.patchedMs.toFixed(0)}, drawn ${s.drawnMs.toFixed(0)} ms`)
      // the idle work after a change (the due panel's re-read) settles; then the commitment goes
      // back to a large district (not measured), so every measured change is the bench's: from a
      // large district to a new one
      await page.waitForTimeout(1000)
      await write(HOME)
      await page.waitForTimeout(1500)
    }
    if (stop) console.log(await stop('change'))
    // PROFILE_SHOT=1: the dashboard after the changes, to look at (<out>/change.png)
    if (process.env.PROFILE_SHOT) await page.screenshot({ path: `${OUT}/change.png`, fullPage: true })
    const m = (k: keyof ChangeSteps) => median(runs.map((r) => r[k])).toFixed(0)
    console.log(`median of ${CHANGES}: notice ${m('noticeMs')}, read ${m('readMs')}, built ${m('builtMs')}, patched ${m('patchedMs')}, drawn ${m('drawnMs')} ms`)
  } finally {
    await context.close()
    server.kill()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
