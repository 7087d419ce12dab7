// Numerals that are words, not figures (round-3 tuning): invented clauses.
import { describe, expect, it } from 'vitest'
import { findQuantities } from './quantities'

const figures = (clause: string) => findQuantities(clause).map((q) => `${q.value}${q.unit}`)

describe('numerals inside words are not quantities', () => {
  it.each([
    // a place name with a numeral and a unit character, then a place suffix
    ['七台至新河段公路力争10月底前通车', []],
    ['五家镇新建卫生院1所', ['1所']],
    // 二次 is "secondary"; 两次 is a count
    ['改造二次供水设施80处', ['80处']],
    ['全年开展两次安全检查', ['2次']],
    // the digits of a growth figure
    ['服务业保持两位数增长', []],
    ['新增专家三位', ['3位']],
    // how often a word appears in the text itself
    ['“创新”出现45次', []],
    ['报告中“民生”一词共出现30次', []],
    ['全年组织演练45次', ['45次']],
  ])('%s → %j', (clause, want) => {
    expect(figures(clause)).toEqual(want)
  })
})
