import { describe, expect, it } from 'vitest'
import { hasRankPledge, isPast, isStrongFuture, isWeakFuture, plannedBefore, preComparator } from './cues'

describe('cues', () => {
  it.each([
    ['力争2024年接待游客', true],
    ['确保项目春节前投入运营', true],
    ['西工区实施名师倍增计划', false],
    ['完成年度目标任务78%', false],
    ['主要预期目标是', true],
  ])('strong future: %s → %s', (s, v) => expect(isStrongFuture(s)).toBe(v))

  it.each([
    ['中原银行洛阳分行将向孟津区累计投放', true],
    ['这是重要的基础工程', false],
    ['主要指标持续增长', false],
  ])('weak future: %s → %s', (s, v) => expect(isWeakFuture(s)).toBe(v))

  it.each([
    ['西工区共计有469名教职工实现了交流轮岗', true],
    ['今年前8个月我县已开工项目166个', true],
    ['元至九月,全县完成生产总值', true],
    ['详细了解企业生产经营状况', false],
    ['张新起还提出了2014年主要预期目标', false],
    ['力争2024年接待游客', false],
  ])('past: %s → %s', (s, v) => expect(isPast(s)).toBe(v))

  it.each([
    ['超过', '>'],
    ['营收达', '≥'],
    ['不低于', '≥'],
    ['占地面积约', '≈'],
    ['其中昨日签约', null],
    ['初步达成就业意向', null],
  ])('comparator before a number: %s → %s', (s, c) => expect(preComparator(s)?.[0] ?? null).toBe(c))

  it('计划 applies to the figure right after it only', () => {
    const clause = '总投资82亿元、年度计划投资28亿元'
    expect(plannedBefore(clause, clause.indexOf('82'))).toBe(false)
    expect(plannedBefore(clause, clause.indexOf('28'))).toBe(true)
    expect(plannedBefore('占年度计划111.6%', 5)).toBe(false)
  })

  it.each([
    ['确保全市旅游业在全省考核中继续保持第一', true],
    ['力争进入全国前列', true],
    ['位居全市第四', false],
  ])('rank pledge: %s → %s', (s, v) => expect(hasRankPledge(s)).toBe(v))
})
