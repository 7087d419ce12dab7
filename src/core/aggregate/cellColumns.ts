// The maintained cells held in memory as columns of small integers (dictionary-encoded), so a
// filter change folds ~50,000 cells (100,000 commitments) in a couple of milliseconds: masks per
// dictionary entry instead of string compares, flat count arrays instead of Map lookups. Built once
// per data change; every filter change reuses it.
import type { CommitmentFilter } from '../model/filter'
import { KINDS, STATUSES, type Kind, type Status } from '../model/types'
import type { AggregateOptions, DashboardAggregate } from './dashboard'
import type { Cell, PackedCells } from './stats'
import { groupCounts } from './statusGroups'
import { emptyCounts, StatusTableBuilder, type StatusTable } from './statusTable'
import { fillMonths } from './timeline'

/** The dashboard's filter: the list filter without free text (counts cannot search quotes). */
export type DashboardFilter = Omit<CommitmentFilter, 'q'>

/** The values the dashboard's filter controls offer: those present in the data, sorted. */
export interface FilterChoices {
  years: number[]
  categories: string[]
  districts: string[]
  kinds: Kind[]
}

/** The JSON inside a stored row (see stats.ts). */
export interface PackedBody {
  dep: (string | null)[]
  cat: (string | null)[]
  kind: string[]
  st: string[]
  mon: (string | null)[]
  /** [dep, cat, kind, st, mon, n] indices into the lists above, repeated */
  c: number[]
}

const S = STATUSES.length
const STATUS_AT = new Map<string, number>(STATUSES.map((s, i) => [s, i]))
const KIND_AT = new Map<string, number>(KINDS.map((k, i) => [k, i]))
const NO_DATA = STATUS_AT.get('no_data')!
const TARGET = KIND_AT.get('target')!
const zh = new Intl.Collator('zh-CN')

class Dict {
  readonly list: (string | null)[] = []
  private readonly at = new Map<string | null, number>()
  index(v: string | null): number {
    let i = this.at.get(v)
    if (i === undefined) this.at.set(v, (i = this.list.push(v) - 1))
    return i
  }
}

/** Mask over a dictionary: 1 where the entry is wanted; null = no constraint. */
function mask(dict: (string | null)[], wanted: readonly (string | number)[] | undefined, keyOf: (v: string) => string = (v) => v): Uint8Array | null {
  if (!wanted || wanted.length === 0) return null
  const w = new Set(wanted.map(String))
  return Uint8Array.from(dict, (v) => (v !== null && w.has(keyOf(v)) ? 1 : 0))
}

function tableFrom(dict: (string | null)[], counts: Uint32Array, order: 'total-desc' | 'key-asc' = 'total-desc'): StatusTable {
  const b = new StatusTableBuilder()
  for (let k = 0; k < dict.length; k++) {
    for (let s = 0; s < S; s++) {
      const n = counts[k * S + s]
      if (n) b.add(dict[k], STATUSES[s], n)
    }
  }
  return b.build(order)
}

export class CellColumns {
  private readonly districts = new Dict()
  private readonly departments = new Dict()
  private readonly categories = new Dict()
  private readonly months = new Dict()
  private d: number[] = []
  private dep: number[] = []
  private cat: number[] = []
  private kind: number[] = []
  private st: number[] = []
  private mon: number[] = []
  private n: number[] = []

  get length(): number {
    return this.n.length
  }

  private push(district: number, department: number, category: number, kind: string, status: string, month: number, n: number): void {
    if (n <= 0) return
    this.d.push(district)
    this.dep.push(department)
    this.cat.push(category)
    this.kind.push(KIND_AT.get(kind) ?? TARGET)
    this.st.push(STATUS_AT.get(status) ?? NO_DATA)
    this.mon.push(month)
    this.n.push(n)
  }

  static fromCells(cells: Iterable<Cell>): CellColumns {
    const c = new CellColumns()
    for (const x of cells) c.push(c.districts.index(x.district), c.departments.index(x.department), c.categories.index(x.category), x.kind, x.status, c.months.index(x.month), x.n)
    return c
  }

