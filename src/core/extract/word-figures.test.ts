import { describe, expect, it } from 'vitest'
import { findQuantities } from './quantities'
import { endsOnUnnamedLevel, moneyWordFigure } from './word-figures'

// invented clauses
describe('moneyWordFigure', () => {
  it.each([
    ['全县GDP超过百亿', 1e10, '>'],
    ['工业总产值突破千亿', 1e11, '>'],
    ['财政收入逾十亿', 1e9, '>'],
    ['工业总产(chǎn)值过百亿', 1e10, '>'], // a mirror's pinyin inside the word
    ['营收达到百亿', 1e10, '≥'],
  ])('%s → %d 元 %s', (clause, value, comparator) => {
    const q = findQuantities(clause)
    expect(q).toHaveLength(1)
    expect(q[0]).toMatchObject({ value, unit: '元', comparator })
  })

  it.each([
    ['工业园区过百亿'], // the measure is not named
    ['打造千亿级产业集群'], // a size class
    ['GDP百亿'], // no comparator: a name (百亿GDP俱乐部)
    ['两个百亿'], // a count of goals
  ])('%s is no figure', (clause) => {
    expect(findQuantities(clause).filter((q) => q.unit === '元')).toHaveLength(0)
  })

  it('is null without an indicator measured in money', () => {
    expect(moneyWordFigure('人口超过百万', 4)).toBeNull()
  })
})

describe('endsOnUnnamedLevel', () => {
  it.each([
    ['力争实现工业园区过百亿', true],
    ['园区产值突破千亿', true],
    ['实现全县乡镇客运全覆盖', false],
    ['建成千亿级产业园', false],
  ])('%s → %s', (clause, want) => {
    expect(endsOnUnnamedLevel(clause)).toBe(want)
  })
})
