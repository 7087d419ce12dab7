// Structural equality of chart tables. The dashboard re-derives every table on each filter or
// data change; a chart whose own table is equal to what it already shows keeps the old object,
// so Vue does not hand it new props and ECharts does not redraw it (a moved district must not
// redraw the category doughnut).
import { STATUSES } from '../model/types'
import type { StatusTable } from './statusTable'
import type { FilterChoices } from './cellColumns'

export function sameStatusTable(a: StatusTable, b: StatusTable): boolean {
  if (a === b) return true
  if (a.total !== b.total || a.rows.length !== b.rows.length || a.present.length !== b.present.length) return false
  for (let i = 0; i < a.present.length; i++) if (a.present[i] !== b.present[i]) return false
  for (let i = 0; i < a.rows.length; i++) {
    const x = a.rows[i]
    const y = b.rows[i]
    if (x.key !== y.key || x.total !== y.total) return false
    for (const s of STATUSES) if (x.counts[s] !== y.counts[s]) return false
  }
  return true
}

/** Shallow equality of plain records of numbers/strings (headline figures, map regions). */
export function sameRecord(a: object, b: object): boolean {
  if (a === b) return true
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i])

/** Equal filter choices: a data change that adds no year, category, district or kind keeps the filter controls as they are. */
export function sameChoices(a: FilterChoices, b: FilterChoices): boolean {
  return a === b || (sameList(a.years, b.years) && sameList(a.categories, b.categories) && sameList(a.districts, b.districts) && sameList(a.kinds, b.kinds))
}
