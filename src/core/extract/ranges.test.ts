import { describe, expect, it } from 'vitest'
import { readNumber } from './numbers'
import { findQuantities } from './quantities'
import { rangeLowerEnd, rangeReading } from './ranges'
import { scanClauses } from './clause-scan'

/** rangeLowerEnd for the figure that starts at `upperAt` with unit `unit` written after it. */
function lowerOf(clause: string, upperAt: number, unit: string) {
  const tok = readNumber(clause, upperAt)!
  return rangeLowerEnd(clause, tok, tok.end + unit.length)
}

describe('rangeLowerEnd', () => {
  it.each([
    ['新建幼儿园3至5所', '5所', '所', { start: 5, value: 3 }],
    ['增长5-6%', '6%', '%', { start: 2, value: 5 }],
    ['增长5%—6%', '6%', '%', { start: 2, value: 5 }],
    ['增长5%——6%', '6%', '%', { start: 2, value: 5 }],
    ['服务5至7万人次', '7万', '人次', { start: 2, value: 50000 }],
    ['接待300万~350万人次', '350万', '人次', { start: 2, value: 3000000 }],
    ['建成公园5个到7个', '7个', '个', { start: 4, value: 5 }],
    ['建成五至七个', '七个', '个', { start: 2, value: 5 }],
  ])('%s', (clause, upper, unit, want) => expect(lowerOf(clause, clause.indexOf(upper), unit)).toEqual(want))

  it.each([
    ['新建幼儿园5所', '5所', '所'], // no connector
    ['由3个增加到7个', '7个', '个'], // a change, not a range: a verb sits between
    ['从7%降至5%', '5%', '%'], // downwards is no range
    ['G75-3个', '3个', '个'], // a code before the dash
  ])('%s is no range', (clause, upper, unit) => expect(lowerOf(clause, clause.indexOf(upper), unit)).toBeNull())
})

describe('rangeReading', () => {
  it('reads the lower end as a floor', () => expect(rangeReading({ start: 0, value: 3 }, 5, null)).toEqual({ value: 3, comparator: '≥' }))
  it('keeps the upper end under a cap (控制在3%—4%以内)', () =>
    expect(rangeReading({ start: 0, value: 3 }, 4, '≤')).toEqual({ value: 4, comparator: '≤' }))
})

describe('ranges in clauses', () => {
  it.each([
    ['全县地区生产总值增长5%—6%', [[5, '%', '≥', true]]],
    ['为群众提供免费体检5至7万人次', [[50000, '人次', '≥', false]]],
    ['城镇登记失业率控制在3%—4%以内', [[4, '%', '≤', false]]],
    ['新建幼儿园3至5所', [[3, '所', '≥', false]]],
  ])('%s → one figure', (clause, want) => {
    const got = findQuantities(clause).map((q) => [q.value, q.unit, q.comparator, q.growth])
    expect(got).toEqual(want)
  })
  it('a dash between two figures does not split the clause; a dash before words does', () => {
    const one = '增长5%—6%'
    expect(scanClauses(one, 0, one.length)).toBe(1)
    const two = '接待游客200万人次——比上年增长5%'
    expect(scanClauses(two, 0, two.length)).toBeGreaterThan(1)
  })
})
