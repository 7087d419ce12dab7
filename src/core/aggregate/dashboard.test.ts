import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KINDS, STATUSES, type Status } from '../model/types'
import { aggregateDashboard, type AggRow } from './dashboard'
import { STATUS_GROUP_NAMES } from './statusGroups'

const row = (over: Partial<AggRow>): AggRow => ({
  kind: 'target',
  status: 'no_data',
  district: null,
  department: null,
  category: '其他',
  deadline: null,
  ...over,
})

const seedLike: AggRow[] = [
  row({ district: '老城区', department: '老城区委', category: '文旅', deadline: { date: '2024-12-31', precision: 'year' } }),
  row({ district: '老城区', department: '老城区委', category: '文旅', kind: 'milestone', deadline: { date: '2024-02-10', precision: 'day' } }),
  row({ district: '老城区', department: '老城区委', category: '城建', kind: 'qualitative' }),
  row({ district: '洛阳市', department: '市工业和信息化局', category: '工业', deadline: { date: '2024-12-31', precision: 'year' } }),
  row({ district: '洛阳市', department: '市工业和信息化局', category: '工业', kind: 'fact' }),
  row({ district: '西工区', department: null, category: '金融', status: 'on_pace', deadline: { date: '2025-03-31', precision: 'month' } }),
  row({ district: null, department: null, category: '教育', status: 'overdue', deadline: { date: '2024-10-01', precision: 'day' } }),
]

describe('aggregateDashboard', () => {
  const agg = aggregateDashboard(seedLike, { today: '2024-06-01' })

  it("gives 老城区's bar a total equal to its commitments, split by status", () => {
    const laocheng = agg.byDistrict.rows.find((r) => r.key === '老城区')!
    expect(laocheng.total).toBe(seedLike.filter((r) => r.district === '老城区').length)
    expect(laocheng.counts.no_data).toBe(laocheng.total)
  })

  it('puts the biggest owners first and 未注明 (null) last', () => {
    expect(agg.byDistrict.rows.map((r) => r.key)).toEqual(['老城区', '洛阳市', '西工区', null])
    expect(agg.byDepartment.rows[agg.byDepartment.rows.length - 1].key).toBeNull()
  })

  it('counts only targets whose deadline falls in the current year as due this year', () => {
    expect(agg.year).toBe(2024)
    expect(agg.targetsDueThisYear).toBe(seedLike.filter((r) => r.kind === 'target' && r.deadline?.date.startsWith('2024')).length)
    expect(aggregateDashboard(seedLike, { today: '2026-01-05' }).targetsDueThisYear).toBe(0)
  })

  it('lists only statuses that occur, so legends stay short', () => {
    expect(agg.byDistrict.present).toEqual(['on_pace', 'overdue', 'no_data'])
  })

  it('builds a contiguous month timeline from the first to the last deadline', () => {
    const keys = agg.byMonth.rows.map((r) => r.key)
    expect(keys[0]).toBe('2024-02')
    expect(keys[keys.length - 1]).toBe('2025-03')
    expect(keys).toHaveLength(14)
    expect(agg.byMonth.rows.find((r) => r.key === '2024-10')!.counts.overdue).toBe(1)
    expect(agg.withoutDeadline).toBe(seedLike.filter((r) => !r.deadline).length)
  })

  it('returns empty tables for no rows', () => {
    const empty = aggregateDashboard([], { today: '2024-06-01' })
    expect(empty.total).toBe(0)
    expect(empty.byDistrict.rows).toEqual([])
    expect(empty.byMonth.rows).toEqual([])
  })

  it('is consistent for any rows: every chart adds up to the headline total', () => {
    const owner = fc.option(fc.constantFrom('老城区', '西工区', '洛阳市', '高新区', '嵩县'), { nil: null })
    const arbRow = fc.record({
      kind: fc.constantFrom(...KINDS),
      status: fc.constantFrom(...STATUSES),
      district: owner,
      department: fc.option(fc.constantFrom('市教育局', '市工业和信息化局', '老城区委'), { nil: null }),
      category: fc.constantFrom('文旅', '工业', '教育'),
      deadline: fc.option(
        fc.record({
          date: fc.tuple(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-15`),
          precision: fc.constant('day' as const),
        }),
        { nil: null },
      ),
    })
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 200 }), (rows) => {
        const a = aggregateDashboard(rows, { today: '2025-07-01' })
        const sum = (t: { rows: { total: number }[] }) => t.rows.reduce((n, r) => n + r.total, 0)
        expect(a.total).toBe(rows.length)
        expect(sum(a.byDistrict)).toBe(rows.length)
        expect(sum(a.byDepartment)).toBe(rows.length)
        expect(sum(a.byCategory)).toBe(rows.length)
        expect(sum(a.byMonth) + a.withoutDeadline).toBe(rows.length)
        expect(STATUS_GROUP_NAMES.reduce((n, g) => n + a.groups[g], 0)).toBe(rows.length)
        for (const s of STATUSES) expect(a.byStatus[s]).toBe(rows.filter((r) => r.status === s).length)
        for (const r of a.byDistrict.rows) {
          expect(r.total).toBe(rows.filter((x) => x.district === r.key).length)
          expect(STATUSES.reduce((n, s: Status) => n + r.counts[s], 0)).toBe(r.total)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('handles 100,000 rows in one pass quickly', () => {
    const rows: AggRow[] = Array.from({ length: 100_000 }, (_, i) =>
      row({ district: `区${i % 40}`, department: `部门${i % 300}`, status: STATUSES[i % STATUSES.length], deadline: { date: `${2020 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-01`, precision: 'month' } }),
    )
    const t0 = performance.now()
    const a = aggregateDashboard(rows, { today: '2025-01-01' })
    const ms = performance.now() - t0
    expect(a.total).toBe(100_000)
    expect(a.byDepartment.rows).toHaveLength(300)
    // not a timing assertion: printed for the report
    console.log(`aggregateDashboard(100k rows): ${ms.toFixed(1)} ms`)
  })
})
