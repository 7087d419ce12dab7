import { describe, expect, it } from 'vitest'
import { tableFromCounts } from '@/core/aggregate'
import { monthFilter, ownerFilter, statusTableRows } from './tableRows'
import { listLocation } from './listLocation'

describe('chart data tables', () => {
  const t = tableFromCounts([
    ['老城区', 'no_data', 7],
    ['老城区', 'overdue', 1],
    [null, 'no_data', 2],
  ])
  const table = statusTableRows(t, (k) => k ?? '未注明', ownerFilter('district'))

  it('has one column per status present, in palette order, and a row per owner', () => {
    expect(table.statuses).toEqual(['overdue', 'no_data'])
    expect(table.rows.map((r) => [r.name, r.cells, r.total])).toEqual([
      ['老城区', [1, 7], 8],
      ['未注明', [0, 2], 2],
    ])
  })

  it('links an owner to the list filtered to it; 未注明 has no link', () => {
    expect(listLocation(table.rows[0].filter!)).toEqual({ path: '/list', query: { district: ['老城区'] } })
    expect(table.rows[1].filter).toBeNull()
  })

  it('links a month to its deadline year', () => {
    expect(listLocation(monthFilter('2024-10'))).toEqual({ path: '/list', query: { year: ['2024'] } })
  })
})
