import { describe, expect, it } from 'vitest'
import { buildMethodology, METHODOLOGY } from './methodology'
import { THRESHOLDS } from './thresholds'
import { STATUS_LABELS } from './labels'
import { STATUSES } from '../model/types'

const all = (lang: 'zh-CN' | 'en') => METHODOLOGY[lang].sections.map((s) => `${s.heading}\n${s.body}`).join('\n')

describe('methodology text', () => {
  it('has the same sections in both languages, none empty', () => {
    expect(METHODOLOGY['zh-CN'].sections).toHaveLength(METHODOLOGY.en.sections.length)
    for (const lang of ['zh-CN', 'en'] as const)
      for (const s of METHODOLOGY[lang].sections) expect(s.heading && s.body.length > 40).toBeTruthy()
  })

  it('states the thresholds the engine uses', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(all(lang)).toContain('105%')
      expect(all(lang)).toContain('95%')
      expect(all(lang)).toContain(`${THRESHOLDS.ratePoints}`)
      expect(all(lang)).toContain(`${THRESHOLDS.firstHandDays}`)
    }
  })

  it('works the seed example through the engine: 274/366, ≈2620万, 超序时', () => {
    expect(all('zh-CN')).toMatch(/274\/366 ≈ 2620万人次/)
    expect(all('zh-CN')).toContain('判为“超序时”')
    expect(all('en')).toMatch(/274\/366 ≈ 26\.20 million/)
  })

  it('names every status in Chinese', () => {
    const zh = all('zh-CN')
    for (const s of STATUSES) expect(zh).toContain(STATUS_LABELS[s]['zh-CN'])
  })

  it('follows the thresholds when they change', () => {
    const m = buildMethodology({ ...THRESHOLDS, aheadRatio: 1.1, behindRatio: 0.9 })
    const zh = m['zh-CN'].sections.map((s) => s.body).join('\n')
    expect(zh).toContain('≥ 110%')
    expect(zh).toContain('低于90%')
  })
})
