import { describe, expect, it } from 'vitest'
import { inclusiveDays, isIsoDate, monthEndsBetween } from './dates'

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-1', false],
    ['2024/01/01', false],
    ['2024-01-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (s, ok) => expect(isIsoDate(s)).toBe(ok))
})

describe('inclusiveDays', () => {
  it('counts both ends: Jan–Sep 2024 is 274 days, leap 2024 is 366', () => {
    expect(inclusiveDays('2024-01-01', '2024-09-30')).toBe(274)
    expect(inclusiveDays('2024-01-01', '2024-12-31')).toBe(366)
    expect(inclusiveDays('2023-01-01', '2023-12-31')).toBe(365)
  })
})

describe('monthEndsBetween', () => {
  it('lists month ends strictly inside the range', () => {
    expect(monthEndsBetween('2024-01-01', '2024-04-30')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31'])
    expect(monthEndsBetween('2024-11-15', '2025-02-01')).toEqual(['2024-11-30', '2024-12-31', '2025-01-31'])
  })
})
