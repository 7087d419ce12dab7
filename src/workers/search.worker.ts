// The search index lives here and only here: this worker loads the stored snapshot from IndexedDB
// itself, compares it with the commitments (building it when there is none), saves it, and answers
// queries by message. The page never holds the index (at 100,000 commitments it is tens of MB and
// loading it took seconds of main-thread time); it sends the query text and the list filter and gets
// back at most `limit` hits (ids, scores, highlight ranges).
import type { CommitmentFilter } from '../core/model/filter'
import type { SearchHit } from '../core/search'
import { PledgeDB } from '../db/db'
import { listCommitmentIds } from '../db/queries'
import { SearchIndexStore } from '../db/searchIndexStore'
import { SearchIndexSync } from '../db/searchIndexSync'

export type SearchWorkerRequest =
  /** compare the index with the database again (the page sends it after every write it hears of) */
  | { type: 'sync'; dbName?: string }
  /** a query; `filter` null: every commitment. Answered with `hits` of the same id. */
  | { type: 'query'; id: number; q: string; filter: CommitmentFilter | null; limit: number; dbName?: string }
  /** the page has shown its first results: the comparison (which reads every commitment) may start */
  | { type: 'shown' }

export type SearchWorkerMessage =
  /** what the worker is doing before it can answer: loading the stored index, or building one (no index stored) */
  | { type: 'stage'; stage: 'loading' | 'building' }
  /** the index can answer queries (from the stored snapshot, or built); `ms` says what it cost here */
  | { type: 'ready'; from: 'stored' | 'built'; docs: number; ms: Record<string, number> }
  /** a comparison ended; `changed`: documents added, replaced or removed by it */
  | { type: 'synced'; changed: number; docs: number; saved: boolean; ms: Record<string, number> }
  | { type: 'hits'; id: number; hits: SearchHit[]; ms: number; docs: number }
  | { type: 'error'; message: string; id?: number }

let sync: SearchIndexSync | null = null
let db: PledgeDB | null = null
/** settles once the index can answer: true when that took a comparison (nothing was stored) */
let ready: Promise<boolean> | null = null
let running: Promise<void> | null = null
let again = false

const post = (m: SearchWorkerMessage) => self.postMessage(m)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
// The comparison after a stored load reads every commitment (in chunks, but still seconds of
// IndexedDB work at 100,000), and the page's read of the rows it shows would share IndexedDB with
// it. So it waits until the page says its first results are on screen; or, when the page never says
// so (no query, or it went elsewhere), until a while after the first answer or the start.
let firstShown: () => void = () => {}
const shownOnce = new Promise<void>((resolve) => (firstShown = resolve))
let firstAnswered: () => void = () => {}
const answeredOnce = new Promise<void>((resolve) => (firstAnswered = resolve))
const AFTER_ANSWER_MS = 4000
const NO_QUERY_MS = 3000
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err))

function start(dbName: string | undefined): Promise<boolean> {
  if (ready) return ready
  db = new PledgeDB(dbName)
  const store = new SearchIndexStore(dbName)
  const s = new SearchIndexSync(db, store)
  sync = s
  ready = (async () => {
    const t = performance.now()
    post({ type: 'stage', stage: (await store.has()) ? 'loading' : 'building' })
    if (await s.loadStored()) {
      post({ type: 'ready', from: 'stored', docs: s.current()!.size, ms: { load: performance.now() - t } })
      return false
    }
    // nothing stored: the first comparison builds it
    await compareLoop()
    return true
  })()
  return ready
}

async function compareOnce(): Promise<void> {
  const s = sync!
  const first = !s.current()
  const r = await s.sync()
  if (first) post({ type: 'ready', from: 'built', docs: s.current()!.size, ms: { ...r.ms } })
  const changed = r.built || r.full ? s.current()!.size : r.upserts.length + r.removes.length
  post({ type: 'synced', changed, docs: s.current()!.size, saved: r.saved, ms: { ...r.ms } })
}

/** One comparison at a time; requests meanwhile fold into one more run. */
function compareLoop(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      try {
        await compareOnce()
      } catch (err) {
        post({ type: 'error', message: messageOf(err) })
      }
    } while (again)
    running = null
  })()
  return running
}

async function answer(id: number, q: string, filter: CommitmentFilter | null, limit: number): Promise<void> {
  await ready
  const index = sync?.current()
  if (!index) throw new Error('the search index could not be made')
  const t = performance.now()
  // the filter's ids are read here, in this worker, not on the page
  const allowed = filter ? new Set(await listCommitmentIds(filter, undefined, db!)) : null
  const hits = index.search(q, { ...(allowed ? { filter: (x: string) => allowed.has(x) } : {}), limit })
  post({ type: 'hits', id, hits, ms: performance.now() - t, docs: index.size })
  firstAnswered()
}

self.onmessage = (e: MessageEvent<SearchWorkerRequest>) => {
  const m = e.data
  if (m?.type === 'sync') {
    // the first request loads the stored index, then compares (unless it was just built); later
    // ones compare again
    const first = !ready
    void start(m.dbName).then(async (compared) => {
      if (first && compared) return
      if (first) await Promise.race([shownOnce, Promise.race([answeredOnce, sleep(NO_QUERY_MS)]).then(() => sleep(AFTER_ANSWER_MS))])
      await compareLoop()
    })
  } else if (m?.type === 'shown') {
    firstShown()
  } else if (m?.type === 'query') {
    void start(m.dbName)
    answer(m.id, m.q, m.filter, m.limit).catch((err: unknown) => post({ type: 'error', id: m.id, message: messageOf(err) }))
  }
}
