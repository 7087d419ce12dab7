// Counts per (key, status): the shape behind every stacked bar, the category breakdown and the map.
// Built incrementally with `add` so that one pass over rows — or counts read from a database index
// (`add(key, status, n)`) — can fill several tables at once.
import { STATUSES, type Status } from '../model/types'
import { compareZh } from '../format/collator'

/** Index of each status in a counts array (STATUSES order). */
export const STATUS_INDEX: Readonly<Record<Status, number>> = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>

export type StatusCounts = Record<Status, number>

export interface StatusRow {
  /** the owner, category or month; null when the commitment names none */
  key: string | null
  total: number
  counts: StatusCounts
}

export interface StatusTable {
  rows: StatusRow[]
  /** statuses with at least one commitment anywhere in the table, in STATUSES order */
  present: Status[]
  total: number
}

export type RowOrder = 'total-desc' | 'key-asc'

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts
}

function countsOf(arr: Uint32Array): StatusCounts {
  const c = emptyCounts()
  STATUSES.forEach((s, i) => (c[s] = arr[i]))
  return c
}

export class StatusTableBuilder {
  private readonly cells = new Map<string | null, Uint32Array>()

  add(key: string | null, status: Status, n = 1): void {
    let cell = this.cells.get(key)
    if (!cell) this.cells.set(key, (cell = new Uint32Array(STATUSES.length)))
    cell[STATUS_INDEX[status] ?? STATUS_INDEX.no_data] += n
  }

  /** Rows sorted biggest first (ties by name) or by key; the null key (未注明) always last. */
  build(order: RowOrder = 'total-desc'): StatusTable {
    const rows: StatusRow[] = []
    const seen = new Uint32Array(STATUSES.length)
    let total = 0
    for (const [key, cell] of this.cells) {
      let t = 0
      for (let i = 0; i < cell.length; i++) {
        t += cell[i]
        seen[i] += cell[i]
      }
      if (t === 0) continue
      total += t
      rows.push({ key, total: t, counts: countsOf(cell) })
    }
    rows.sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1
      if (order === 'total-desc' && a.total !== b.total) return b.total - a.total
      return order === 'key-asc' ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : compareZh(a.key, b.key)
    })
    return { rows, present: STATUSES.filter((_, i) => seen[i] > 0), total }
  }
}

/** Build a table from (key, status, count) triples, e.g. read from a compound index. */
export function tableFromCounts(triples: Iterable<readonly [string | null, Status, number]>, order: RowOrder = 'total-desc'): StatusTable {
  const b = new StatusTableBuilder()
  for (const [k, s, n] of triples) b.add(k, s, n)
  return b.build(order)
}
