// The precompiled messages must say exactly what the strings say when vue-i18n compiles them in the
// page: every key of every messages file, both languages, with its placeholders filled, singular
// and plural.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { precompileLocale } from './i18nMessages'

const files = import.meta.glob<Record<string, unknown>>('../../src/i18n/messages/*.ts', { eager: true })
const LOCALES = ['zh-CN', 'en'] as const
type Tree = { [k: string]: unknown }

function leaves(t: Tree, prefix = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as Tree, `${prefix}${k}.`)))
}

describe('precompiled messages', () => {
  for (const [file, mod] of Object.entries(files)) {
    it(`${file}: each message reads the same as the string compiled at run time`, () => {
      for (const locale of LOCALES) {
        const raw = (Object.values(mod).find((v) => typeof v === 'object' && v !== null && locale in v) as Tree | undefined)?.[locale] as Tree | undefined
        if (!raw) continue
        // typed loosely: vue-i18n's message-schema inference on these trees is too deep for tsc
        const make = (messages: unknown) =>
          createI18n({ legacy: false, locale, messages: messages as never, missingWarn: false, fallbackWarn: false }).global as unknown as {
            t: (key: string, named: Record<string, unknown>, plural: number) => string
          }
        const asString = make({ [locale]: raw })
        const asAst = make({ [locale]: precompileLocale(mod, locale, file) })
        const all = leaves(raw)
        expect(all.length).toBeGreaterThan(0)
        for (const [key, text] of all) {
          const params = Object.fromEntries([...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m, i) => [m[1], `«${m[1]}${i}»`]))
          for (const n of [1, 2]) {
            const expected = asString.t(key, { n, ...params }, n)
            expect(asAst.t(key, { n, ...params }, n), `${locale} ${key}`).toBe(expected)
            // the check must see the placeholders filled, not the key echoed back
            expect(expected).not.toBe(key)
          }
        }
      }
    })
  }
})
