import { describe, expect, it } from 'vitest'
import { compareZh, zhCollator } from './collator'

describe('compareZh', () => {
  it('orders district names by pinyin, as the lists and charts show them', () => {
    expect(['洛龙区', '涧西区', '老城区', '宜阳县'].sort(compareZh)).toEqual(['涧西区', '老城区', '洛龙区', '宜阳县'])
  })

  it('is one collator for the whole page', () => {
    expect(zhCollator()).toBe(zhCollator())
  })
})
