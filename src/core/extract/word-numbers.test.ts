import { describe, expect, it } from 'vitest'
import { wordDecimal, wordPercent } from './word-numbers'

describe('wordDecimal', () => {
  it.each([
    ['三千零五十六点二亿元', 6, 305620000000],
    ['一百二十点五万人', 4, 1205000],
    ['十二点三五', 2, 12.35],
  ])('%s', (s, at, value) => expect(wordDecimal(s, 0, at)?.value).toBe(value))
  it('needs a digit after 点 and no scale before it', () => {
    expect(wordDecimal('三点钟', 1, 1)).toBeNull()
    expect(wordDecimal('一亿点五', 0, 2)).toBeNull()
  })
})

describe('wordPercent', () => {
  it.each([
    ['百分之九以上', 9, 4],
    ['百分之三十八左右', 38, 6],
    ['百分之四十五', 45, 6],
    ['百分之零点五', 0.5, 6],
  ])('%s → %d', (s, value, end) => {
    const t = wordPercent(s, 0)
    expect(t?.value).toBe(value)
    expect(t?.end).toBe(end)
  })
  it('reads 百分之百 as 100', () => expect(wordPercent('百分之百', 0)?.value).toBe(100))
  it('is null for another word', () => expect(wordPercent('百分比', 0)).toBeNull())
})
