// The maintained cells held in memory as columns of small integers (dictionary-encoded), so a
// filter change folds ~50,000 cells (100,000 commitments) in a couple of milliseconds: masks per
// dictionary entry instead of string compares, flat count arrays instead of Map lookups. Built once
// per data change; every filter change reuses it.
import type { CommitmentFilter } from '../model/filter'
import { compareZh } from '../format/collator'
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

/** One stored row's cells as columns of indices into the shared dictionaries (see PackedCache). */
interface Segment {
  text: string
  d: Uint32Array
  dep: Uint32Array
  cat: Uint32Array
  kind: Uint8Array
  st: Uint8Array
  mon: Uint32Array
  n: Uint32Array
}

interface Dicts {
  districts: Dict
  departments: Dict
  categories: Dict
  months: Dict
}
const newDicts = (): Dicts => ({ districts: new Dict(), departments: new Dict(), categories: new Dict(), months: new Dict() })

/** Growing columns, frozen into a Segment. */
class SegmentBuilder {
  readonly d: number[] = []
  readonly dep: number[] = []
  readonly cat: number[] = []
  readonly kind: number[] = []
  readonly st: number[] = []
  readonly mon: number[] = []
  readonly n: number[] = []
  push(district: number, department: number, category: number, kind: string, status: string, month: number, n: number): void {
    if (n <= 0) return
    this.d.push(district)
    this.dep.push(department)
    this.cat.push(category)
    this.kind.push(KIND_AT.get(kind) ?? TARGET)
    this.st.push(STATUS_AT.get(status) ?? NO_DATA)
    this.mon.push(month)
    this.n.push(n)
  }
  build(text: string): Segment {
    return {
      text,
      d: Uint32Array.from(this.d),
      dep: Uint32Array.from(this.dep),
      cat: Uint32Array.from(this.cat),
      kind: Uint8Array.from(this.kind),
      st: Uint8Array.from(this.st),
      mon: Uint32Array.from(this.mon),
      n: Uint32Array.from(this.n),
    }
  }
}

/**
 * One stored row's cells as columns. Written straight into typed arrays sized by a first pass, with
 * the row's own kind and status lists mapped once: per cell, pushes onto seven growing arrays and two
 * map lookups made the columns' build (100,000 commitments, ~50,000 cells) the longest step of the
 * dashboard's open after the stats read.
 */
function segmentOf(row: Partial<PackedCells> & { cells: string }, dicts: Dicts): Segment {
  const b = JSON.parse(row.cells) as PackedBody
  const dep = b.dep.map((v) => dicts.departments.index(v))
  const cat = b.cat.map((v) => dicts.categories.index(v))
  const mon = b.mon.map((v) => dicts.months.index(v))
  const kinds = b.kind.map((k) => KIND_AT.get(k) ?? TARGET)
  const sts = b.st.map((x) => STATUS_AT.get(x) ?? NO_DATA)
  const c = b.c
  // cells with a count (as SegmentBuilder.push, none of n ≤ 0)
  let len = 0
  for (let i = 0; i + 5 < c.length; i += 6) if (!(c[i + 5] <= 0)) len++
  const out: Segment = {
    text: row.cells,
    d: new Uint32Array(len).fill(dicts.districts.index(row.district ?? null)),
    dep: new Uint32Array(len),
    cat: new Uint32Array(len),
    kind: new Uint8Array(len),
    st: new Uint8Array(len),
    mon: new Uint32Array(len),
    n: new Uint32Array(len),
  }
  let j = 0
  for (let i = 0; i + 5 < c.length; i += 6) {
    const n = c[i + 5]
    if (n <= 0) continue
    out.dep[j] = dep[c[i]]
    out.cat[j] = cat[c[i + 1]]
    out.kind[j] = kinds[c[i + 2]] ?? TARGET
    out.st[j] = sts[c[i + 3]] ?? NO_DATA
    out.mon[j] = mon[c[i + 4]]
    out.n[j] = n
    j++
  }
  return out
}

/**
 * What a data change keeps from the previous build: each stored row's cells already mapped onto
 * dictionaries shared by every build, so a write that changed one district re-parses and re-maps
 * that district only; the others' columns are copied as they are (typed-array copies). The
 * dictionaries only grow: an entry whose cells are gone stays with no counts (tables and choices
 * list only entries with counts).
 *
 * Each segment also keeps the row's revision (`rev`, a fresh value on every write of the row, see
 * src/db/stats.ts), so a reader that knows the stored revisions asks only for the rows whose
 * revision differs from the one held here (`stale`).
 */
export class PackedCache {
  readonly dicts: Dicts = newDicts()
  readonly segments = new Map<string, Segment & { rev?: string }>()
  /** Grows whenever a segment is parsed or dropped: equal versions, equal columns. */
  version = 0

