// The benchmark page (bench.html), driven by scripts/bench.ts through Playwright. It exposes a few
// steps on window.__bench; each returns plain numbers. Not part of the app's bundle entry.
import Dexie from 'dexie'
import { DB_NAME, PledgeDB, getDb, dashboardStats, editCommitment, importPackInWorker, importPack, listCommitmentIds, getCommitmentsByIds } from '../db'
import { dueBetween, lineageCandidates, listPage, matchingIds, openBefore, openList } from '../db/listQueries'
import { dueSummary } from '../db/dueQueries'
import { sourceDates } from '../db/reporter'
import { suggestLinks } from '../core/lineage'
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

  /**
   * The list's reads as ListView makes them (src/db/listQueries), each timed on an open database:
   * the first screen (count + one page from the page-order index), a far page, the reference of
   * every id from that index, a whole-table sort by value and a one-district filter (ids over a
   * projection, read in chunks), the due list's two index reads, and one detail page's lineage
   * candidates with its suggestions — beside the old reads of every row where one existed.
   */
  async listReads(pageSize = 50) {
    const db = new PledgeDB()
    await db.open()
    const time = async <T>(work: () => Promise<T>) => {
      const r = await withLongTasks(work)
      return { result: r.result, ms: r.ms, longest: r.longest }
    }
    const sort = { key: 'position', dir: 'asc' } as const
    const first = await time(async () => listPage(await openList({}, sort, db), sort, 0, pageSize, db))
    const plan = await openList({}, sort, db)
    const far = await time(() => listPage(plan, sort, Math.floor(plan.count * 0.8), pageSize, db))
    const ids = await time(() => listCommitmentIds({}, undefined, db))
    const byId = await time(() => getCommitmentsByIds(ids.result.slice(0, pageSize), db))
    const byValue = await time(() => matchingIds({}, { key: 'value', dir: 'desc' }, db))
    const district = ((await db.commitments.orderBy('district').uniqueKeys()) as string[])[0]
    const oneDistrict = await time(() => matchingIds({ district: [district] }, { key: 'deadline', dir: 'asc' }, db))

    const end = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10)
    const open = ['ahead', 'on_pace', 'behind', 'overdue', 'not_yet', 'no_data'] as const
    // the panel's read (src/db/dueQueries): counts from the cells, 5 rows per group. Cold: the
    // stats rows parsed first (the nav badge on a page other than the dashboard); warm: the columns
    // the dashboard already built. Reference: the previous read of every candidate row.
    const dueCold = await time(() => dueSummary(TODAY, {}, 5, getDb()))
    const due = await time(() => dueSummary(TODAY, {}, 5, getDb()))
    const dueOld = await time(async () => [...(await openBefore(TODAY, open, db)), ...(await dueBetween(TODAY, end, open, db))])

    // a target: the first in id order (ids are hashes, so this is an arbitrary one)
    const c = (await db.commitments.where('kind').equals('target').first())!
    const dates = await sourceDates(db)
    const dateOf = (id: string) => dates.get(id) ?? null
    const lineage = await time(async () => suggestLinks([c], await lineageCandidates([c], [c.id], db), { sourceDate: dateOf }))
    db.close()
    return {
      count: plan.count,
      firstPageMs: first.ms,
      farPageMs: far.ms,
      idsMs: ids.ms,
      pageMs: byId.ms,
      sortAll: { ms: byValue.ms, longest: byValue.longest, n: byValue.result.length },
      district: { ms: oneDistrict.ms, longest: oneDistrict.longest, n: oneDistrict.result.length },
      due: {
        ms: due.ms,
        coldMs: dueCold.ms,
        counts: due.result.counts,
        rows: Object.values(due.result.rows).reduce((n, r) => n + r.length, 0),
        oldMs: dueOld.ms,
        oldN: dueOld.result.length,
      },
      lineage: { ms: lineage.ms, longest: lineage.longest, suggestions: lineage.result.length },
    }
  },

  /** The detail page's lineage suggestions the old way: every commitment read and compared (reference). */
  async lineageAllRows() {
    const db = new PledgeDB()
    await db.open()
    const c = (await db.commitments.where('kind').equals('target').first())!
    const dates = await sourceDates(db)
    const r = await withLongTasks(async () => suggestLinks([c], await db.commitments.toArray(), { sourceDate: (id) => dates.get(id) ?? null }))
    db.close()
    return { ms: r.ms, longest: r.longest, suggestions: r.result.length }
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
