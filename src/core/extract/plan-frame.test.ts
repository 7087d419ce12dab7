// Deadlines from a plan's frame (H8 tuning): 到2025年 set once dates the list of targets after it,
// across sentences, even when a later list sentence has a cue word of its own. Invented text.
import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'

const deadlines = (text: string, date: string) =>
  Object.fromEntries(extract(text, { date }).commitments.filter((c) => c.value !== null).map((c) => [c.value, [c.kind, c.deadline?.date ?? null]]))

describe('plan frame deadlines', () => {
  it.each([
    [
      '主要目标是,到2025年,全省发展水平显著提升。城市人均收入基本达到全国平均水平,全省人均收入与沿海省份相对差距进一步缩小,城镇化率达到61%左右。研发投入强度达到2.7%,森林覆盖率达到40%,完成国家下达的减排目标。',
      '2022-01-06',
      { 61: ['target', '2025-12-31'], 2.7: ['target', '2025-12-31'], 40: ['target', '2025-12-31'] },
    ],
    // a half-year already past does not date the next sentence's results
    [
      '上半年,全县完成投资30亿元,实现时间过半。其中12项工程竣工。',
      '2017-07-20',
      { 3000000000: ['fact', null], 12: ['fact', null] },
    ],
  ])('%s', (text, date, expected) => {
    const got = deadlines(text, date)
    for (const [v, want] of Object.entries(expected)) expect(got[v]).toEqual(want)
  })
})

describe('a part of the year already over reports results', () => {
  it.each([
    ['10月21日,今年前三季度经济“成绩单”公布:前三季度全省生产总值5000亿元,同比增长5.5%。', '2024-10-25', 'fact'],
    ['上半年,全市重点建设项目完成投资300亿元。', '2019-07-15', 'fact'],
    // the same period still ahead stays a target
    ['上半年,全市重点建设项目力争完成投资300亿元。', '2019-01-15', 'target'],
  ])('%s (%s) → %s', (text, date, kind) => {
    const c = extract(text, { date }).commitments.find((x) => x.unit === '元')
    expect(c?.kind).toBe(kind)
  })
})

describe('progress against the plan reports', () => {
  it.each([
    ['今年全市安排年度计划投资300亿元。其中,续建项目完成投资120亿元,占年度计划的40%;新建项目完成投资60亿元,占年度计划的35%。', '2019-07-15', 'fact'],
    ['今年全市续建项目力争完成投资120亿元,确保占年度计划的40%以上。', '2019-07-15', 'target'],
  ])('%s → %s', (text, date, kind) => {
    const c = extract(text, { date }).commitments.find((x) => x.value === 12000000000)
    expect(c?.kind).toBe(kind)
  })
})

describe('全年 early in a year', () => {
  it.each([
    ['全年常住人口增长将不超2.5万人。', 'target'],
    ['全年常住人口增长2.5万人。', 'fact'],
  ])('%s → %s', (text, kind) => {
    const c = extract(text, { date: '2016-01-18' }).commitments.find((x) => x.value === 25000)
    expect(c?.kind).toBe(kind)
  })
})
