import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

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

export default defineConfig({
  plugins: [
    vue(),
    cspOnlyInBuild,
    zodWithoutEval,
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
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  // bench.html: the benchmark page npm run bench drives (a separate entry, never loaded by the app)
  build: { rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
