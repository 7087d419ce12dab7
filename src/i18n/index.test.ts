import { describe, expect, it, vi } from 'vitest'
import { i18n, mergeMessages } from './index'

type Tree = { [k: string]: string | Tree }

function keys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}

describe('mergeMessages', () => {
  it('deep-merges per-feature files, default or named exports, later files adding keys', () => {
    const merged = mergeMessages([
      { default: { 'zh-CN': { a: { x: '甲' } }, en: { a: { x: 'A' } } } },
      { messages: { 'zh-CN': { a: { y: '乙' }, b: '丙' } } },
      { unrelated: 42, helper: { notALocale: 'x' } },
    ])
    expect(merged['zh-CN']).toEqual({ a: { x: '甲', y: '乙' }, b: '丙' })
    expect(merged.en).toEqual({ a: { x: 'A' } })
  })
})

describe('the app messages', () => {
  const messages = i18n.global.messages.value as unknown as Record<'zh-CN' | 'en', Tree>

  it('every Chinese message has an English one and vice versa', () => {
    const zh = keys(messages['zh-CN']).sort()
    const en = keys(messages.en).sort()
    expect(zh.filter((k) => !en.includes(k)), 'missing in en').toEqual([])
    expect(en.filter((k) => !zh.includes(k)), 'missing in zh-CN').toEqual([])
  })

  it('holds the shell words in both languages', () => {
    expect(i18n.global.t('app.name', {}, { locale: 'zh-CN' })).toBe('承诺台账')
    expect(i18n.global.t('app.name', {}, { locale: 'en' })).toBe('Pledge Ledger')
    expect(i18n.global.t('status.no_data', {}, { locale: 'zh-CN' })).toBe('未评估')
    expect(i18n.global.t('list.count', { n: 3 }, { locale: 'zh-CN' })).toBe('共 3 条')
  })
})

describe('n(value)', () => {
  it('formats like Intl.NumberFormat in the current language, with one formatter per language', () => {
    const made = vi.spyOn(Intl, 'NumberFormat')
    const { n, locale } = i18n.global
    const before = locale.value
    try {
      for (const l of ['zh-CN', 'en'] as const) {
        locale.value = l
        for (const v of [0, 7, 1234567, 12.5, -3]) expect(i18n.global.n(v)).toBe(new Intl.NumberFormat(l).format(v))
      }
      made.mockClear()
      for (let i = 0; i < 200; i++) n(i)
      expect(made.mock.calls.length).toBe(0)
    } finally {
      locale.value = before
      made.mockRestore()
    }
  })
})