  /** The ids among `stored` (id, revision) whose revision this cache does not hold. */
  stale(stored: readonly (readonly [string, string])[]): string[] {
    return stored.filter(([id, rev]) => this.segments.get(id)?.rev !== rev).map(([id]) => id)
  }

  /** Takes a stored row: parsed and mapped unless its text is the one held. False when it is not a packed row. */
  put(row: Partial<PackedCells> & { rev?: string }): boolean {
    const id = row.id ?? String(row.district)
    if (typeof row.cells !== 'string') {
      // not a packed row (an older format): ignored
      if (this.segments.delete(id)) this.version++
      return false
    }
    const held = this.segments.get(id)
    if (held?.text === row.cells) held.rev = row.rev
    else {
      this.segments.set(id, { ...segmentOf(row as Partial<PackedCells> & { cells: string }, this.dicts), rev: row.rev })
      this.version++
    }
    return true
  }

  /** Keeps only the rows `ids` names (the others were deleted). */
  keepOnly(ids: Iterable<string>): void {
    const keep = new Set(ids)
    for (const id of this.segments.keys()) if (!keep.has(id) && this.segments.delete(id)) this.version++
  }
}

export class CellColumns {
  private readonly districts: Dict
  private readonly departments: Dict
  private readonly categories: Dict
  private readonly months: Dict
  private readonly d: Uint32Array
  private readonly dep: Uint32Array
  private readonly cat: Uint32Array
  private readonly kind: Uint8Array
  private readonly st: Uint8Array
  private readonly mon: Uint32Array
  private readonly n: Uint32Array

  private constructor(dicts: Dicts, segments: Segment[]) {
    this.districts = dicts.districts
    this.departments = dicts.departments
    this.categories = dicts.categories
    this.months = dicts.months
    const len = segments.reduce((t, x) => t + x.n.length, 0)
    this.d = new Uint32Array(len)
    this.dep = new Uint32Array(len)
    this.cat = new Uint32Array(len)
    this.kind = new Uint8Array(len)
    this.st = new Uint8Array(len)
    this.mon = new Uint32Array(len)
    this.n = new Uint32Array(len)
    let at = 0
    for (const x of segments) {
      this.d.set(x.d, at)
      this.dep.set(x.dep, at)
      this.cat.set(x.cat, at)
      this.kind.set(x.kind, at)
      this.st.set(x.st, at)
      this.mon.set(x.mon, at)
      this.n.set(x.n, at)
      at += x.n.length
    }
  }

  get length(): number {
    return this.n.length
  }

  static fromCells(cells: Iterable<Cell>): CellColumns {
    const dicts = newDicts()
    const b = new SegmentBuilder()
    for (const x of cells) b.push(dicts.districts.index(x.district), dicts.departments.index(x.department), dicts.categories.index(x.category), x.kind, x.status, dicts.months.index(x.month), x.n)
    return new CellColumns(dicts, [b.build('')])
  }

  /**
   * From the stored rows; local dictionaries of each row map onto the shared ones. `cache` keeps
   * mapped rows between calls: after a write only the districts whose text changed are parsed again.
   */
  static fromPacked(rows: Iterable<Partial<PackedCells> & { rev?: string }>, cache: PackedCache = new PackedCache()): CellColumns {
    const ids: string[] = []
    for (const row of rows) if (cache.put(row)) ids.push(row.id ?? String(row.district))
    cache.keepOnly(ids)
    return CellColumns.fromCache(cache, ids)
  }

  /** From the rows a cache holds, in the order of `ids` (each must be held). */
  static fromCache(cache: PackedCache, ids: readonly string[]): CellColumns {
    return new CellColumns(cache.dicts, ids.map((id) => cache.segments.get(id)!))
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
    // entries with cells only (shared dictionaries keep entries whose cells are gone)
    const usedD = new Uint8Array(this.districts.list.length)
    const usedC = new Uint8Array(this.categories.list.length)
    const usedM = new Uint8Array(this.months.list.length)
    const usedK = new Uint8Array(KINDS.length)
    for (let i = 0; i < this.n.length; i++) {
      usedD[this.d[i]] = 1
      usedC[this.cat[i]] = 1
      usedM[this.mon[i]] = 1
      usedK[this.kind[i]] = 1
    }
    const years = new Set<number>()
    this.months.list.forEach((m, i) => {
      if (m && usedM[i]) years.add(Number(m.slice(0, 4)))
    })
    const named = (l: (string | null)[], used: Uint8Array) => l.filter((v, i): v is string => v !== null && used[i] === 1).sort(compareZh)
    return {
      years: [...years].sort((a, b) => a - b),
      categories: named(this.categories.list, usedC),
      districts: named(this.districts.list, usedD),
      kinds: KINDS.filter((_k, i) => usedK[i] === 1),
    }
  }
}
