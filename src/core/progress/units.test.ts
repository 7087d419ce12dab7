import { describe, expect, it } from 'vitest'
import { decomposeUnit, scaleValue, unitConversion, unitNature } from './units'

describe('unitConversion', () => {
  it.each([
    ['万人次', '人次', 1e4],
    ['亿人次', '人次', 1e8],
    ['人次', '人次', 1],
    ['亿元', '元', 1e8],
    ['万元', '元', 1e4],
    ['千万元', '元', 1e7],
    ['万亿元', '元', 1e12],
    ['元', '亿元', 1e-8],
    ['万元', '亿元', 1e-4],
    ['万个', '个', 1e4],
    ['公顷', '亩', 15],
    ['万亩', '亩', 1e4],
    ['平方公里', '平方米', 1e6],
    ['万平方米', '平方米', 1e4],
    ['公里', '米', 1e3],
    ['万千瓦', '千瓦', 1e4],
    ['千瓦', '千瓦', 1],
    ['万吨', '吨', 1e4],
    ['吨', '公斤', 1e3],
    ['名', '人', 1],
    ['万人', '人', 1e4],
    ['万辆', '辆', 1e4],
    ['％', '%', 1],
  ])('%s → %s ×%d', (from, to, factor) => {
    const r = unitConversion(from, to)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.factor).toBeCloseTo(factor, 12)
  })

  it.each([
    ['人', '人次', 'mismatch'],
    ['元', '人次', 'mismatch'],
    ['千瓦', '千瓦时', 'mismatch'],
    ['个', '家', 'mismatch'],
    ['个百分点', '%', 'percent_vs_points'],
    ['%', '个百分点', 'percent_vs_points'],
    ['', '元', 'mismatch'],
  ])('%s → %s is refused (%s)', (from, to, reason) => {
    expect(unitConversion(from, to)).toEqual({ ok: false, reason })
  })
})

describe('decomposeUnit', () => {
  it('keeps 千瓦 and 千米 as units rather than reading a 千 prefix', () => {
    expect(decomposeUnit('千瓦')).toEqual({ base: '千瓦', factor: 1 })
    expect(decomposeUnit('千米')).toEqual({ base: '米', factor: 1000 })
  })
})

describe('scaleValue', () => {
  it.each([
    [3153, 1e4, 31_530_000],
    [236, 1e8, 23_600_000_000],
    [1.1, 1e4, 11_000],
    [0.07, 1e8, 7_000_000],
    [2.5, 15, 37.5],
  ])('%d × %d = %d exactly', (v, f, out) => {
    expect(scaleValue(v, f)).toBe(out)
  })
})

describe('unitNature', () => {
  it.each([
    ['人次', 'additive'],
    ['元', 'additive'],
    ['个', 'additive'],
    [null, 'additive'],
    ['%', 'percent'],
    ['个百分点', 'percent'],
    ['微克/立方米', 'intensive'],
    ['倍', 'intensive'],
  ] as const)('%s is %s', (unit, nature) => {
    expect(unitNature(unit)).toBe(nature)
  })
})
