import { describe, expect, it } from 'vitest'
import { countChars, plausibility } from './plausibility'

describe('plausibility', () => {
  it.each([
    ['simplified text', '力争2024年接待游客超过3500万人次,翠云阁“十一”建成开放。', 0.9],
    ['traditional text', '今後五年,力爭GDP年均增長約10.5%,到2025年達到1000億元。', 0.9],
    ['plain ASCII', 'GDP +7% in 2024', 1],
  ])('%s reads as text', (_name, text, atLeast) => {
    expect(plausibility(text)).toBeGreaterThanOrEqual(atLeast)
  })

  it.each([
    ['private-use code points (GB18030 reading Big5 punctuation)', '\ue4c6\ue4c7\ue4c8政府'],
    ['replacement characters', '\ufffd\ufffd\ufffd好'],
    ['C1 controls', '\u0085\u0086\u0087好'],
    // 'GDP 2024 growth' in UTF-16LE read as big-endian
    ['ASCII in UTF-16 read in the wrong byte order', new TextDecoder('utf-16be').decode(new Uint8Array([...'GDP 2024 growth'].flatMap((c) => [c.charCodeAt(0), 0])))],
    ['Hangul syllables (Chinese UTF-16 read in the wrong byte order)', '\uc3ba\ub8e6\ub0ae\uc6b8'],
  ])('%s do not', (_name, text) => {
    expect(plausibility(text)).toBeLessThan(0.6)
  })

  it('counts a surrogate pair once, as rare, and an unpaired surrogate as bad', () => {
    expect(countChars('𠀀')).toMatchObject({ other: 1, rare: 1, bad: 0 })
    expect(countChars('\ud840x')).toMatchObject({ other: 1, bad: 1 })
  })

  it('is 0 for an empty text', () => {
    expect(plausibility('')).toBe(0)
  })
})
