// The list filter lives in the URL (so a view can be bookmarked and shared); this store reads it from the
// current route and writes changes back as navigation. It holds no data rows, only the filter and the last
// list query (so "back to the list" from a detail page keeps the filters).
import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useSessionStorage } from '@vueuse/core'
import { useRouter, type LocationQueryRaw } from 'vue-router'
import type { CommitmentFilter, SortSpec } from '../core/model/filter'
import { DEFAULT_SORT, isFiltering, parseFilterQuery, toFilterQuery, type Query } from './filterQuery'

export const LIST_ROUTE = 'list'

/** A route location for the list with a filter, e.g. for a dashboard chart click. */
export function listLocation(filter: CommitmentFilter, sort: SortSpec = DEFAULT_SORT) {
  return { name: LIST_ROUTE, query: toFilterQuery(filter, sort) as LocationQueryRaw }
}

type ArrayField = 'district' | 'department' | 'category' | 'kind' | 'status' | 'year'

export const useFiltersStore = defineStore('filters', () => {
  const router = useRouter()
  // per tab, and kept over a reload of a detail page
  const lastListQuery = useSessionStorage<Query>('pledge-ledger.list-query', {})

  const onList = computed(() => router.currentRoute.value.name === LIST_ROUTE)
  const parsed = computed(() =>
    parseFilterQuery(onList.value ? (router.currentRoute.value.query as Query) : lastListQuery.value),
  )
  const filter = computed<CommitmentFilter>(() => parsed.value.filter)
  const sort = computed<SortSpec>(() => parsed.value.sort)
  const active = computed(() => isFiltering(filter.value))

  watch(
    () => router.currentRoute.value,
    (r) => {
      if (r.name === LIST_ROUTE) lastListQuery.value = { ...(r.query as Query) }
    },
    { immediate: true },
  )

  /** Discrete choices push a history entry (Back undoes them); typing replaces it. */
  function go(next: CommitmentFilter, nextSort: SortSpec, replace = false) {
    const to = listLocation(next, nextSort)
    return replace ? router.replace(to) : router.push(to)
  }

  function setField(field: ArrayField, values: (string | number)[]) {
    const next: CommitmentFilter = { ...filter.value }
    if (field === 'year') next.year = values.map(Number)
    else (next as Record<string, unknown>)[field] = values.map(String)
    return go(next, sort.value)
  }

  function setText(q: string) {
    return go({ ...filter.value, q }, sort.value, true)
  }

  function setSort(s: SortSpec) {
    return go(filter.value, s, true)
  }

  function clear() {
    return go({}, sort.value)
  }

  /** Where "back to the list" should go. */
  const listBackLocation = computed(() => ({ name: LIST_ROUTE, query: lastListQuery.value as LocationQueryRaw }))

  return { filter, sort, active, setField, setText, setSort, clear, listBackLocation }
})
