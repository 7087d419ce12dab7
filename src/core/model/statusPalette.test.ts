import { describe, expect, it } from 'vitest'
import { STATUSES } from './types'
import { contrastRatio, STATUS_COLOURS, STATUS_FILL, STATUS_ORDER } from './statusPalette'

describe('status palette', () => {
  it('orders every status exactly once', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort())
  })

  it('gives every status its own fill', () => {
    expect(new Set(Object.values(STATUS_FILL)).size).toBe(STATUSES.length)
  })

  it('keeps badge text readable on every fill (WCAG AA 4.5:1)', () => {
    for (const s of STATUSES) expect(contrastRatio(STATUS_COLOURS[s].fill, STATUS_COLOURS[s].text)).toBeGreaterThanOrEqual(4.5)
  })

  it('shows 未评估 as a neutral grey (r = g = b)', () => {
    const hex = STATUS_FILL.no_data.slice(1)
    expect(hex.slice(0, 2)).toBe(hex.slice(2, 4))
    expect(hex.slice(2, 4)).toBe(hex.slice(4, 6))
  })

  it('computes contrast the WCAG way (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
  })
})
