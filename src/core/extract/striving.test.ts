import { describe, expect, it } from 'vitest'
import { findQuantities } from './quantities'
import { isStriving, targetComparator } from './striving'
import { extract } from './pipeline'

describe('targetComparator', () => {
  it.each([
    // own word, target, striving, growth → comparator
    [null, true, true, true, '≥'], // 力争增长8%
    [null, true, true, false, '='], // 力争新增12个
    ['≥', true, true, false, '≥'], // 力争新增12个以上
    ['>', true, true, false, '>'], // 力争超过12个
    [null, true, false, true, '='], // 增长8% in a list of 预期目标
    [null, false, true, true, '='], // a fact keeps the bare figure
  ] as const)('%s target=%s striving=%s growth=%s → %s', (own, target, striving, growth, want) =>
    expect(targetComparator(own, target, striving, growth)).toBe(want),
  )
  it('reads 力争, 争取 and 确保', () => {
    for (const s of ['力争新增3个', '争取引进5家', '确保完成8项']) expect(isStriving(s)).toBe(true)
    expect(isStriving('计划新增3个')).toBe(false)
  })
})

describe('a striven count in a plan', () => {
  const comparators = (text: string) =>
    extract(text, { date: '2031-03-01' }).commitments.filter((c) => c.kind === 'target').map((c) => [c.value, c.comparator])
  it.each([
    ['2031年,某某县力争新增规模以上工业企业12家。', [[12, '=']]],
    ['2031年,某某县力争新增规模以上工业企业12家以上。', [[12, '≥']]],
    ['2031年,某某县力争地区生产总值增长8%。', [[8, '≥']]],
    ['2031年,某某县力争引进项目不少于20个。', [[20, '≥']]],
  ])('%s', (text, want) => expect(comparators(text)).toEqual(want))
  it('findQuantities still reads the count without a comparator of its own', () => {
    expect(findQuantities('力争新增规模以上工业企业12家')[0]?.comparator ?? null).toBeNull()
  })
})
