// The list filter ⇄ URL query, as pure functions (no router, no Vue) so they can be tested on their own.
// Keys: district, department, category, kind, status, year, q, sort; arrays as repeated keys
// (?district=老城区&district=西工区), sort as "key" or "-key" for descending. Empty values are left out,
// so an unfiltered list has a clean URL and equal filters give equal URLs.
import { KINDS, STATUSES, type Kind, type Status } from '../core/model/types'
import type { CommitmentFilter, SortKey, SortSpec } from '../core/model/filter'

/** What vue-router gives for a query value. */
export type QueryValue = string | null | (string | null)[] | undefined
export type Query = Record<string, QueryValue>

export const SORT_KEYS: readonly SortKey[] = ['position', 'deadline', 'value', 'district', 'department', 'status']
export const DEFAULT_SORT: SortSpec = { key: 'position', dir: 'asc' }

function strings(v: QueryValue): string[] {
  const arr = Array.isArray(v) ? v : v == null ? [] : [v]
  const out: string[] = []
  for (const s of arr) {
    const t = s?.trim()
    if (t && !out.includes(t)) out.push(t)
  }
  return out
}

export function parseSort(v: QueryValue): SortSpec {
  const s = strings(v)[0]
  if (!s) return DEFAULT_SORT
  const desc = s.startsWith('-')
  const key = (desc ? s.slice(1) : s) as SortKey
  return SORT_KEYS.includes(key) ? { key, dir: desc ? 'desc' : 'asc' } : DEFAULT_SORT
}

export function parseFilterQuery(query: Query): { filter: CommitmentFilter; sort: SortSpec } {
  const filter: CommitmentFilter = {}
  const district = strings(query.district)
  const department = strings(query.department)
  const category = strings(query.category)
  const kind = strings(query.kind).filter((k): k is Kind => (KINDS as readonly string[]).includes(k))
  const status = strings(query.status).filter((s): s is Status => (STATUSES as readonly string[]).includes(s))
  const year = strings(query.year)
    .filter((y) => /^\d{4}$/.test(y))
    .map(Number)
  const q = strings(query.q)[0]
  if (district.length) filter.district = district
  if (department.length) filter.department = department
  if (category.length) filter.category = category
  if (kind.length) filter.kind = kind
  if (status.length) filter.status = status
  if (year.length) filter.year = year
  if (q) filter.q = q
  return { filter, sort: parseSort(query.sort) }
}

export function toFilterQuery(filter: CommitmentFilter, sort: SortSpec = DEFAULT_SORT): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  const put = (key: string, vals: readonly (string | number)[] | undefined) => {
    if (vals && vals.length) out[key] = vals.map(String)
  }
  put('district', filter.district)
  put('department', filter.department)
  put('category', filter.category)
  put('kind', filter.kind)
  put('status', filter.status)
  put('year', filter.year)
  const q = filter.q?.trim()
  if (q) out.q = q
  if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) out.sort = (sort.dir === 'desc' ? '-' : '') + sort.key
  return out
}

/** True when the filter narrows anything. */
export function isFiltering(filter: CommitmentFilter): boolean {
  return Object.keys(toFilterQuery(filter)).length > 0
}
