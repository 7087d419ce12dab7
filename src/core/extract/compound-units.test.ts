// Compound units and 达到…左右 (H8 tuning). Invented clauses.
import { describe, expect, it } from 'vitest'
import { findPerson } from './owners'
import { findQuantities } from './quantities'

describe('compound units keep their denominator', () => {
  it.each([
    ['铁路网密度达到320公里/万平方公里', 320, '公里/万平方公里'],
    ['公路密度达到6.5公里/百平方公里', 6.5, '公里/百平方公里'],
    ['每千人拥有床位7.2张/千人', 7.2, '张/千人'],
    // a slash with no unit after it is not a compound
    ['完成12公里/年度计划', 12, '公里'],
  ])('%s → %d %s', (clause, value, unit) => {
    const q = findQuantities(clause)[0]
    expect(q.value).toBe(value)
    expect(q.unit).toBe(unit)
  })
})

describe('达到…左右 is about', () => {
  it.each([
    ['城镇化率达到63%左右', '≈'],
    ['城镇化率达到63%以上', '≥'],
    ['城镇化率达到63%', '≥'],
    ['增速控制在4%左右', '≈'],
    ['增速控制在4%以内', '≤'],
  ])('%s → %s', (clause, comparator) => expect(findQuantities(clause)[0].comparator).toBe(comparator))
})

describe('counters of the text itself are not figures', () => {
  it.each([
    ['在今年的6项重点工作中', []],
    ['全力抓好九个方面工作', []],
    ['三次共签约项目120个', [120]],
    ['推动‘三次’产业协调发展', []],
    // real counts stay
    ['完成6项重点工程', [6]],
    ['接待游客3次以上', [3]],
  ])('%s → %j', (clause, values) => expect(findQuantities(clause).map((q) => q.value)).toEqual(values))
})

describe('不超 and titles before a verb', () => {
  it('不超 is at most', () => expect(findQuantities('常住人口增长将不超2.5万人')[0].comparator).toBe('≤'))
  it.each([
    ['总书记视察宁夏时强调', null],
    ['书记调研园区', null],
    ['市长李明表示', '李明'],
  ])('%s → %s', (s, name) => expect(findPerson(s)?.name ?? null).toBe(name))
})
