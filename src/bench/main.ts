// The benchmark page (bench.html), driven by scripts/bench.ts through Playwright. It exposes a few
// steps on window.__bench; each returns plain numbers. Not part of the app's bundle entry.
import Dexie from 'dexie'
import { DB_NAME, PledgeDB, dashboardStats, editCommitment, importPackInWorker, importPack, listCommitmentIds, getCommitmentsByIds } from '../db'
import { generatePack } from '../core/synth/generate'

const TODAY = '2026-11-27'

/** Long tasks (> 50 ms) on this page's main thread while `work` runs. */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longest: number; count: number }> {
  const tasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  const t0 = performance.now()
  const result = await work()
  const ms = performance.now() - t0
  // entries are delivered asynchronously: give the observer a frame to report the last ones
  await new Promise((r) => setTimeout(r, 100))
  for (const e of observer.takeRecords()) tasks.push(e.duration)
  observer.disconnect()
  return { result, ms, longest: tasks.length ? Math.max(...tasks) : 0, count: tasks.length }
}

function runWorker<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e) => resolve(e.data as T)
    worker.onerror = (e) => reject(new Error(e.message))
    worker.postMessage(message)
  }).finally(() => worker.terminate())
}

let packText = ''

const bench = {
  async generate(commitments: number): Promise<number> {
    const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' })
    packText = await runWorker<string>(worker, { commitments, seed: 7, today: TODAY })
    return packText.length
  },

  async deleteDb(name: string = DB_NAME): Promise<void> {
    await Dexie.delete(name)
  },

  /** The app's import path for a file: text to the import worker; long tasks watched here. */
  async ingestApp(dbName: string = DB_NAME) {
    const r = await withLongTasks(() => importPackInWorker(packText, { today: TODAY }, dbName))
    if (!r.result.ok) throw new Error(r.result.error.message)
    return { ms: r.ms, parse: r.result.ms?.parse ?? 0, import: r.result.ms?.import ?? 0, longest: r.longest, longTasks: r.count }
  },

  /** The same import on the main thread (chunked bulkPut): how long its longest task is. */
  async ingestMainThread(commitments: number, dbName: string) {
    const pack = generatePack({ commitments, seed: 9, today: TODAY })
    const db = new PledgeDB(dbName)
    const r = await withLongTasks(() => importPack(pack, { today: TODAY }, db))
    db.close()
    return { ms: r.ms, longest: r.longest, longTasks: r.count }
  },

  async ingestBare(dbName: string) {
    const worker = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module' })
    const t0 = performance.now()
    const r = await runWorker<{ parse: number; write: number; total: number }>(worker, { text: packText, dbName })
    return { ...r, ms: performance.now() - t0 }
  },

  /** The dashboard's query alone: open the database, read the counts, aggregate (median of runs). */
  async dashboardQuery(runs = 5) {
    const times: number[] = []
    let total = 0
    for (let i = 0; i < runs; i++) {
      const db = new PledgeDB()
      const t0 = performance.now()
      await db.open()
      total = (await dashboardStats(TODAY, db)).total
      times.push(performance.now() - t0)
      db.close()
    }
    return { median: times.sort((a, b) => a - b)[Math.floor(runs / 2)], total }
  },

  /** The list's first screen: ids in order from the index, then one page of rows. */
  async listFirstPage(pageSize = 50) {
    const db = new PledgeDB()
    const t0 = performance.now()
    const ids = await listCommitmentIds({}, undefined, db)
    const t1 = performance.now()
    const rows = await getCommitmentsByIds(ids.slice(0, pageSize), db)
    const t2 = performance.now()
    db.close()
    return { ids: ids.length, idsMs: t1 - t0, pageMs: t2 - t1, rows: rows.length }
  },

  /** A person corrects one commitment's district; returns the commit time (timeOrigin-based). */
  async editOne(district: string) {
    const db = new PledgeDB()
    const ids = await db.commitments.limit(1).primaryKeys()
    const r = await editCommitment(ids[0] as string, { district }, new Date().toISOString(), { today: TODAY }, db)
    const at = performance.timeOrigin + performance.now()
    db.close()
    if (!r.ok) throw new Error(r.error.message)
    return at
  },
}

;(window as unknown as { __bench: typeof bench }).__bench = bench
document.getElementById('state')!.textContent = 'ready'
