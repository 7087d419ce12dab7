// Vite plugin: the UI messages of ONE language, precompiled. src/i18n/index.ts imports every
// src/i18n/messages/*.ts file with `?locale=zh-CN` (in the first screen) and `?locale=en` (loaded
// when someone switches), so the first screen carries only Chinese. Each string is compiled here
// with vue-i18n's own message compiler (the same JIT compile vue-i18n runs in the page, so
// placeholders, plurals and linked messages behave the same) into its AST, which vue-i18n's
// runtime evaluates without the compiler (~37 KB) and without eval (the CSP forbids it).
// A message that does not compile fails the build, naming file and key.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { baseCompile } from '@intlify/message-compiler'
import { transformWithOxc, type Plugin } from 'vite'

const MESSAGES_FILE = /^(.*[\\/]src[\\/]i18n[\\/]messages[\\/][^\\/?]+\.ts)\?locale=([A-Za-z-]+)$/

type Tree = { [key: string]: unknown }

const isTree = (x: unknown): x is Tree => typeof x === 'object' && x !== null && !Array.isArray(x)

/** The locale's subtree of every locale map the module exports (default or named), merged. */
function pick(mod: Record<string, unknown>, locale: string): Tree {
  const out: Tree = {}
  const merge = (into: Tree, from: Tree) => {
    for (const [k, v] of Object.entries(from)) {
      if (isTree(v)) merge((into[k] = isTree(into[k]) ? into[k] : {}) as Tree, v)
      else into[k] = v
    }
  }
  for (const v of Object.values(mod)) if (isTree(v) && isTree(v[locale])) merge(out, v[locale] as Tree)
  return out
}

function compileTree(tree: Tree, where: string): Tree {
  const out: Tree = {}
  for (const [k, v] of Object.entries(tree)) {
    const key = `${where}.${k}`
    if (isTree(v)) out[k] = compileTree(v, key)
    else if (typeof v === 'string') {
      const { ast } = baseCompile(v, {
        jit: true,
        minify: true,
        location: false,
        onError: (e) => {
          throw new Error(`i18n message ${key} does not compile: ${e.message}`)
        },
      })
      out[k] = ast
    } else throw new Error(`i18n message ${key} is not a string`)
  }
  return out
}

/** One locale of a messages module, every string compiled to vue-i18n's AST (exported for the test). */
export function precompileLocale(mod: Record<string, unknown>, locale: string, where: string): Tree {
  return compileTree(pick(mod, locale), `${where} ${locale}`)
}

export function i18nMessagesByLocale(): Plugin {
  return {
    name: 'i18n-messages-by-locale',
    enforce: 'pre',
    async load(id) {
      const m = MESSAGES_FILE.exec(id)
      if (!m) return null
      const [, file, locale] = m
      this.addWatchFile(file)
      // the messages files are plain data modules: strip the types and evaluate them here
      const js = (await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' })).code
      const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, unknown>
      const tree = precompileLocale(mod, locale, basename(file))
      return { code: `export default ${JSON.stringify({ [locale]: tree })}`, map: null, moduleType: 'js' }
    },
  }
}
