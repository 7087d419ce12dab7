// Content-Security-Policy of the built app (index.html meta): using every route must not trip it.
// A violation shows up two ways: a `securitypolicyviolation` event in the page, and a console error
// ("Refused to …"), which the shared fixture also turns into a failure.
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import type { Page } from '@playwright/test'

// a seed commitment (中州时代: 下半年投产); its source is read from the detail page's link
const SEED_COMMITMENT = 'cmt-d7c24ea13e30c496-1742-1760'

declare global {
  interface Window {
    __cspViolations: string[]
  }
}

async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations)
}

test('the built page carries a strict policy: no inline script, no eval', async ({ page }) => {
  await page.goto('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-eval')
  // the one relaxation: style attributes (ECharts tooltips); never inline <style> or <script>
  expect(policy).toMatch(/style-src 'self';/)
  expect(policy?.match(/unsafe-inline/g)).toHaveLength(1)
  expect(policy).toContain("style-src-attr 'unsafe-inline'")
  expect(policy).toContain("object-src 'none'")
  // nothing inline for the policy to block
  expect(await page.locator('script:not([src])').count()).toBe(0)
})

test('every route renders under the policy without a single violation', async ({ page }) => {
  // ten routes, each loaded (and offline also reloaded): more than the default time budget on a busy machine
  test.slow()
  const consoleCsp: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) consoleCsp.push(msg.text())
  })
  await watchViolations(page)

  const dash = new DashboardPage(page)
  await dash.goto()
  // a tooltip is placed with inline styles through the CSSOM: hover a bar to make one
  const bars = dash.chart('district').locator('svg[data-chart-svg]').first()
  const box = await bars.boundingBox()
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  expect(await violations(page)).toEqual([])

  await page.goto('/list')
  await expect(page.getByTestId('commitment-row').first()).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto(`/c/${SEED_COMMITMENT}`)
  await expect(page.getByTestId('detail-quote')).toBeVisible({ timeout: 20_000 })
  const sourceHref = await page.getByTestId('show-in-source').getAttribute('href')
  expect(sourceHref).toMatch(/^\/s\//)
  expect(await violations(page)).toEqual([])

  await page.goto(sourceHref!)
  await expect(page.getByTestId('source-article').first()).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/search?q=' + encodeURIComponent('游客'))
  await expect(page.getByTestId('search-result').first()).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/import')
  await expect(page.getByTestId('import-text')).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/data')
  await expect(page.getByTestId('data-export')).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/due')
  await expect(page.getByTestId('due-view')).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/restated')
  await expect(page.getByTestId('restated-row').or(page.getByTestId('empty-state')).first()).toBeVisible({ timeout: 20_000 })
  expect(await violations(page)).toEqual([])

  await page.goto('/methodology')
  await expect(page.getByTestId('methodology')).toBeVisible({ timeout: 20_000 })
  // the English UI too (vue-i18n compiles its messages without eval)
  await page.getByTestId('lang-switch').click()
  await expect(page.getByRole('banner').getByRole('navigation')).toContainText('Overview')
  expect(await violations(page)).toEqual([])
  expect(consoleCsp).toEqual([])
})
