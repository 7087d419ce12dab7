// The dashboard's filter lives in the URL query with the list's keys and syntax (stores/filterQuery),
// so a filtered dashboard can be shared or reloaded, and a click through to the list keeps it.
import type { DashboardFilter } from '@/core/aggregate'
import type { CommitmentFilter } from '@/core/model/filter'
import { parseFilterQuery, toFilterQuery, type Query } from '@/stores/filterQuery'

/** The dashboard filters by these (free text is the list's: counts cannot search quotes). */
export const DASHBOARD_FILTER_KEYS = ['year', 'category', 'kind', 'status', 'district'] as const

export function dashboardFilterOf(query: Query): DashboardFilter {
  const { filter } = parseFilterQuery(query)
  const out: DashboardFilter = {}
  for (const k of DASHBOARD_FILTER_KEYS) if (filter[k]) (out as Record<string, unknown>)[k] = filter[k]
  return out
}

export function dashboardQueryOf(filter: DashboardFilter): Record<string, string | string[]> {
  return toFilterQuery(filter)
}

/**
 * What a click inside the filtered dashboard lists: the dashboard's filter narrowed by the clicked
 * part. Where both name values of one key, the list gets the values in both (a status segment
 * inside a status filter, a year bar inside a year range); if none is in both, the clicked value
 * wins (that figure was 0 anyway).
 */
export function narrowFilter(base: DashboardFilter, extra: CommitmentFilter): CommitmentFilter {
  const out: CommitmentFilter = { ...base }
  for (const [k, v] of Object.entries(extra) as [keyof CommitmentFilter, unknown][]) {
    const b = (base as Record<string, unknown>)[k]
    if (Array.isArray(v) && Array.isArray(b)) {
      const both = v.filter((x) => (b as unknown[]).includes(x))
      ;(out as Record<string, unknown>)[k] = both.length ? both : v
    } else (out as Record<string, unknown>)[k] = v
  }
  return out
}

/** Toggles one value of a multi-value key; an emptied key is dropped. */
export function toggleValue<K extends keyof DashboardFilter>(f: DashboardFilter, key: K, values: NonNullable<DashboardFilter[K]>): DashboardFilter {
  const cur = (f[key] ?? []) as unknown[]
  const vals = values as unknown[]
  const on = vals.every((v) => cur.includes(v))
  const next = on ? cur.filter((v) => !vals.includes(v)) : [...cur, ...vals.filter((v) => !cur.includes(v))]
  const out = { ...f, [key]: next }
  if (next.length === 0) delete out[key]
  return out
}
