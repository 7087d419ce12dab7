import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { CommitmentFilter } from '../model/filter'
import { matchesFilter } from '../model/matchFilter'
import { KINDS, STATUSES, type Commitment } from '../model/types'
import { aggregateDashboard, type AggRow } from './dashboard'
import { sameChoices, sameStatusTable } from './same'
import { PackedCache } from './cellColumns'
import {
  applyToPacked,
  CellColumns,
  cellOf,
  dashboardFromCells,
  dashboardFromStats,
  filterChoices,
  foldCells,
  packCells,
  packId,
  unpackCells,
  type Cell,
  type DashboardFilter,
} from './stats'

const DISTRICTS = ['老城区', '西工区', '洛阳市', '高新区']
const CATEGORIES = ['文旅', '工业', '教育']

const arbRow: fc.Arbitrary<AggRow> = fc.record({
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...STATUSES),
  district: fc.option(fc.constantFrom(...DISTRICTS), { nil: null }),
  department: fc.option(fc.constantFrom('市教育局', '市工业和信息化局', '老城区委'), { nil: null }),
  category: fc.constantFrom(...CATEGORIES),
  deadline: fc.option(
    fc.record({
      date: fc.tuple(fc.integer({ min: 2023, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`),
      precision: fc.constant('month' as const),
    }),
    { nil: null },
  ),
})

const some = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.uniqueArray(arb, { minLength: 1, maxLength: 3 }), { nil: undefined })
const arbFilter: fc.Arbitrary<DashboardFilter> = fc
  .record({
    district: some(fc.constantFrom(...DISTRICTS)),
    category: some(fc.constantFrom(...CATEGORIES)),
    kind: some(fc.constantFrom(...KINDS)),
    status: some(fc.constantFrom(...STATUSES)),
    year: some(fc.integer({ min: 2022, max: 2026 })),
  })
  .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as DashboardFilter)

/** What the list shows for the filter: the reference every dashboard figure must agree with. */
const listed = (rows: AggRow[], f: CommitmentFilter) => rows.filter((r) => matchesFilter(r as Commitment, f))

describe('dashboard from maintained cells', () => {
  it('gives exactly what a pass over the rows matching the filter gives', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 120 }), arbFilter, fc.constantFrom('2024-03-01', '2025-12-31'), (rows, filter, today) => {
        const cells = foldCells(rows.map(cellOf))
        expect(dashboardFromCells(cells, { today }, filter)).toEqual(aggregateDashboard(listed(rows, filter), { today }))
      }),
      { numRuns: 200 },
    )
  })

  it('survives packing into per-district rows and back', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 80 }), (rows) => {
        const packed = packCells(foldCells(rows.map(cellOf)))
        expect(new Set(packed.map((p) => p.id)).size).toBe(packed.length)
        expect(dashboardFromStats(packed, { today: '2025-01-01' })).toEqual(aggregateDashboard(rows, { today: '2025-01-01' }))
      }),
      { numRuns: 100 },
    )
  })

  it('reads packed rows into the same columns as the cells they hold: every filter, the choices', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 80 }), arbFilter, (rows, filter) => {
        const cells = foldCells(rows.map(cellOf))
        const packed = CellColumns.fromPacked(packCells(cells))
        const direct = CellColumns.fromCells(cells)
        expect(packed.aggregate({ today: '2025-01-01' }, filter)).toEqual(direct.aggregate({ today: '2025-01-01' }, filter))
        expect(packed.choices()).toEqual(direct.choices())
      }),
      { numRuns: 150 },
    )
  })

  it('applies signed deltas to a stored row, and empties it when nothing is left', () => {
    const a: AggRow = { kind: 'target', status: 'no_data', district: '老城区', department: null, category: '文旅', deadline: { date: '2024-12-31', precision: 'year' } }
    const b: AggRow = { ...a, status: 'overdue' }
    const [row] = packCells(foldCells([a, a].map(cellOf)))
    // one of the two turns overdue: −1 no_data, +1 overdue
    const moved = applyToPacked(row, '老城区', [{ ...cellOf(a), n: -1 }, cellOf(b)])!
    expect(unpackCells([moved]).map((c) => [c.status, c.n]).sort()).toEqual([['no_data', 1], ['overdue', 1]])
    expect(applyToPacked(moved, '老城区', [{ ...cellOf(a), n: -1 }, { ...cellOf(b), n: -1 }])).toBeNull()
  })

  // table-driven: the filters a policy watcher uses, on a small known set
  const known: AggRow[] = [
    { kind: 'target', status: 'on_pace', district: '老城区', department: '老城区委', category: '文旅', deadline: { date: '2024-12-31', precision: 'year' } },
    { kind: 'target', status: 'overdue', district: '老城区', department: '老城区委', category: '工业', deadline: { date: '2023-12-31', precision: 'year' } },
    { kind: 'milestone', status: 'done', district: '西工区', department: null, category: '文旅', deadline: { date: '2024-06-30', precision: 'month' } },
    { kind: 'qualitative', status: 'no_data', district: null, department: null, category: '教育', deadline: null },
  ]
  const cells = foldCells(known.map(cellOf))
  it.each<[string, DashboardFilter, number, (string | null)[], number]>([
    ['no filter', {}, 4, ['老城区', '西工区', null], 1],
    ['deadline year 2024', { year: [2024] }, 2, ['老城区', '西工区'], 0],
    ['years 2023 and 2024', { year: [2023, 2024] }, 3, ['老城区', '西工区'], 0],
    ['category 文旅', { category: ['文旅'] }, 2, ['老城区', '西工区'], 0],
    ['kind target', { kind: ['target'] }, 2, ['老城区'], 0],
    ['status overdue', { status: ['overdue'] }, 1, ['老城区'], 0],
    ['district 西工区', { district: ['西工区'] }, 1, ['西工区'], 0],
    ['nothing matches', { year: [2030] }, 0, [], 0],
  ])('%s', (_name, filter, total, districts, withoutDeadline) => {
    const agg = dashboardFromCells(cells, { today: '2024-06-01' }, filter)
    expect(agg.total).toBe(total)
    expect(agg.byDistrict.rows.map((r) => r.key)).toEqual(districts)
    expect(agg.withoutDeadline).toBe(withoutDeadline)
  })

  it('counts targets due this year within the filter', () => {
    expect(dashboardFromCells(cells, { today: '2024-06-01' }).targetsDueThisYear).toBe(1)
    expect(dashboardFromCells(cells, { today: '2024-06-01' }, { category: ['工业'] }).targetsDueThisYear).toBe(0)
  })

  it('offers the years, categories, districts and kinds present', () => {
    expect(filterChoices(cells)).toEqual({ years: [2023, 2024], categories: ['工业', '教育', '文旅'], districts: ['老城区', '西工区'], kinds: ['target', 'milestone', 'qualitative'] })
  })

  it('gives null and empty-string districts distinct row ids and cells', () => {
    expect(packId(null)).not.toBe(packId(''))
    const c: Cell = { ...cellOf(known[0]), district: null }
    expect(unpackCells(packCells([c]))[0].district).toBeNull()
  })
})

describe('sameStatusTable', () => {
  const a = dashboardFromCells(cells(), { today: '2024-06-01' })
  function cells() {
    return foldCells(
      [
        { kind: 'target', status: 'on_pace', district: '老城区', department: null, category: '文旅', deadline: null },
        { kind: 'target', status: 'overdue', district: '西工区', department: null, category: '工业', deadline: null },
      ].map((r) => cellOf(r as AggRow)),
    )
  }
  it('is true for tables rebuilt from the same counts and false when one count moves', () => {
    const b = dashboardFromCells(cells(), { today: '2024-06-01' })
    expect(sameStatusTable(a.byCategory, b.byCategory)).toBe(true)
    const moved = dashboardFromCells([...cells(), { ...cells()[0], status: 'behind', n: 1 }], { today: '2024-06-01' })
    expect(sameStatusTable(a.byCategory, moved.byCategory)).toBe(false)
    expect(sameStatusTable(a.byDistrict, dashboardFromCells(cells(), { today: '2024-06-01' }, { district: ['老城区'] }).byDistrict)).toBe(false)
  })
})

describe('CellColumns.fromPacked with a cache', () => {
  it('parses again only the districts whose stored text changed, and gives what a fresh read gives', () => {
    const rows: AggRow[] = ['老城区', '西工区', '洛龙区'].map((d) => ({ kind: 'target', status: 'no_data', district: d, department: null, category: '文旅', deadline: null }))
    const packed = packCells(foldCells(rows.map(cellOf)))
    const cache = new PackedCache()
    CellColumns.fromPacked(packed, cache)
    const moved = packed.map((p) => (p.district === '西工区' ? applyToPacked(p, '西工区', [{ ...cellOf(rows[1]), status: 'overdue' }])! : p))
    const parse = vi.spyOn(JSON, 'parse')
    const again = CellColumns.fromPacked(moved, cache).aggregate({ today: '2024-06-01' })
    expect(parse).toHaveBeenCalledTimes(1)
    parse.mockRestore()
    expect(again).toEqual(CellColumns.fromPacked(moved).aggregate({ today: '2024-06-01' }))
    expect(again.byStatus.overdue).toBe(1)
    // a district whose row is gone leaves the cache, and the choices and tables (its dictionary
    // entry stays in the shared dictionaries, with no cells)
    const gone = moved.filter((p) => p.district !== '老城区')
    const fewer = CellColumns.fromPacked(gone, cache)
    expect(cache.segments.size).toBe(2)
    expect(fewer.choices()).toEqual(CellColumns.fromPacked(gone).choices())
    expect(fewer.choices().districts).not.toContain('老城区')
    expect(fewer.aggregate({ today: '2024-06-01' })).toEqual(CellColumns.fromPacked(gone).aggregate({ today: '2024-06-01' }))
  })
})

describe('PackedCache revisions', () => {
  it('names only the rows whose revision it does not hold, and builds from what it holds', () => {
    const rows: AggRow[] = ['老城区', '西工区'].map((d) => ({ kind: 'target', status: 'no_data', district: d, department: null, category: '文旅', deadline: null }))
    const [a, b] = packCells(foldCells(rows.map(cellOf))).map((p, i) => ({ ...p, rev: `r${i}` }))
    const cache = new PackedCache()
    expect(cache.stale([[a.id, 'r0'], [b.id, 'r1']])).toEqual([a.id, b.id])
    cache.put(a)
    cache.put(b)
    const version = cache.version
    expect(cache.stale([[a.id, 'r0'], [b.id, 'r1']])).toEqual([])
    // a new revision is stale; the same text under it is not parsed again and changes no columns
    expect(cache.stale([[a.id, 'r0'], [b.id, 'r2']])).toEqual([b.id])
    cache.put({ ...b, rev: 'r2' })
    expect(cache.version).toBe(version)
    expect(cache.stale([[b.id, 'r2']])).toEqual([])
    // a changed row and a deleted one change the columns
    const b2 = { ...applyToPacked(b, '西工区', [{ ...cellOf(rows[1]), n: 2 }])!, rev: 'r3' }
    cache.put(b2)
    cache.keepOnly([b2.id])
    expect(cache.version).toBe(version + 2)
    expect(CellColumns.fromCache(cache, [b2.id]).aggregate({ today: '2024-06-01' })).toEqual(CellColumns.fromPacked([b2]).aggregate({ today: '2024-06-01' }))
    expect(CellColumns.fromCache(cache, [b2.id]).aggregate({ today: '2024-06-01' }).total).toBe(3)
  })
})

describe('sameChoices', () => {
  it('is true for equal choices from different builds, false when a district (or year, category, kind) comes or goes', () => {
    const row = (district: string, year: string): AggRow => ({ kind: 'target', status: 'no_data', district, department: null, category: '文旅', deadline: { date: `${year}-06-30`, precision: 'month' } })
    const two = [row('老城区', '2024'), row('西工区', '2025')]
    const a = CellColumns.fromCells(two.map(cellOf)).choices()
    expect(sameChoices(a, CellColumns.fromCells([...two, row('西工区', '2024')].map(cellOf)).choices())).toBe(true)
    expect(sameChoices(a, CellColumns.fromCells([...two, row('新设区', '2024')].map(cellOf)).choices())).toBe(false)
    expect(sameChoices(a, CellColumns.fromCells([...two, row('老城区', '2026')].map(cellOf)).choices())).toBe(false)
    expect(sameChoices(a, CellColumns.fromCells([...two, { ...row('老城区', '2024'), kind: 'fact' as const }].map(cellOf)).choices())).toBe(false)
  })
})
