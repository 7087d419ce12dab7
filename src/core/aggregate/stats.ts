// Dashboard figures from maintained counts instead of rows, for any dashboard filter.
//
// Why a "cube": reading 100,000 full rows out of IndexedDB takes seconds, so the dashboard reads
// counts kept current by the write path. To let a filter (deadline year, category, kind, status,
// district) narrow every chart without touching rows, the counts are kept per CELL — one count per
// distinct (district, department, category, kind, status, deadline month). Every chart and every
// filter is a fold over the cells, done in memory in a few milliseconds. At 100,000 synthetic
// commitments there are ~50,000 cells (570 departments dominate), so cells are stored PACKED: one
// stored row per district holding its cells as one JSON string (≈60 rows; one string is cheap to
// clone out of IndexedDB, 50,000 tiny rows would not be).
//
// Contract: on every commitment insert the write path adds `cellOf(row)` (n = +1), on delete it
// subtracts it, on an edit or a status change it subtracts the old row's cell and adds the new
// one's. `dashboardFromCells(cells, opts, filter)` then gives exactly what `aggregateDashboard`
// gives for the rows that match the filter (a property test holds the two together).
import { STATUSES, type Kind, type Status } from '../model/types'
import type { AggRow, AggregateOptions, DashboardAggregate } from './dashboard'
import { CellColumns, type DashboardFilter, type FilterChoices, type PackedBody } from './cellColumns'

export { CellColumns, type PackedBody, type DashboardFilter, type FilterChoices } from './cellColumns'

/** One maintained count: commitments sharing every dimension the dashboard charts or filters by. */
export interface Cell {
  district: string | null
  department: string | null
  category: string | null
  kind: Kind
  status: Status
  /** 'YYYY-MM' of the deadline; null when there is none */
  month: string | null
  n: number
}

/** A stored row of the `stats` table: one district's cells, packed. */
export interface PackedCells {
  id: string
  district: string | null
  /** JSON of PackedBody: per-row dictionaries and a flat list of indices, so parsing is mostly numbers */
  cells: string
}

const KNOWN_STATUS = new Set<string>(STATUSES)

/** The cell one commitment counts in (n = 1). */
export function cellOf(r: AggRow): Cell {
  return {
    district: r.district || null,
    department: r.department || null,
    category: r.category || null,
    kind: r.kind,
    status: KNOWN_STATUS.has(r.status) ? r.status : 'no_data',
    month: r.deadline?.date ? r.deadline.date.slice(0, 7) : null,
    n: 1,
  }
}

const part = (s: string | null) => (s === null ? '\u0000' : s)

/** Identity of a cell (null kept apart from ''); \u0001 separates, as in every stored key here. */
export function cellKey(c: Omit<Cell, 'n'>): string {
  return `${part(c.district)}\u0001${part(c.department)}\u0001${part(c.category)}\u0001${c.kind}\u0001${c.status}\u0001${part(c.month)}`
}

/** Primary key of a district's packed row (IndexedDB keys cannot be null). */
export function packId(district: string | null): string {
  return district === null ? 'cells:\u0000' : `cells:${district}`
}

/** Sums cells with the same identity; zero sums are dropped, negatives kept (they are deltas). */
export function foldCells(cells: Iterable<Cell>): Cell[] {
  const m = new Map<string, Cell>()
  for (const c of cells) {
    const k = cellKey(c)
    const cur = m.get(k)
    if (cur) cur.n += c.n
    else m.set(k, { ...c })
  }
  return [...m.values()].filter((c) => c.n !== 0)
}

class Dict<T> {
  readonly list: T[] = []
  private readonly at = new Map<T, number>()
  index(v: T): number {
    let i = this.at.get(v)
    if (i === undefined) this.at.set(v, (i = this.list.push(v) - 1))
    return i
  }
}

function packOne(district: string | null, cells: Cell[]): PackedCells {
  const dep = new Dict<string | null>()
  const cat = new Dict<string | null>()
  const kind = new Dict<string>()
  const st = new Dict<string>()
  const mon = new Dict<string | null>()
  const c: number[] = []
  for (const x of cells) c.push(dep.index(x.department), cat.index(x.category), kind.index(x.kind), st.index(x.status), mon.index(x.month), x.n)
  const body: PackedBody = { dep: dep.list, cat: cat.list, kind: kind.list, st: st.list, mon: mon.list, c }
  return { id: packId(district), district, cells: JSON.stringify(body) }
}

/** Cells (positive counts) → one packed row per district. */
export function packCells(cells: Iterable<Cell>): PackedCells[] {
  const by = new Map<string | null, Cell[]>()
  for (const c of cells) {
    if (c.n <= 0) continue
    let list = by.get(c.district)
    if (!list) by.set(c.district, (list = []))
    list.push(c)
  }
  return [...by].map(([district, list]) => packOne(district, list))
}

function bodyOf(row: Partial<PackedCells>): PackedBody | null {
  return typeof row.cells === 'string' ? (JSON.parse(row.cells) as PackedBody) : null
}

/** One packed row → its cells. A row that is not ours (an older format) yields nothing. */
export function unpackRow(row: Partial<PackedCells>, out: Cell[] = []): Cell[] {
  const b = bodyOf(row)
  if (!b) return out
  const district = row.district ?? null
  for (let i = 0; i + 5 < b.c.length; i += 6) {
    out.push({ district, department: b.dep[b.c[i]], category: b.cat[b.c[i + 1]], kind: b.kind[b.c[i + 2]] as Kind, status: b.st[b.c[i + 3]] as Status, month: b.mon[b.c[i + 4]], n: b.c[i + 5] })
  }
  return out
}

export function unpackCells(rows: Iterable<Partial<PackedCells>>): Cell[] {
  const out: Cell[] = []
  for (const r of rows) unpackRow(r, out)
  return out
}

/**
 * Adds signed cell counts to one district's stored row. Returns the row to store, or null when
 * nothing is left in it (the row is deleted).
 */
export function applyToPacked(row: Partial<PackedCells> | undefined, district: string | null, delta: Iterable<Cell>): PackedCells | null {
  const merged = foldCells([...(row ? unpackRow(row) : []), ...[...delta].map((c) => ({ ...c, district }))])
  const [packed] = packCells(merged)
  return packed ?? null
}

/** Everything the dashboard shows, for the commitments matching `filter`, from cells. */
export function dashboardFromCells(cells: Iterable<Cell>, opts: AggregateOptions, filter?: DashboardFilter): DashboardAggregate {
  return CellColumns.fromCells(cells).aggregate(opts, filter)
}

/** From stored packed rows (the `stats` table) directly. */
export function dashboardFromStats(rows: Iterable<Partial<PackedCells>>, opts: AggregateOptions, filter?: DashboardFilter): DashboardAggregate {
  return CellColumns.fromPacked(rows).aggregate(opts, filter)
}

export function filterChoices(cells: Iterable<Cell>): FilterChoices {
  return CellColumns.fromCells(cells).choices()
}
