import { describe, expect, it } from 'vitest'
import { comparatorWord, formatNumberEn, formatNumberZh, formatQuantity, formatValue, type Quantity } from './number'
import type { Locale } from './locale'

describe('formatNumberZh', () => {
  it.each([
    [35000000, '3500万'],
    [25000000000, '250亿'],
    [460000000000, '4600亿'],
    [636000000, '6.36亿'],
    [4150000000, '41.5亿'],
    [48000000, '4800万'],
    [37000, '3.7万'],
    [1200000, '120万'],
    [9999, '9999'],
    [10000, '1万'],
    [469, '469'],
    [7, '7'],
    [0.5, '0.5'],
    [1.2e12, '1.2万亿'],
    [-35000000, '-3500万'],
  ])('%d → %s', (n, s) => expect(formatNumberZh(n)).toBe(s))
})

describe('formatNumberEn', () => {
  it.each([
    [35000000, '35 million'],
    [25000000000, '25 billion'],
    [4150000000, '4.15 billion'],
    [37000, '37,000'],
    [469, '469'],
  ])('%d → %s', (n, s) => expect(formatNumberEn(n)).toBe(s))
})

describe('formatValue / formatQuantity', () => {
  const cases: [Quantity, Locale, string, string][] = [
    [{ value: 35000000, unit: '人次', comparator: '>' }, 'zh-CN', '3500万人次', '超过3500万人次'],
    [{ value: 25000000000, unit: '元', comparator: '>' }, 'zh-CN', '250亿元', '超过250亿元'],
    [{ value: 7, unit: '%', comparator: null }, 'zh-CN', '7%', '7%'],
    [{ value: 7, unit: '%', comparator: '≥', growth: true }, 'zh-CN', '增长7%', '增长不低于7%'],
    [{ value: 450, unit: '亩', comparator: '≈' }, 'zh-CN', '450亩', '约450亩'],
    [{ value: 700, unit: '个', comparator: '=' }, 'zh-CN', '700个', '700个'],
    [{ value: null, unit: null, comparator: null }, 'zh-CN', '', ''],
    [{ value: 35000000, unit: '人次', comparator: '>' }, 'en', '35 million visits', 'more than 35 million visits'],
    [{ value: 25000000000, unit: '元', comparator: '≥' }, 'en', 'CNY 25 billion', 'at least CNY 25 billion'],
    [{ value: 7, unit: '%', comparator: '≥', growth: true }, 'en', '7% growth', 'at least 7% growth'],
    [{ value: 700, unit: '个', comparator: '=' }, 'en', '700', '700'],
    [{ value: 3, unit: '平方公里', comparator: '=' }, 'en', '3 km²', '3 km²'],
    [{ value: 5, unit: '栋', comparator: '=' }, 'en', '5 栋', '5 栋'],
  ]
  it.each(cases)('%j (%s)', (q, locale, value, quantity) => {
    expect(formatValue(q, locale)).toBe(value)
    expect(formatQuantity(q, locale)).toBe(quantity)
  })
})

describe('comparatorWord', () => {
  it.each([
    ['>', '超过', 'more than'],
    ['≥', '不低于', 'at least'],
    ['≈', '约', 'about'],
    ['≤', '不超过', 'at most'],
    ['<', '低于', 'less than'],
    ['=', '', ''],
    [null, '', ''],
  ] as const)('%s', (c, zh, en) => {
    expect(comparatorWord(c, 'zh-CN')).toBe(zh)
    expect(comparatorWord(c, 'en')).toBe(en)
  })
})