  /**
   * From the stored rows; local dictionaries of each row map onto the shared ones. `cache` keeps
   * parsed rows between calls: after a write only the districts whose text changed are parsed again.
   */
  static fromPacked(rows: Iterable<Partial<PackedCells>>, cache?: Map<string, { text: string; body: PackedBody }>): CellColumns {
    const c = new CellColumns()
    const seen = new Set<string>()
    for (const row of rows) {
      if (typeof row.cells !== 'string') continue // not a packed row (an older format): ignored
      const id = row.id ?? String(row.district)
      seen.add(id)
      let b = cache?.get(id)?.text === row.cells ? cache.get(id)!.body : undefined
      if (!b) {
        b = JSON.parse(row.cells) as PackedBody
        cache?.set(id, { text: row.cells, body: b })
      }
      const d = c.districts.index(row.district ?? null)
      const dep = b.dep.map((v) => c.departments.index(v))
      const cat = b.cat.map((v) => c.categories.index(v))
      const mon = b.mon.map((v) => c.months.index(v))
      for (let i = 0; i + 5 < b.c.length; i += 6) c.push(d, dep[b.c[i]], cat[b.c[i + 1]], b.kind[b.c[i + 2]], b.st[b.c[i + 3]], mon[b.c[i + 4]], b.c[i + 5])
    }
    if (cache) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id)
    return c
  }

  /** Everything the dashboard shows for the cells matching `filter` (list semantics, see matchFilter.ts). */
  aggregate(opts: AggregateOptions, filter: DashboardFilter = {}): DashboardAggregate {
    const year = opts.today.slice(0, 4)
    const dm = mask(this.districts.list, filter.district)
    const depm = mask(this.departments.list, filter.department)
    const cm = mask(this.categories.list, filter.category)
    const ym = mask(this.months.list, filter.year, (m) => m.slice(0, 4))
    const km = filter.kind?.length ? Uint8Array.from(KINDS, (k) => (filter.kind!.includes(k) ? 1 : 0)) : null
    const sm = filter.status?.length ? Uint8Array.from(STATUSES, (s) => (filter.status!.includes(s) ? 1 : 0)) : null
    const noMonth = this.months.list.indexOf(null)
    const monthThisYear = Uint8Array.from(this.months.list, (m) => (m !== null && m.startsWith(year) ? 1 : 0))
    const byD = new Uint32Array(this.districts.list.length * S)
    const byDep = new Uint32Array(this.departments.list.length * S)
    const byCat = new Uint32Array(this.categories.list.length * S)
    const byMon = new Uint32Array(this.months.list.length * S)
    const status = new Uint32Array(S)
    let total = 0
    let targetsDue = 0
    let withoutDeadline = 0
    const { d, dep, cat, kind, st, mon, n } = this
    for (let i = 0; i < n.length; i++) {
      if ((dm && !dm[d[i]]) || (depm && !depm[dep[i]]) || (cm && !cm[cat[i]]) || (ym && !ym[mon[i]]) || (km && !km[kind[i]]) || (sm && !sm[st[i]])) continue
      const s = st[i]
      const k = n[i]
      total += k
      status[s] += k
      byD[d[i] * S + s] += k
      byDep[dep[i] * S + s] += k
      byCat[cat[i] * S + s] += k
      if (mon[i] === noMonth) withoutDeadline += k
      else {
        byMon[mon[i] * S + s] += k
        if (kind[i] === TARGET && monthThisYear[mon[i]]) targetsDue += k
      }
    }
    const byStatus = emptyCounts()
    STATUSES.forEach((s: Status, i) => (byStatus[s] = status[i]))
    if (noMonth >= 0) for (let s = 0; s < S; s++) byMon[noMonth * S + s] = 0
    return {
      total,
      byStatus,
      groups: groupCounts(byStatus),
      year: Number(year),
      targetsDueThisYear: targetsDue,
      withoutDeadline,
      byDistrict: tableFrom(this.districts.list, byD),
      byDepartment: tableFrom(this.departments.list, byDep),
      byCategory: tableFrom(this.categories.list, byCat),
      byMonth: fillMonths(tableFrom(this.months.list, byMon, 'key-asc')),
      todayMonth: opts.today.slice(0, 7),
    }
  }

  /**
   * Counts per deadline month ('YYYY-MM') of the cells matching `filter` whose kind and status
   * `keep` accepts. The due panel's counts start here: whole months come from counts, only the
   * months cut by a due boundary read rows (src/db/dueQueries.ts).
   */
  monthCounts(filter: DashboardFilter, keep: (kind: Kind, status: Status) => boolean): Map<string, number> {
    const dm = mask(this.districts.list, filter.district)
    const depm = mask(this.departments.list, filter.department)
    const cm = mask(this.categories.list, filter.category)
    const ym = mask(this.months.list, filter.year, (m) => m.slice(0, 4))
    const km = filter.kind?.length ? Uint8Array.from(KINDS, (k) => (filter.kind!.includes(k) ? 1 : 0)) : null
    const sm = filter.status?.length ? Uint8Array.from(STATUSES, (s) => (filter.status!.includes(s) ? 1 : 0)) : null
    const kept = Uint8Array.from(KINDS.flatMap((k) => STATUSES.map((s) => (keep(k, s) ? 1 : 0))))
    const byMon = new Uint32Array(this.months.list.length)
    const { d, dep, cat, kind, st, mon, n } = this
    for (let i = 0; i < n.length; i++) {
      if ((dm && !dm[d[i]]) || (depm && !depm[dep[i]]) || (cm && !cm[cat[i]]) || (ym && !ym[mon[i]]) || (km && !km[kind[i]]) || (sm && !sm[st[i]])) continue
      if (kept[kind[i] * S + st[i]]) byMon[mon[i]] += n[i]
    }
    const out = new Map<string, number>()
    this.months.list.forEach((m, i) => {
      if (m !== null && byMon[i]) out.set(m, byMon[i])
    })
    return out
  }

  /** Years, categories, districts and kinds present (for the filter controls). */
  choices(): FilterChoices {
    const years = new Set<number>()
    for (const m of this.months.list) if (m) years.add(Number(m.slice(0, 4)))
    const named = (l: (string | null)[]) => l.filter((v): v is string => v !== null).sort(zh.compare)
    const kinds = new Set(this.kind)
    return {
      years: [...years].sort((a, b) => a - b),
      categories: named(this.categories.list),
      districts: named(this.districts.list),
      kinds: KINDS.filter((_k, i) => kinds.has(i)),
    }
  }
}
