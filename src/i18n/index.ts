// vue-i18n setup: zh-CN first, English second. Every feature keeps its own messages in ./messages/<feature>.ts,
// exporting { 'zh-CN': {...}, en: {...} } (as default export, or as named exports); they are merged here so no
// engineer has to edit a shared file to add words.
import { createI18n } from 'vue-i18n'
import { LOCALES, isLocale, type Locale } from '../core/format/locale'

type Tree = { [key: string]: string | Tree }
type LocaleMessages = Partial<Record<Locale, Tree>>

export const LOCALE_STORAGE_KEY = 'pledge-ledger.locale'
export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** A precompiled message (vue-i18n's AST, see scripts/vite/i18nMessages.ts): a leaf, not a subtree. */
function isMessageAst(x: object): boolean {
  const n = x as { t?: unknown; type?: unknown }
  return (n.t === 0 || n.type === 0) && ('b' in x || 'body' in x)
}

function isTree(x: unknown): x is Tree {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !isMessageAst(x)
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

// Chinese is in the first screen; English loads when someone switches (or starts in English). The
// `?locale=` query makes the build keep only that language of each file, precompiled (see
// scripts/vite/i18nMessages.ts); where that plugin is absent (unit tests) the files load whole.
const zhModules = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true, query: '?locale=zh-CN' })
const enLoaders = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { query: '?locale=en' })

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
  messages: mergeMessages(Object.values(zhModules)),
  missingWarn: false,
  fallbackWarn: false,
})

// n(value) without a format name builds a new Intl.NumberFormat on every call (vue-i18n's own code);
// the dashboard's data tables call it for every cell, thousands of times per render. The same
// formatter per locale gives the same text, so plain n(value) calls reuse one.
const numberFormatters = new Map<string, Intl.NumberFormat>()
const plainN = i18n.global.n
i18n.global.n = ((...args: unknown[]) => {
  if (args.length !== 1 || typeof args[0] !== 'number') return (plainN as (...a: unknown[]) => string)(...args)
  const locale = i18n.global.locale.value
  let f = numberFormatters.get(locale)
  if (!f) numberFormatters.set(locale, (f = new Intl.NumberFormat(locale)))
  return f.format(args[0])
}) as typeof plainN

let enLoading: Promise<void> | null = null

/** Makes sure `locale`'s messages are loaded (English is fetched once, on first use). */
export function ensureMessages(locale: Locale): Promise<void> {
  if (locale !== 'en') return Promise.resolve()
  enLoading ??= Promise.all(Object.values(enLoaders).map((load) => load())).then(
    (modules) => i18n.global.setLocaleMessage('en', mergeMessages(modules).en as never),
    (e: unknown) => {
      enLoading = null // offline without the chunk cached: let a later switch try again
      throw e
    },
  )
  return enLoading
}

export default i18n
