// Offline: after one visit with the network on, the service worker has precached the whole app (route chunks,
// ECharts, the map, the seed pack); with the network off every route reloads and shows its content.
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import type { Locator, Page } from '@playwright/test'

const SEED_COMMITMENT = 'cmt-d7c24ea13e30c496-1742-1760'

/** Each route with what it must show when it has rendered from the cache and the database alone. */
function routes(page: Page, sourcePath: string): [string, () => Locator][] {
  return [
    ['/list', () => page.getByTestId('commitment-row').first()],
    [`/c/${SEED_COMMITMENT}`, () => page.getByTestId('detail-quote')],
    [sourcePath, () => page.getByTestId('source-article').first()],
    ['/search?q=' + encodeURIComponent('游客'), () => page.getByTestId('search-result').first()],
    ['/import', () => page.getByTestId('import-text')],
    ['/data', () => page.getByTestId('data-export')],
    ['/due', () => page.getByTestId('due-view')],
    ['/methodology', () => page.getByTestId('methodology')],
    // rendered from the database: the restated rows, or the note that there are none yet
    ['/restated', () => page.getByTestId('restated-row').or(page.getByTestId('empty-state')).first()],
  ]
}

test('with the network off, every route reloads from the service worker and renders its content', async ({ page, context, snap }) => {
  // ten routes, each loaded (and offline also reloaded): more than the default time budget on a busy machine
  test.slow()
  const dash = new DashboardPage(page)
  await dash.goto()
  // the first visit installs the worker; ready = installed (everything precached) and active
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(scope).toMatch(/\/$/)
  await page.goto(`/c/${SEED_COMMITMENT}`)
  await expect(page.getByTestId('detail-quote')).toBeVisible({ timeout: 20_000 })
  const sourcePath = (await page.getByTestId('show-in-source').getAttribute('href'))!
  const quote = await page.getByTestId('detail-quote').textContent()

  // count what the network serves once offline: nothing may come from it
  const fromNetwork: string[] = []
  page.on('requestfinished', async (req) => {
    const res = await req.response()
    if (res && !res.fromServiceWorker() && req.url().startsWith('http')) fromNetwork.push(req.url())
  })
  await context.setOffline(true)

  await page.goto('/')
  await dash.ready()
  await page.reload()
  await dash.ready()
  await snap('offline-dashboard')

  for (const [path, shown] of routes(page, sourcePath)) {
    await page.goto(path)
    await expect(shown(), `${path} offline`).toBeVisible({ timeout: 20_000 })
    // a reload of the same address, not only a first navigation, is served offline too
    await page.reload()
    await expect(shown(), `${path} reloaded offline`).toBeVisible({ timeout: 20_000 })
  }
  await page.goto(`/c/${SEED_COMMITMENT}`)
  await expect(page.getByTestId('detail-quote')).toHaveText(quote!)
  expect(fromNetwork).toEqual([])
  await context.setOffline(false)
})

test('the app is installable: the manifest is linked and names the app with its icons', async ({ page }) => {
  await page.goto('/list')
  await expect(page.getByTestId('commitment-row').first()).toBeVisible({ timeout: 20_000 })
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await page.request.get(href!)).json()
  expect(manifest.name).toBe('承诺台账 Pledge Ledger')
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true)
})
