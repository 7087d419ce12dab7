import { describe, expect, it } from 'vitest'
import { isDigestLine } from './digest-lines'

// invented lines of a digest box and of headings
describe('isDigestLine', () => {
  it.each([
    ['新建供水管网820余公里', true],
    ['改造棚户区住房5600套', true],
    ['3150户危房完成改造', true],
    ['90%以上新增财力用于民生', true],
    ['一、2025年工作安排', false], // an enumerated heading with a year
    ['(二)加快交通路网建设', false],
    ['民生福祉持续增进', false], // no figure
    ['2024年工作回顾', false], // a year is no quantity
    ['“十四五”规划实施情况', false],
  ])('%s → %s', (line, want) => {
    expect(isDigestLine(line)).toBe(want)
  })
})
