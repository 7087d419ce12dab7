// The list's rows, fetched a page at a time as the virtual list shows them: at 100,000 commitments
// only the pages in view (and one either side) are ever read. A new plan (the filter, the sort, or a
// live change to the table) drops the pages; for a live change of the same query the old rows stay
// on screen until the fresh ones arrive, so nothing flickers. `version` is the one reactive value:
// rows themselves are plain objects, never made reactive.
import { shallowRef, watch, type Ref } from 'vue'
import type { Commitment } from '../../core/model/types'
import type { SortSpec } from '../../core/model/filter'
import type { ListPlan } from '../../db/listQueries'

export const PAGE_SIZE = 50
/** Pages kept in memory; the ones farthest from the view are dropped first. */
const KEEP_PAGES = 40

export interface KeyedPlan {
  /** the filter and sort the plan answers */
  key: string
  sort: SortSpec
  plan: ListPlan
}

export function usePagedRows(
  current: Readonly<Ref<KeyedPlan | undefined>>,
  fetchPage: (k: KeyedPlan, offset: number, limit: number) => Promise<Commitment[]>,
) {
  const version = shallowRef(0)
  const error = shallowRef<unknown>(null)
  let pages = new Map<number, Commitment[]>()
  let previous = new Map<number, Commitment[]>()
  /** pages being read: page → the read's token (a read of a replaced query must not clear a newer one) */
  const loading = new Map<number, number>()
  let generation = 0
  let token = 0
  let view: [number, number] = [0, PAGE_SIZE - 1]

  watch(current, (next, prev) => {
    generation++
    const sameQuery = next !== undefined && prev !== undefined && next.key === prev.key
    // a live change of the same query: show the rows we had until fresh ones come; reads under way
    // finish (their rows are shown meanwhile) and then read again. A new query drops everything.
    previous = sameQuery ? new Map([...previous, ...pages]) : new Map()
    if (!sameQuery) loading.clear()
    pages = new Map()
    error.value = null
    version.value++
    load()
  })

  /** The row at list position `i`, or undefined while its page is loading. */
  function rowAt(i: number): Commitment | undefined {
    void version.value
    const p = Math.floor(i / PAGE_SIZE)
    return (pages.get(p) ?? previous.get(p))?.[i % PAGE_SIZE]
  }

  /** The virtual list shows rows first…last: read their pages (and the neighbours) if missing. */
  function show(first: number, last: number) {
    view = [first, last]
    load()
  }

  function load() {
    const k = current.value
    if (!k) return
    const gen = generation
    const from = Math.max(0, Math.floor(view[0] / PAGE_SIZE) - 1)
    const to = Math.min(Math.ceil(k.plan.count / PAGE_SIZE) - 1, Math.floor(view[1] / PAGE_SIZE) + 1)
    for (let p = from; p <= to; p++) {
      if (pages.has(p) || loading.has(p)) continue
      const mine = ++token
      loading.set(p, mine)
      const done = () => {
        if (loading.get(p) === mine) loading.delete(p)
      }
      fetchPage(k, p * PAGE_SIZE, PAGE_SIZE).then(
        (rows) => {
          done()
          if (gen === generation) pages.set(p, rows)
          else if (current.value?.key === k.key) previous.set(p, rows)
          else return
          evict()
          version.value++
          // a read of an older answer of this query: now read the page again for the current one
          if (gen !== generation) load()
        },
        (e: unknown) => {
          done()
          if (gen === generation) error.value = e
        },
      )
    }
  }

  function evict() {
    if (pages.size <= KEEP_PAGES) return
    const near = Math.floor(view[0] / PAGE_SIZE)
    const far = [...pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near))
    for (const p of far.slice(0, pages.size - KEEP_PAGES)) pages.delete(p)
    if (previous.size > KEEP_PAGES) previous = new Map([...previous].filter(([p]) => Math.abs(p - near) <= KEEP_PAGES / 2))
  }

  return { rowAt, show, version, error }
}
