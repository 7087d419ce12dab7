import { defineConfig } from '@playwright/test'

// Debian's chromium; Playwright never downloads its own browser here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// PW_PORT lets several people run the suite side by side, each on its own build and port.
const port = Number(process.env.PW_PORT ?? 4173)
const outDir = port === 4173 ? 'dist' : `/tmp/pledge-dist-${port}`

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
