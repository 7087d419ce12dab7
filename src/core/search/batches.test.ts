import { describe, expect, it } from 'vitest'
import { batchesOf, sameHits } from './batches'
import type { SearchHit } from './searchIndex'

const hit = (id: string, score = 1, ranges: [number, number][] = [[0, 2]]): SearchHit => ({ id, score, ranges, fields: ['quote'] })
const hits = (n: number) => Array.from({ length: n }, (_, i) => hit(`c${i}`, n - i))

describe('batchesOf', () => {
  it('cuts the ranked hits into consecutive batches, the last one shorter, none lost or repeated', () => {
    const all = hits(45)
    const batches = batchesOf(all, 20)
    expect(batches.map((b) => b.hits.length)).toEqual([20, 20, 5])
    expect(batches.flatMap((b) => b.hits)).toEqual(all)
    expect(batches[1].key).toBe(all.slice(20, 40).map((h) => h.id).join('\n'))
    expect(batchesOf([], 20)).toEqual([])
  })

  it('gives a batch the same key when its ids are the same, whatever came after it', () => {
    expect(batchesOf(hits(45), 20)[0].key).toBe(batchesOf(hits(21), 20)[0].key)
    expect(batchesOf(hits(45), 20)[1].key).not.toBe(batchesOf(hits(21), 20)[1].key)
  })
})

describe('sameHits', () => {
  it('is true only for the same ids in the same order with the same marks and fields', () => {
    expect(sameHits(hits(3), hits(3))).toBe(true)
    expect(sameHits(hits(3), hits(2))).toBe(false)
    expect(sameHits([hit('a'), hit('b')], [hit('b'), hit('a')])).toBe(false)
    expect(sameHits([hit('a', 1, [[0, 2]])], [hit('a', 1, [[0, 3]])])).toBe(false)
    expect(sameHits([hit('a', 1)], [hit('a', 2)])).toBe(false)
    expect(sameHits([hit('a')], [{ ...hit('a'), fields: ['quote', 'title'] }])).toBe(false)
  })
})
