import { describe, expect, it } from 'vitest'
import { sameRecord } from './sameRecord'

describe('sameRecord', () => {
  it('ignores key order and undefined fields', () => {
    expect(sameRecord({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true)
    expect(sameRecord({ a: 1, note: undefined }, { a: 1 })).toBe(true)
  })
  it('tells null, missing, different values and array lengths apart', () => {
    expect(sameRecord({ a: null }, { a: undefined })).toBe(false)
    expect(sameRecord({ a: null }, {})).toBe(false)
    expect(sameRecord({ a: 1 }, { a: '1' })).toBe(false)
    expect(sameRecord({ a: [1, 2] }, { a: [1] })).toBe(false)
    expect(sameRecord({ a: [1] }, { a: { 0: 1 } })).toBe(false)
    expect(sameRecord({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false)
    expect(sameRecord({ d: { date: '2024-12-31' } }, { d: { date: '2024-12-30' } })).toBe(false)
  })
})
