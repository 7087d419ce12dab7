import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CUE_FIRST, CUE_LE, CUE_PAST, CUE_PAST_WORD, CUE_PERIOD, CUE_STRONG, CUE_WEAK, hasRankPledge, isPast, isPastHinted, isStrongFuture, isWeakFuture, plannedBefore, preComparator } from './cues'

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
    ['创建省级园林城市', true],
    ['启动创建12条特色街区', false], // 创建 is the campaign launched, not the pledge
    ['开展创建示范村活动', false],
    ['将启动创建12条特色街区', true], // a forward word of its own
    ['向上争取资金520万元', false], // money obtained, in a review
    ['争取到上级补助1200万元', false],
    ['争取上级资金支持', false],
    ['争取启动北环路建设', true],
    ['将争取资金800万元', true],
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

describe('allocations', () => {
  it.each([
    ['下达投资计划', true], // the figure after it is an allocation made, not planned
    ['年度计划投资', false],
  ])('下达…计划 is no plan: %s', (seg, allocation) => expect(plannedBefore(seg, seg.length)).toBe(!allocation))
})

// The sentence scan skips a cue test when the clause has none of that family's first characters
// (CUE_FIRST): that is only sound if no such clause can match. Clauses are drawn from cue words,
// their look-alikes and plain characters, so near misses and rewrites (提出了…) are exercised.
describe('cue first characters', () => {
  const pieces = ['力争', '确保', '将', '要', '主要', '需要', '已', '了', '了解', '提出了', '前8个月', '1-9月', '元至九月', '年初以来', '今年以来', '以来', '截', '至', '一', '目标', '计划', '的目标', '占年度计划', '预计', '进一步', '争取', '创建', '同比', '去年', '营收', '项目', '增长', '7%', '全市', ',']
  const familyOf = (s: string) => {
    let m = 0
    for (let i = 0; i < s.length; i++) m |= CUE_FIRST[s.charCodeAt(i)]
    return m
  }
  it('a clause without a family’s first characters never matches that family', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const s = parts.join('')
        const m = familyOf(s)
        if ((m & CUE_STRONG) === 0) expect(isStrongFuture(s)).toBe(false)
        if ((m & CUE_WEAK) === 0) expect(isWeakFuture(s)).toBe(false)
        if ((m & CUE_PAST) === 0) expect(isPast(s)).toBe(false)
        // isPast with each of its tests gated by its own characters
        expect(isPastHinted(s, m)).toBe(isPast(s))
      }),
      { numRuns: 2000 },
    )
  })
  it('the families are not empty: each cue word sets its bit', () => {
    expect(familyOf('力争') & CUE_STRONG).toBe(CUE_STRONG)
    expect(familyOf('推动') & CUE_WEAK).toBe(CUE_WEAK)
    expect(familyOf('去年') & CUE_PAST_WORD).toBe(CUE_PAST_WORD)
    expect(familyOf('了') & CUE_LE).toBe(CUE_LE)
    expect(familyOf('1-9月') & CUE_PERIOD).toBe(CUE_PERIOD)
    expect(familyOf('营收') & (CUE_STRONG | CUE_WEAK | CUE_PAST)).toBe(0)
  })
})
