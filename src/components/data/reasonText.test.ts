// Every reason key the pack checks can produce has words in both languages.
import { describe, expect, it } from 'vitest'
import { REASON_KEYS } from '../../core/pack'
import messages from '../../i18n/messages/packImport'

describe('pack rejection reasons', () => {
  it.each(['zh-CN', 'en'] as const)('are all worded in %s', (locale) => {
    const words = messages[locale].packImport.reason as Record<string, string>
    expect(REASON_KEYS.filter((k) => typeof words[k] !== 'string' || words[k] === '')).toEqual([])
    expect(Object.keys(words).filter((k) => !REASON_KEYS.includes(k))).toEqual([])
  })
})
