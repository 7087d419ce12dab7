import { describe, expect, it } from 'vitest'
import { expectedPaceSeries, pledgePeriod, targetMode } from './period'
import { commitment } from './test-fixtures'

const visitors = commitment()

describe('expectedPaceSeries', () => {
  it('runs from 0 on 1 January through each month end to the target at the deadline', () => {
    const s = expectedPaceSeries(visitors)
    expect(s).toHaveLength(13)
    expect(s[0]).toEqual({ date: '2024-01-01', value: 0 })
    expect(s[12]).toEqual({ date: '2024-12-31', value: 35_000_000 })
    const sep = s.find((p) => p.date === '2024-09-30')!
    expect(sep.value).toBeCloseTo((35_000_000 * 274) / 366, 3)
    for (let i = 1; i < s.length; i++) expect(s[i].value).toBeGreaterThan(s[i - 1].value)
  })

  it('clips to a window with the line’s values at its ends', () => {
    const s = expectedPaceSeries(visitors, '2024-03-15', '2024-06-15')
    expect(s.map((p) => p.date)).toEqual(['2024-03-15', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-15'])
    expect(s[0].value).toBeCloseTo((35_000_000 * 75) / 366, 3)
  })

  it('is empty for what is not paced', () => {
    expect(expectedPaceSeries(commitment({ value: 7, unit: '%', growth: true }))).toEqual([])
    expect(expectedPaceSeries(commitment({ deadline: null }))).toEqual([])
    expect(expectedPaceSeries(commitment({ kind: 'milestone', value: null }))).toEqual([])
  })
})

describe('targetMode', () => {
  it.each([
    [commitment(), 'pace'],
    [commitment({ value: 700, unit: '个' }), 'pace'],
    [commitment({ value: 7, unit: '%', growth: true }), 'rate'],
    [commitment({ value: 65, unit: '%' }), 'rate'],
    [commitment({ value: 35, unit: '微克/立方米', comparator: '≤' }), 'level'],
    [commitment({ deadline: null }), 'cumulative'],
    [commitment({ kind: 'milestone', value: null }), 'state'],
    [commitment({ kind: 'qualitative', value: null, deadline: null }), 'state'],
    [commitment({ kind: 'fact' }), 'fact'],
  ] as const)('%#: %s', (c, mode) => {
    expect(targetMode(c)).toBe(mode)
  })
})

describe('pledgePeriod', () => {
  it('starts on 1 January of the deadline year for an annual target', () => {
    expect(pledgePeriod(visitors)).toEqual({ start: '2024-01-01', end: '2024-12-31' })
  })
  it('a pledge made in October or later for the same year still runs from that 1 January', () => {
    expect(pledgePeriod(visitors, { pledgedOn: '2024-11-05' })).toEqual({ start: '2024-01-01', end: '2024-12-31' })
  })
})
