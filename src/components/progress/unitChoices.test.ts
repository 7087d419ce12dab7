import { describe, expect, it } from 'vitest'
import { unitConversion } from '@/core/progress'
import { unitChoices } from './unitChoices'

describe('unitChoices', () => {
  it.each([
    ['人次', ['人次', '万人次', '亿人次']],
    ['元', ['元', '万元', '亿元']],
    ['%', ['%']],
    ['个', ['个', '万个', '亿个']],
    ['亩', ['亩', '万亩', '亿亩', '公顷']],
  ])('offers units that fit a %s target', (target, expected) => {
    expect(unitChoices(target)).toEqual(expected)
  })

  it('offers only units the engine converts to the target', () => {
    for (const target of ['人次', '元', '亿元', '吨', '平方米', '%'])
      for (const u of unitChoices(target)) expect(unitConversion(u, target).ok).toBe(true)
  })

  it('offers nothing without a target unit', () => {
    expect(unitChoices(null)).toEqual([])
  })
})
