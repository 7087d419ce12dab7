// The import's preparation (duplicates, extraction, packs, evidence offers) runs in the extract
// worker. When that worker cannot run — here the network refuses its script — the page says so in
// words, keeps the pasted text, writes nothing, and the same text extracts once the worker loads.
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'
import { StoragePage } from './pages/StoragePage'

// the app's service worker would answer the script from its cache, past the refused route
test.use({ serviceWorkers: 'block' })

const WORKER = '**/extract.worker*'

test('a preparation that cannot run says so, keeps the text and writes nothing', async ({ page, consoleErrors, snap }) => {
  const storage = new StoragePage(page)
  const imp = new ImportPage(page)
  await imp.goto()
  await expect.poll(() => storage.countRows('sources'), { timeout: 30_000 }).toBeGreaterThan(0)
  const before = { sources: await storage.countRows('sources'), commitments: await storage.countRows('commitments') }
  const text = readFileSync('e2e/fixtures/laocheng-2024-q3.txt', 'utf8')
  await imp.text.fill(text)
  await imp.fillMeta({ date: '2024-10-18' })

  await page.route(WORKER, (route) => route.abort())
  await imp.extract.click()
  await expect(page.getByTestId('import-error')).toContainText('提取没有完成,数据库未改动,粘贴的文字仍在')
  await expect(imp.text).toHaveValue(text)
  await expect(imp.extract).toBeEnabled()
  await expect(imp.review).toHaveCount(0)
  expect({ sources: await storage.countRows('sources'), commitments: await storage.countRows('commitments') }).toEqual(before)
  await snap('import-prepare-failed')
  // the only errors logged are the refused script's
  expect(consoleErrors.filter((e) => !/Failed to load resource|extract\.worker/.test(e))).toEqual([])
  consoleErrors.length = 0

  await page.unroute(WORKER)
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('import-error')).toHaveCount(0)
})
