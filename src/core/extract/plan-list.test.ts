// Counted deliverables listed after a plan's year (round-3 tuning): invented text.
import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { opensOnPlannedDeliverable } from './plan-list'

const byValue = (text: string, date: string) =>
  Object.fromEntries(extract(text, { date }).commitments.filter((c) => c.value !== null).map((c) => [c.value, [c.kind, c.deadline?.date ?? null]]))

describe('opensOnPlannedDeliverable', () => {
  it.each([
    ['新建公租房800套', true],
    ['改造排水管网60公里', true],
    ['基本建成安置房3000套', true],
    ['完成45公里燃气管网改造', true],
    ['对全区120座老旧泵房进行更新改造', true],
    ['投资12亿元', true],
    ['全区接待游客300万人次', false],
    ['城镇居民收入增长8%', false],
    ['对此群众评价很高', false],
    ['向上争取资金600万元', true], // under a plan year: money the plan means to obtain
    ['争取群众支持', false],
  ])('%s → %s', (clause, want) => {
    expect(opensOnPlannedDeliverable(clause)).toBe(want)
  })
})

describe('a plan year set once dates the deliverables listed after it', () => {
  it.each([
    [
      // the frame in the first paragraph, bare deliverables in the next ones (年底 is the plan's year end)
      '2031年,某市将安排重点工程50项,计划投资120亿元。\n提升供水能力,改造供水管网80公里。开展试点。水厂扩建年底完工,新增日供水能力6万吨。\n新建公租房900套、廉租房300套。拆除危旧房屋20万平方米。',
      '2031-02-10',
      { 80: ['target', '2031-12-31'], 60000: ['target', '2031-12-31'], 900: ['target', '2031-12-31'], 300: ['target', '2031-12-31'], 200000: ['target', '2031-12-31'] },
    ],
    [
      // a paragraph that opens on a past year reports, even after the frame
      '今年全县主要预期目标是:地区生产总值增长7%。\n2030年,全县扎实推进各项工作。新建农村公路90公里,改造危房400户。',
      '2031-01-20',
      { 7: ['target', '2031-12-31'], 90: ['fact', null], 400: ['fact', null] },
    ],
    [
      // a period to date reports too
      '今年全县主要预期目标是:地区生产总值增长7%。\n年初以来,全县争取项目12个。与此同时,实施重点项目35个。',
      '2031-11-20',
      { 35: ['fact', null] },
    ],
    // without a plan year in the article, the same clause is a result
    ['新建公租房900套。改造供水管网80公里。', '2031-02-10', { 900: ['fact', null], 80: ['fact', null] }],
  ])('%s', (text, date, expected) => {
    const got = byValue(text, date)
    for (const [v, want] of Object.entries(expected)) expect(got[v]).toEqual(want)
  })
})
