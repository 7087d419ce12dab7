// Which index answers a list filter, shared by every read that narrows commitments by a filter
// (queries.ts reads the candidates at once, listQueries.ts a chunk per key): one choice, one place.
import type { IndexableType } from 'dexie'
import type { CommitmentFilter } from '../core/model/filter'

export type OwnerField = 'district' | 'department' | 'category'
const OWNER_FIELDS: OwnerField[] = ['district', 'department', 'category']

export function has<T>(xs: T[] | undefined): xs is T[] {
  return xs !== undefined && xs.length > 0
}

export function isEmptyFilter(f: CommitmentFilter): boolean {
  return !has(f.district) && !has(f.department) && !has(f.category) && !has(f.kind) &&
    !has(f.status) && !has(f.year) && (f.q ?? '').trim() === ''
}

/** One index and the keys to read from it with equals(); a key repeated in the filter appears once. */
export interface IndexReads {
  index: string
  keys: IndexableType[]
}

/**
 * The index whose keys cover every row the filter can match (owner, then year, status, kind; with
 * a status filter the compound [x+status] index), or null when the filter has no indexed field and
 * the whole table must be read. Callers still apply matchesFilter to what they read.
 */
export function indexReads(f: CommitmentFilter): IndexReads | null {
  const plan = (index: string, keys: IndexableType[]): IndexReads => ({
    index,
    keys: [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()],
  })
  const withStatus = (keys: IndexableType[]): IndexableType[] => keys.flatMap((k) => f.status!.map((s) => [k, s] as IndexableType))
  for (const field of OWNER_FIELDS) {
    const owners = f[field]
    if (!has(owners)) continue
    return has(f.status) ? plan(`[${field}+status]`, withStatus(owners)) : plan(field, owners)
  }
  if (has(f.year)) return has(f.status) ? plan('[year+status]', withStatus(f.year)) : plan('year', f.year)
  if (has(f.status)) return plan('status', f.status)
  if (has(f.kind)) return plan('kind', f.kind)
  return null
}
