// A by-owner table cut to the rows a chart can show: the biggest owners, and every other owner summed
// into one row. At 100,000 commitments there are hundreds of departments; ECharts laid out every bar
// (and its label) on each redraw although only 14 were visible. The chart draws the head, the data
// table keeps every row.
import { emptyCounts, type StatusRow, type StatusTable } from './statusTable'
import { STATUSES } from '../model/types'

export interface FoldedRows {
  /** rows drawn one by one, in the table's order (biggest first, 未注明 last) */
  head: StatusRow[]
  /** every row beyond the head summed (key null), or null when all rows fit */
  rest: StatusRow | null
  /** how many owners `rest` stands for */
  restOwners: number
}

/** At most `max` rows: all of them when they fit, else the first `max - 1` and one row for the rest. */
export function foldRows(t: StatusTable, max: number): FoldedRows {
  const limit = Math.max(2, Math.floor(max))
  if (t.rows.length <= limit) return { head: t.rows, rest: null, restOwners: 0 }
  const head = t.rows.slice(0, limit - 1)
  const tail = t.rows.slice(limit - 1)
  const counts = emptyCounts()
  let total = 0
  for (const r of tail) {
    total += r.total
    for (const s of STATUSES) counts[s] += r.counts[s]
  }
  return { head, rest: { key: null, total, counts }, restOwners: tail.length }
}
