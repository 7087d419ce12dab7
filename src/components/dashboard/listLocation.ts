// Where a click on the dashboard leads: the list, with the filter in its URL query
// (/list?district=老城区&status=no_data), so the view can be bookmarked and shared.
import type { RouteLocationRaw } from 'vue-router'
import type { CommitmentFilter } from '@/core/model/filter'
import { toFilterQuery } from '@/stores/filterQuery'

export function listLocation(filter: CommitmentFilter = {}): RouteLocationRaw {
  return { path: '/list', query: toFilterQuery(filter) }
}
