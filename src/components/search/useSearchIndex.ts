// The search index over the local database, kept current by a live query. The first build adds
// documents in time slices that yield to the event loop (100,000 commitments take seconds to index,
// and typing and scrolling must stay smooth meanwhile). Later answers of the live query (an import,
// an edit, a status refresh) are applied as a diff: only documents whose searchable fields changed
// are replaced, so a status refresh over every row costs no re-indexing.
import { effectScope, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { createSearchIndex, type SearchDoc, type SearchIndex } from '../../core/search'
import { searchDocs } from '../../db/reporter'
import { useLiveQuery } from '../../db/useLiveQuery'

/** Longest stretch of main-thread work before yielding, in ms. */
const SLICE_MS = 12

export interface LiveSearchIndex {
  /** null until the first build finishes */
  index: ShallowRef<SearchIndex | null>
  /** bumps on each finished build or update, so results recompute */
  version: Ref<number>
  building: Ref<boolean>
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

function createLiveIndex(): LiveSearchIndex {
  const index = shallowRef<SearchIndex | null>(null)
  const version = ref(0)
  const building = ref(true)
  const docs = useLiveQuery<SearchDoc[] | undefined>(() => searchDocs(), undefined)
  let generation = 0
  // what the index holds: id → searchable text, for the diff
  let held = new Map<string, string>()

  const apply = async (next: SearchDoc[]) => {
    const mine = ++generation
    const wanted = () => mine === generation
    building.value = true
    if (!index.value) {
      const built = createSearchIndex()
      const keys = new Map<string, string>()
      if (!(await sliced(next.length, (i) => (built.add(next[i]), keys.set(next[i].id, keyOf(next[i]))), wanted))) return
      index.value = built
      held = keys
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
  return { index, version, building }
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
