import { describe, expect, it } from 'vitest'
import { tableFromCounts } from './statusTable'
import { foldRows } from './topRows'
import type { Status } from '../model/types'

// 30 owners with 30, 29, … 1 commitments, some of them behind pace, plus 5 without an owner
const triples: [string | null, Status, number][] = []
for (let i = 0; i < 30; i++) {
  triples.push([`部门${i}`, 'on_pace', 30 - i])
  if (i % 3 === 0) triples.push([`部门${i}`, 'behind', 1])
}
triples.push([null, 'no_data', 5])
const table = tableFromCounts(triples)

describe('foldRows', () => {
  it('keeps every row when they fit', () => {
    const small = tableFromCounts([['老城区', 'on_pace', 2], ['西工区', 'behind', 1]])
    expect(foldRows(small, 14)).toEqual({ head: small.rows, rest: null, restOwners: 0 })
    // exactly max rows: no fold either
    expect(foldRows(table, table.rows.length).rest).toBeNull()
  })

  it('draws the biggest max−1 owners and sums the others into one row', () => {
    const f = foldRows(table, 14)
    expect(f.head.map((r) => r.key)).toEqual(table.rows.slice(0, 13).map((r) => r.key))
    expect(f.head[0].key).toBe('部门0')
    expect(f.restOwners).toBe(table.rows.length - 13)
    // the folded row holds exactly what the head leaves out, status by status
    expect(f.rest!.total + f.head.reduce((n, r) => n + r.total, 0)).toBe(table.total)
    const tail = table.rows.slice(13)
    expect(f.rest!.counts.behind).toBe(tail.reduce((n, r) => n + r.counts.behind, 0))
    expect(f.rest!.counts.no_data).toBe(5) // 未注明 sorts last, so it is among the folded
    expect(f.rest!.key).toBeNull()
  })

  it('keeps at least one owner drawn', () => {
    expect(foldRows(table, 1).head).toHaveLength(1)
    expect(foldRows(table, 1).restOwners).toBe(table.rows.length - 1)
  })
})
