import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { i18nMessagesByLocale } from './scripts/vite/i18nMessages.ts'

// The dev server injects <style> tags for hot reload, which the CSP in index.html would block; the policy is
// meant for the built app, so it is taken out of the page only while serving in dev.
const cspOnlyInBuild: Plugin = {
  name: 'csp-only-in-build',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
}

// The CSP forbids eval. zod 4 probes `new Function` whenever an object schema is built (Chrome reports the caught
// probe as a CSP violation) unless its config says jitless. Schemas are built at module load, in shared chunks
// that run before any app code could call z.config(), so the setting is put on zod's global config hook
// (globalThis.__zod_globalConfig) at the top of zod's own core module, so it is set before any schema exists.
const zodWithoutEval: Plugin = {
  name: 'zod-without-eval',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null
    return { code: `globalThis.__zod_globalConfig ??= { jitless: true };\n${code}`, map: null }
  },
}

// The seed pack's file hash, known at build time: on every start the page compares it with the hash
// recorded when the seed was loaded (one meta row) instead of downloading, validating and hashing the
// pack itself, so zod and the pack stay out of the first screen. null when the pack is missing.
const SEED_PACK = fileURLToPath(new URL('./data/seed-pack.json', import.meta.url))
const SEED_HASH_ID = 'virtual:seed-pack-hash'
const seedPackHash: Plugin = {
  name: 'seed-pack-hash',
  resolveId: (id) => (id === SEED_HASH_ID ? `\0${SEED_HASH_ID}` : null),
  load(id) {
    if (id !== `\0${SEED_HASH_ID}`) return null
    this.addWatchFile(SEED_PACK)
    let hash: string | null = null
    try {
      hash = createHash('sha256').update(readFileSync(SEED_PACK)).digest('hex').slice(0, 20)
    } catch {
      hash = null
    }
    return `export default ${JSON.stringify(hash)}`
  },
}

// src/core and src/db are plain TypeScript whose modules only declare things (the one exception, a
// worker entry, is excluded): telling the bundler so lets it drop modules of a barrel (`@/db`,
// `@/core/progress`) whose exports a chunk does not use, even when they build tables or zod schemas
// at load. Without it, importing one helper from a barrel pulls zod and the whole engine into the
// first screen. src/charts is NOT listed: echarts.ts registers ECharts modules on import.
const PURE_SOURCE = /[\\/]src[\\/](core|db)[\\/](?!.*\.worker\.ts$).*\.ts$/

export default defineConfig({
  plugins: [
    vue(),
    cspOnlyInBuild,
    zodWithoutEval,
    seedPackHash,
    i18nMessagesByLocale(),
    VitePWA({
      // a new version waits for the user's yes (UpdatePrompt.vue): never reload under someone's unsaved input
      registerType: 'prompt',
      // registered by UpdatePrompt.vue through virtual:pwa-register/vue, so bench.html never registers it
      injectRegister: false,
      devOptions: { enabled: false },
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '承诺台账 Pledge Ledger',
        short_name: '承诺台账',
        description: '离线追踪地方政府公开承诺 · Offline tracker of local-government commitments',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1d3557',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // every built file, lazy route chunks, workers, the map and the seed pack included: the app must open offline
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,json,webmanifest,woff2,wasm}'],
        // the benchmark page and its chunks are not part of the app
        globIgnores: ['**/bench.html', '**/assets/bench-*'],
        // the ECharts bundle and the Luoyang map are large; 8 MB leaves room
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // every app route (/list, /c/…, /search?q=…) is the single page index.html
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/bench(\.html)?$/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // vue-i18n: messages arrive precompiled (scripts/vite/i18nMessages.ts), so its runtime compiler is
  // dropped; the app uses the Composition API only (createI18n legacy: false)
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  // bench.html: the benchmark page npm run bench drives (a separate entry, never loaded by the app)
  build: {
    rollupOptions: {
      input: { main: 'index.html', bench: 'bench.html' },
      treeshake: { moduleSideEffects: [{ test: PURE_SOURCE, sideEffects: false }] },
      output: {
        // Named chunks for the big libraries. Left alone, the bundler merges modules shared by several
        // lazy views into whichever shared chunk the first screen already loads (zod and the pack
        // checks rode along with Dexie); one group per library keeps each where it is used.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /[\\/]node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/, priority: 30 },
            { name: 'dexie', test: /[\\/]node_modules[\\/]dexie[\\/]/, priority: 30 },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30 },
            { name: 'messages-en', test: /[\\/]src[\\/]i18n[\\/]messages[\\/].*\?locale=en$/, priority: 30 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
