// Search over the local database. The index lives in a worker (src/workers/search.worker.ts),
// which loads the stored snapshot from IndexedDB itself, compares it with the commitments and
// answers queries by message: the page holds no index and does no indexing work. Later writes (an
// import, an edit, a status refresh) make a live query ask the worker to compare again; `version`
// bumps after every comparison, so the page asks its query again.
// Without workers (or when the worker fails) the index is built here in time slices, as before.
import { effectScope, getCurrentScope, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { createSearchIndex, type SearchDoc, type SearchHit, type SearchIndex } from '../../core/search'
import type { CommitmentFilter } from '../../core/model/filter'
import { getDb } from '../../db'
import { listCommitmentIds } from '../../db/queries'
import { searchDocs } from '../../db/reporter'
import { searchChangeSignal } from '../../db/searchIndexSync'
import { useLiveQuery } from '../../db/useLiveQuery'
import type { SearchWorkerMessage, SearchWorkerRequest } from '../../workers/search.worker'

/** Longest stretch of main-thread work before yielding, in ms. */
const SLICE_MS = 12

export interface SearchAnswer {
  hits: SearchHit[]
  /** time the search itself took where it ran (the worker), in ms */
  ms: number
}

export interface LiveSearchIndex {
  /** true once queries can be answered */
  ready: Ref<boolean>
  /** before ready: whether the stored index is being loaded or a new one built (null: not known yet) */
  stage: Ref<'loading' | 'building' | null>
  /** bumps after each comparison with the database (and when the page's own index, without a worker, first becomes ready) */
  version: Ref<number>
  /** where the index came from and what it cost, in ms (for the benchmark and the e2e test) */
  stats: ShallowRef<SearchIndexStats>
  /** at most `limit` hits for `q` among the commitments `filter` lets through (null: all) */
  search(q: string, filter: CommitmentFilter | null, limit: number): Promise<SearchAnswer>
  /** the page shows its first results: background work that reads the database may start now */
  shown(): void
}

export interface SearchIndexStats {
  from?: 'stored' | 'built' | 'page'
  /** worker: loading the stored snapshot; reading the commitments; indexing or comparing; saving */
  workerMs?: Record<string, number>
  /** page: from asking the worker to the index being ready there */
  readyMs?: number
  docs?: number
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Runs `step(i)` for i in [0, n) in slices; false when `stillWanted` turned false meanwhile. */
export async function sliced(n: number, step: (i: number) => void, stillWanted: () => boolean): Promise<boolean> {
  let i = 0
  while (i < n) {
    const until = performance.now() + SLICE_MS
    while (i < n && performance.now() < until) {
      // check the clock every 64 documents, not every one
      const end = Math.min(n, i + 64)
      for (; i < end; i++) step(i)
    }
    if (i < n) {
      await nextTask()
      if (!stillWanted()) return false
    }
  }
  return true
}

const keyOf = (d: SearchDoc) =>
  [d.quote, d.metric, d.title, d.district, d.department, d.person, d.category].map((x) => x ?? '').join('\u0000')

/** The page's own index, used without workers: built on this thread in slices, then kept by diff. */
function createPageIndex(live: LiveSearchIndex): (q: string, filter: CommitmentFilter | null, limit: number) => Promise<SearchAnswer> {
  const { ready, version, stats, stage } = live
  stage.value = 'building'
  const index = shallowRef<SearchIndex | null>(null)
  const docs = useLiveQuery<SearchDoc[] | undefined>(() => searchDocs(), undefined)
  let generation = 0
  // what the index holds: id → searchable text, for the diff
  let held = new Map<string, string>()
  let whenReady: () => void = () => {}
  const built = new Promise<void>((resolve) => (whenReady = resolve))

  const apply = async (next: SearchDoc[]) => {
    const mine = ++generation
    const wanted = () => mine === generation
    if (!index.value) {
      const fresh = createSearchIndex()
      const keys = new Map<string, string>()
      if (!(await sliced(next.length, (i) => (fresh.add(next[i]), keys.set(next[i].id, keyOf(next[i]))), wanted))) return
      index.value = fresh
      held = keys
      stats.value = { from: 'page', docs: fresh.size }
    } else {
      const idx = index.value
      const seen = new Set<string>()
      // a diff applied in slices; a newer answer arriving meanwhile continues from the index as it is
      const ok = await sliced(
        next.length,
        (i) => {
          const d = next[i]
          const k = keyOf(d)
          seen.add(d.id)
          if (held.get(d.id) !== k) {
            idx.replace(d)
            held.set(d.id, k)
          }
        },
        wanted,
      )
      if (!ok) return
      for (const id of [...held.keys()]) {
        if (!seen.has(id)) {
          idx.remove(id)
          held.delete(id)
        }
      }
      stats.value = { ...stats.value, docs: idx.size }
    }
    ready.value = true
    version.value++
    whenReady()
  }

  watch(
    docs,
    (next) => {
      if (next) void apply(next)
    },
    { immediate: true },
  )
  return async (q, filter, limit) => {
    await built
    const allowed = filter ? new Set(await listCommitmentIds(filter)) : null
    const t = performance.now()
    const hits = index.value!.search(q, { ...(allowed ? { filter: (id: string) => allowed.has(id) } : {}), limit })
    return { hits, ms: performance.now() - t }
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

type Pending = { q: string; filter: CommitmentFilter | null; limit: number; resolve: (a: SearchAnswer) => void }

function createLiveIndex(): LiveSearchIndex {
  const ready = ref(false)
  const stage = ref<'loading' | 'building' | null>(null)
  const version = ref(0)
  const stats = shallowRef<SearchIndexStats>({})
  const worker = startWorker()
  // set when the page answers itself (no worker, or the worker failed)
  let local: ReturnType<typeof createPageIndex> | null = null
  const pending = new Map<number, Pending>()
  let nextId = 0
  let toldShown = false
  const live: LiveSearchIndex = {
    ready,
    stage,
    version,
    stats,
    shown() {
      if (toldShown || local || !worker) return
      toldShown = true
      const request: SearchWorkerRequest = { type: 'shown' }
      worker.postMessage(request)
    },
    search(q, filter, limit) {
      if (local) return local(q, filter, limit)
      return new Promise<SearchAnswer>((resolve) => {
        const id = ++nextId
        pending.set(id, { q, filter, limit, resolve })
        const request: SearchWorkerRequest = { type: 'query', id, q, filter, limit, dbName: getDb().name }
        worker!.postMessage(request)
      })
    },
  }
  if (!worker) {
    local = createPageIndex(live)
    return live
  }
  const started = performance.now()
  // the fallback's live query must live as long as this index, not end with a handler's call
  const scope = getCurrentScope()
  const fail = () => {
    if (local) return
    worker.terminate()
    ready.value = false
    local = (scope ? scope.run(() => createPageIndex(live)) : null) ?? createPageIndex(live)
    // questions the worker will not answer now: answered here once the page's index is built
    for (const p of pending.values()) void local(p.q, p.filter, p.limit).then(p.resolve)
    pending.clear()
  }
  worker.onmessage = (e: MessageEvent<SearchWorkerMessage>) => {
    const m = e.data
    if (local) return
    if (m.type === 'stage') stage.value = m.stage
    else if (m.type === 'ready') {
      stats.value = { from: m.from, workerMs: m.ms, readyMs: performance.now() - started, docs: m.docs }
      // no version bump: a question asked before this is answered from this same index, and
      // asking it again cost a second round trip before the first results
      ready.value = true
    } else if (m.type === 'synced') {
      stats.value = { ...stats.value, docs: m.docs }
      version.value++
    } else if (m.type === 'hits') {
      pending.get(m.id)?.resolve({ hits: m.hits, ms: m.ms })
      pending.delete(m.id)
    } else fail()
  }
  worker.onerror = fail
  // any write to commitments or articles: ask the worker to compare again
  const db = getDb()
  const signal = useLiveQuery<number>(() => searchChangeSignal(db), 0)
  const request: SearchWorkerRequest = { type: 'sync', dbName: db.name }
  // The first comparison starts at once. The live query's first answer asks again: a write (the
  // seed's first import) may land between the worker's read and the live query's; a request that
  // arrives while the worker compares costs one more comparison, off this thread.
  worker.postMessage(request)
  watch(signal, () => {
    if (!local) worker.postMessage(request)
  })
  return live
}

let shared: LiveSearchIndex | null = null

/**
 * The app's one live index, created on the first search and kept (in a detached scope) for the rest
 * of the session: coming back to the search page must not index 100,000 commitments again.
 */
export function useSearchIndex(): LiveSearchIndex {
  if (!shared) shared = effectScope(true).run(createLiveIndex)!
  return shared
}
