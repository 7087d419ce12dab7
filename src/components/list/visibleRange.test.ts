import { describe, expect, it } from 'vitest'
import { slotOf, visibleRange } from './visibleRange'

describe('visibleRange', () => {
  it('covers the viewport plus overscan, clamped at the top', () => {
    // 64 px rows, 640 px viewport at the top: rows 0…9 seen, 4 more below
    expect(visibleRange(0, 640, 64, 100_000, 4)).toEqual({ first: 0, last: 13 })
  })

  it('counts a partly visible row at either edge', () => {
    // 100 px down: row 1 is partly cut at the top, row 11 partly visible at the bottom
    expect(visibleRange(100, 640, 64, 100_000, 0)).toEqual({ first: 1, last: 11 })
  })

  it('clamps at the end of the list, also when the scroll position overshoots', () => {
    expect(visibleRange(64 * 99_995, 640, 64, 100_000, 4)).toEqual({ first: 99_991, last: 99_999 })
    expect(visibleRange(1e12, 640, 64, 100_000, 4)).toEqual({ first: 99_995, last: 99_999 })
  })

  it('draws nothing for an empty list and survives an unmeasured viewport or a negative scroll', () => {
    expect(visibleRange(0, 640, 64, 0, 4)).toEqual({ first: -1, last: -1 })
    expect(visibleRange(-50, 0, 64, 10, 2)).toEqual({ first: 0, last: 2 })
  })

  it('a far jump gives the range at the new place, not a union with the old one', () => {
    expect(visibleRange(64 * 50_000, 320, 64, 100_000, 1)).toEqual({ first: 49_999, last: 50_005 })
  })
})

describe('slotOf', () => {
  it('gives every row of a drawn range its own slot', () => {
    const { first, last } = visibleRange(64 * 1234 + 17, 900, 64, 100_000, 4)
    const slots = last - first + 1
    const used = new Set<number>()
    for (let i = first; i <= last; i++) used.add(slotOf(i, slots))
    expect(used.size).toBe(slots)
  })

  it('after scrolling one row down, the new row takes the slot the row that left freed', () => {
    const slots = 20
    expect(slotOf(100 + slots, slots)).toBe(slotOf(100, slots))
  })
})
