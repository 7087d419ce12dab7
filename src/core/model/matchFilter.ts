// The list/dashboard filter and sort as pure functions over commitments. The database layer uses
// an index to narrow the rows, then these decide exactly, so both always agree.
import type { Commitment, Status } from './types'
import { compareZh } from '../format/collator'
import type { CommitmentFilter, SortSpec } from './filter'

/** The deadline year of a commitment, or null when it has no deadline. */
export function deadlineYear(c: Pick<Commitment, 'deadline'>): number | null {
  return c.deadline ? Number(c.deadline.date.slice(0, 4)) : null
}

function anyOf<T>(wanted: readonly T[] | undefined, value: T | null): boolean {
  if (!wanted || wanted.length === 0) return true
  return value !== null && wanted.includes(value)
}

/** Lower-cased, whitespace-separated terms; every term must appear. */
export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter((t) => t !== '')
}

function haystack(c: Commitment): string {
  return [c.quote, c.metric, c.district, c.department, c.person, c.category]
    .filter((s): s is string => s !== null)
    .join('\n')
    .toLowerCase()
}

export function matchesFilter(c: Commitment, filter: CommitmentFilter): boolean {
  if (!anyOf(filter.district, c.district)) return false
  if (!anyOf(filter.department, c.department)) return false
  if (!anyOf(filter.category, c.category)) return false
  if (!anyOf(filter.kind, c.kind)) return false
  if (!anyOf(filter.status, c.status)) return false
  if (!anyOf(filter.year, deadlineYear(c))) return false
  const terms = searchTerms(filter.q)
  if (terms.length > 0) {
    const text = haystack(c)
    if (!terms.every((t) => text.includes(t))) return false
  }
  return true
}

// Status order for sorting: what needs attention first.
const STATUS_RANK: Record<Status, number> = {
  overdue: 0,
  missed: 1,
  behind: 2,
  not_yet: 3,
  on_pace: 4,
  ahead: 5,
  achieved: 6,
  achieved_early: 7,
  done: 8,
  no_data: 9,
}

type Key = string | number | null

// one collator for all comparisons (localeCompare(…, 'zh-CN') builds one per call, ~100× slower),
// created on first use: see core/format/collator.ts

/** The field a sort reads, as stored (status as its code); null when the sort has no key. */
export function sortField(c: Commitment, key: SortSpec['key']): string | number | null {
  switch (key) {
    case 'deadline':
      return c.deadline?.date ?? null
    case 'value':
      return c.value
    case 'district':
      return c.district
    case 'department':
      return c.department
    case 'status':
      return c.status
    case 'position':
      return null
  }
}

function sortKey(c: Commitment, key: SortSpec['key']): Key {
  return key === 'status' ? STATUS_RANK[c.status] : sortField(c, key)
}

function compareKeys(key: SortSpec['key'], a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  // ISO dates sort by code point; owner names in pinyin order
  if (key === 'deadline') return a! < b! ? -1 : a! > b! ? 1 : 0
  return compareZh(String(a), String(b))
}

/**
 * A comparator for Array.prototype.sort. Rows without the key go last in both directions;
 * ties fall back to the position in the source, so the order is total and stable.
 */
export function compareCommitments(sort: SortSpec): (a: Commitment, b: Commitment) => number {
  const sign = sort.dir === 'desc' ? -1 : 1
  return (a, b) => {
    const ka = sortKey(a, sort.key)
    const kb = sortKey(b, sort.key)
    if (ka !== kb) {
      if (ka === null) return 1
      if (kb === null) return -1
      const d = compareKeys(sort.key, ka, kb)
      if (d !== 0) return sign * d
    }
    const byPosition = a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end : a.sourceId < b.sourceId ? -1 : 1
    return (sort.key === 'position' ? sign : 1) * byPosition || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  }
}
