import { describe, expect, it } from 'vitest'
import { PackedIds, packIds } from './packedIds'

const unpack = (ids: string[]) => {
  const { joined, ends } = packIds(ids)
  return new PackedIds(joined, ends)
}

describe('PackedIds', () => {
  const ids = ['c_1', 'c_22', '', 'c_333', '承诺_4']

  it('slices like the array it was packed from', () => {
    const p = unpack(ids)
    expect(p.length).toBe(ids.length)
    expect(p.slice()).toEqual(ids)
    for (const [s, e] of [[0, 2], [1, 4], [3, 99], [4, 5], [2, 2], [5, 9], [-2, undefined], [0, -1]] as const) {
      expect(p.slice(s, e)).toEqual(ids.slice(s, e))
    }
  })

  it('holds an empty list', () => {
    const p = unpack([])
    expect(p.length).toBe(0)
    expect(p.slice(0, 50)).toEqual([])
  })
})
