// vue-i18n setup: zh-CN first, English second. Every feature keeps its own messages in ./messages/<feature>.ts,
// exporting { 'zh-CN': {...}, en: {...} } (as default export, or as named exports); they are merged here so no
// engineer has to edit a shared file to add words.
import { createI18n } from 'vue-i18n'
import { LOCALES, isLocale, type Locale } from '../core/format/locale'

type Tree = { [key: string]: string | Tree }
type LocaleMessages = Partial<Record<Locale, Tree>>

export const LOCALE_STORAGE_KEY = 'pledge-ledger.locale'
export const DEFAULT_LOCALE: Locale = 'zh-CN'

function isTree(x: unknown): x is Tree {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function deepMerge(into: Tree, from: Tree): Tree {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k]
    into[k] = isTree(v) && isTree(cur) ? deepMerge({ ...cur }, v) : isTree(v) ? deepMerge({}, v) : v
  }
  return into
}

/** Collect the locale maps a messages module exports, whatever it names them. */
function localeMapsOf(mod: Record<string, unknown>): LocaleMessages[] {
  return Object.values(mod).filter(
    (v): v is LocaleMessages => isTree(v) && Object.keys(v).some((k) => isLocale(k)),
  )
}

export function mergeMessages(modules: Record<string, unknown>[]): Record<Locale, Tree> {
  const out = Object.fromEntries(LOCALES.map((l) => [l, {} as Tree])) as Record<Locale, Tree>
  for (const mod of modules) {
    for (const map of localeMapsOf(mod)) {
      for (const l of LOCALES) {
        const m = map[l]
        if (m) deepMerge(out[l], m)
      }
    }
  }
  return out
}

const modules = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true })

/** The language the user chose last time, else zh-CN (the app's primary language). */
export function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    if (isLocale(saved)) return saved
  } catch {
    // storage can be blocked (private mode); fall back to the default
  }
  return DEFAULT_LOCALE
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: mergeMessages(Object.values(modules)),
  missingWarn: false,
  fallbackWarn: false,
})

export default i18n
