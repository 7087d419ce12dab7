// Shared test fixture: every test fails if the page logs a console error or throws an uncaught exception,
// and screenshots go to test-results/screens/ where a person looks at them.
import { test as base, expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

export const SCREENS_DIR = join('test-results', 'screens')

export interface Fixtures {
  /** errors seen so far (console.error and page errors) */
  consoleErrors: string[]
  /** save test-results/screens/<name>.png (the viewport, or the whole page with fullPage) */
  snap: (name: string, options?: { fullPage?: boolean; page?: Page }) => Promise<void>
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`)
      })
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`))
      await use(errors)
      expect(errors, 'the page logged errors').toEqual([])
    },
    { auto: true },
  ],
  snap: async ({ page }, use) => {
    mkdirSync(SCREENS_DIR, { recursive: true })
    await use(async (name, options = {}) => {
      const p = options.page ?? page
      await p.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: options.fullPage ?? false })
    })
  },
})

export { expect }
