// The search index over the local database, kept current by a live query: every write to the
// commitments (an import, an edit) delivers new documents and the index is rebuilt. The build runs in
// chunks that yield to the event loop, so typing and scrolling stay smooth even at 100,000 rows.
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { createSearchIndex, type SearchDoc, type SearchIndex } from '../../core/search'
import { searchDocs } from '../../db/reporter'
import { useLiveQuery } from '../../db/useLiveQuery'

/** Documents added per slice of the main thread. */
const CHUNK = 2000

export interface LiveSearchIndex {
  /** null until the first build finishes */
  index: ShallowRef<SearchIndex | null>
  /** bumps on each finished build, so results recompute */
  version: Ref<number>
  building: Ref<boolean>
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function buildInChunks(docs: readonly SearchDoc[], stillWanted: () => boolean): Promise<SearchIndex | null> {
  const index = createSearchIndex()
  for (let i = 0; i < docs.length; i += CHUNK) {
    for (const d of docs.slice(i, i + CHUNK)) index.add(d)
    if (i + CHUNK < docs.length) {
      await nextTask()
      if (!stillWanted()) return null
    }
  }
  return index
}

export function useSearchIndex(): LiveSearchIndex {
  const index = shallowRef<SearchIndex | null>(null)
  const version = ref(0)
  const building = ref(true)
  const docs = useLiveQuery<SearchDoc[] | undefined>(() => searchDocs(), undefined)
  let generation = 0

  const rebuild = async (next: SearchDoc[]) => {
    const mine = ++generation
    building.value = true
    const built = await buildInChunks(next, () => mine === generation)
    if (!built || mine !== generation) return
    index.value = built
    version.value++
    building.value = false
  }

  // each answer of the live query (a new array) starts one rebuild; an older build still running is dropped
  watch(
    docs,
    (next) => {
      if (next) void rebuild(next)
    },
    { immediate: true },
  )
  return { index, version, building }
}
