// The search index over the local database. A worker (src/workers/search.worker.ts) loads the
// index stored in IndexedDB, or builds it, compares it with the commitments and sends it here; later
// writes (an import, an edit, a status refresh) make a live query ask the worker to compare again,
// and only the difference comes back and is applied. Nothing heavy runs on the page's thread.
// Without workers (or when the worker fails) the index is built here in time slices, as before.
import { effectScope, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { createSearchIndex, loadSearchIndex, type SearchDoc, type SearchIndex } from '../../core/search'
import { getDb } from '../../db'
import { searchDocs } from '../../db/reporter'
import { searchChangeSignal } from '../../db/searchIndexSync'
import { useLiveQuery } from '../../db/useLiveQuery'
import type { SearchWorkerMessage, SearchWorkerRequest } from '../../workers/search.worker'

/** Longest stretch of main-thread work before yielding, in ms. */
const SLICE_MS = 12

export interface LiveSearchIndex {
  /** null until the first index arrives */
  index: ShallowRef<SearchIndex | null>
  /** bumps on each new index or applied difference, so results recompute */
  version: Ref<number>
  building: Ref<boolean>
  /** where the index came from and what it cost, in ms (for the benchmark and the e2e test) */
  stats: ShallowRef<SearchIndexStats>
}

export interface SearchIndexStats {
  from?: 'stored' | 'built' | 'rebuilt' | 'page'
  /** worker: reading the stored snapshot; reading the commitments; indexing or comparing; saving */
  workerMs?: Record<string, number>
  /** page: turning the received snapshot into an index */
  loadMs?: number
  /** page: from asking the worker to the first usable index */
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

/** The old path, used without workers: the index built on this thread in slices, then kept by diff. */
function createPageIndex(live: LiveSearchIndex): void {
  const { index, version, building, stats } = live
  const docs = useLiveQuery<SearchDoc[] | undefined>(() => searchDocs(), undefined)
  let generation = 0
  // what the index holds: id → searchable text, for the diff
  let held = new Map<string, string>()

  const apply = async (next: SearchDoc[]) => {
    const mine = ++generation
    const wanted = () => mine === generation
    if (!index.value) {
      const built = createSearchIndex()
      const keys = new Map<string, string>()
      if (!(await sliced(next.length, (i) => (built.add(next[i]), keys.set(next[i].id, keyOf(next[i]))), wanted))) return
      index.value = built
      held = keys
      stats.value = { from: 'page', docs: built.size }
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
    }
    version.value++
    building.value = false
  }

  watch(
    docs,
    (next) => {
      if (next) void apply(next)
    },
    { immediate: true },
  )
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

function createLiveIndex(): LiveSearchIndex {
  const live: LiveSearchIndex = { index: shallowRef(null), version: ref(0), building: ref(true), stats: shallowRef({}) }
  const worker = startWorker()
  if (!worker) {
    createPageIndex(live)
    return live
  }
  const { index, version, building, stats } = live
  const started = performance.now()
  let failed = false
  const fail = () => {
    if (failed) return
    failed = true
    worker.terminate()
    createPageIndex(live)
  }
  worker.onmessage = (e: MessageEvent<SearchWorkerMessage>) => {
    const m = e.data
    if (m.type === 'index') {
      const t = performance.now()
      index.value = loadSearchIndex(m.snapshot)
      const loadMs = performance.now() - t
      stats.value = {
        from: m.from,
        workerMs: m.ms,
        loadMs,
        readyMs: stats.value.readyMs ?? performance.now() - started,
        docs: index.value.size,
      }
      version.value++
      building.value = false
    } else if (m.type === 'delta') {
      const idx = index.value
      if (!idx) return
      for (const d of m.upserts) idx.replace(d)
      for (const id of m.removes) idx.remove(id)
      stats.value = { ...stats.value, docs: idx.size }
      version.value++
    } else if (m.type === 'synced') {
      building.value = false
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
    if (!failed) worker.postMessage(request)
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
