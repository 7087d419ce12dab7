import { describe, expect, it } from 'vitest'
import { todayPlace } from './timelineToday'

describe('todayPlace', () => {
  const months = ['2024-02', '2024-03', '2024-04', '2024-12']

  it('is inside from the first month to the last, both included', () => {
    expect(todayPlace(months, '2024-02')).toBe('inside')
    expect(todayPlace(months, '2024-07')).toBe('inside')
    expect(todayPlace(months, '2024-12')).toBe('inside')
  })

  it('is after the last month (the seed: deadlines in 2024, read in 2026)', () => {
    expect(todayPlace(months, '2025-01')).toBe('after')
    expect(todayPlace(months, '2026-12')).toBe('after')
  })

  it('is before the first month', () => {
    expect(todayPlace(months, '2024-01')).toBe('before')
    expect(todayPlace(months, '2023-12')).toBe('before')
  })

  it('is none without months (the filter left nothing with a deadline)', () => {
    expect(todayPlace([], '2026-12')).toBe('none')
  })
})
