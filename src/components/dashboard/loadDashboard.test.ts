import { describe, expect, it } from 'vitest'
import { freshDb } from '@/db/testDb'
import { toRow } from '@/db/db'
import { aggregateDashboard } from '@/core/aggregate'
import type { Commitment } from '@/core/model/types'
import { loadDashboard, PAGE } from './loadDashboard'

function commitment(i: number): Commitment {
  return {
    id: `c${String(i).padStart(6, '0')}`,
    sourceId: 's1',
    articleId: null,
    kind: i % 3 === 0 ? 'target' : 'milestone',
    quote: '力争2024年接待游客超过3500万人次',
    start: 0,
    end: 10,
    metric: null,
    value: null,
    unit: null,
    comparator: null,
    growth: false,
    deadline: i % 4 === 0 ? null : { date: `${2024 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-28`, precision: 'month' },
    district: ['老城区', '西工区', '洛阳市', null][i % 4],
    department: i % 5 === 0 ? null : `部门${i % 7}`,
    person: null,
    category: ['文旅', '工业', '教育'][i % 3],
    confidence: 0.9,
    extractorVersion: 'test',
    origin: 'extractor',
    reviewedAt: null,
    original: null,
    status: (['no_data', 'overdue', 'on_pace'] as const)[i % 3],
    createdAt: '2024-01-14T00:00:00Z',
  }
}

describe('loadDashboard', () => {
  it('reads every row across page boundaries and aggregates them like a single pass', async () => {
    const db = freshDb()
    const rows = Array.from({ length: PAGE * 2 + 37 }, (_, i) => commitment(i))
    await db.commitments.bulkAdd(rows.map(toRow))
    const agg = await loadDashboard(db, '2024-06-01')
    expect(agg.total).toBe(rows.length)
    expect(agg).toEqual(aggregateDashboard(rows, { today: '2024-06-01' }))
    expect(agg.byDistrict.rows.find((r) => r.key === '老城区')!.total).toBe(rows.filter((r) => r.district === '老城区').length)
    db.close()
  })

  it('gives an empty aggregate for an empty database', async () => {
    const db = freshDb()
    const agg = await loadDashboard(db, '2024-06-01')
    expect(agg.total).toBe(0)
    expect(agg.byDistrict.rows).toEqual([])
    db.close()
  })
})
