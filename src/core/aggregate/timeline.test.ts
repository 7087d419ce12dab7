import { describe, expect, it } from 'vitest'
import { fillMonths, nextMonth } from './timeline'
import { StatusTableBuilder } from './statusTable'

describe('nextMonth', () => {
  it.each([
    ['2024-01', '2024-02'],
    ['2024-09', '2024-10'],
    ['2024-12', '2025-01'],
  ])('%s → %s', (a, b) => expect(nextMonth(a)).toBe(b))
})

describe('fillMonths', () => {
  it('inserts empty months between deadlines, keeping counts', () => {
    const b = new StatusTableBuilder()
    b.add('2024-11', 'no_data', 2)
    b.add('2025-02', 'overdue')
    const t = fillMonths(b.build('key-asc'))
    expect(t.rows.map((r) => [r.key, r.total])).toEqual([
      ['2024-11', 2],
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 1],
    ])
  })

  it('ignores keys that are not months', () => {
    const b = new StatusTableBuilder()
    b.add(null, 'no_data')
    expect(fillMonths(b.build('key-asc')).rows).toEqual([])
  })
})
