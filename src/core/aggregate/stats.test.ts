import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KINDS, STATUSES } from '../model/types'
import { aggregateDashboard, type AggRow } from './dashboard'
import { dashboardFromStats, foldStats, statContributions, statId } from './stats'

const arbRow: fc.Arbitrary<AggRow> = fc.record({
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...STATUSES),
  district: fc.option(fc.constantFrom('老城区', '西工区', '洛阳市', '高新区'), { nil: null }),
  department: fc.option(fc.constantFrom('市教育局', '市工业和信息化局'), { nil: null }),
  category: fc.constantFrom('文旅', '工业', '教育'),
  deadline: fc.option(
    fc.record({
      date: fc.tuple(fc.integer({ min: 2023, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`),
      precision: fc.constant('month' as const),
    }),
    { nil: null },
  ),
})

describe('dashboard from maintained counts', () => {
  it('gives exactly what a pass over the rows gives', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 120 }), fc.constantFrom('2024-03-01', '2025-12-31'), (rows, today) => {
        const stats = foldStats(rows.flatMap(statContributions))
        expect(dashboardFromStats(stats, { today })).toEqual(aggregateDashboard(rows, { today }))
      }),
      { numRuns: 150 },
    )
  })

  it('stays exact when a status changes (subtract the old row, add the new)', () => {
    const before: AggRow = { kind: 'target', status: 'no_data', district: '老城区', department: null, category: '文旅', deadline: { date: '2024-12-31', precision: 'year' } }
    const after: AggRow = { ...before, status: 'overdue' }
    const negate = (r: AggRow) => statContributions(r).map((c) => ({ ...c, n: -c.n }))
    const stats = foldStats([...statContributions(before), ...negate(before), ...statContributions(after)])
    const agg = dashboardFromStats(stats, { today: '2025-01-10' })
    expect(agg.byDistrict.rows).toEqual([{ key: '老城区', total: 1, counts: expect.objectContaining({ overdue: 1, no_data: 0 }) }])
    expect(agg.byStatus.no_data).toBe(0)
  })

  it('gives null and string keys distinct ids', () => {
    expect(statId({ dim: 'district', key: null, status: 'no_data' })).not.toBe(statId({ dim: 'district', key: '', status: 'no_data' }))
  })
})
