// A long text in review (the fixtures' 26 texts twice over: about 700 items, prepared in the extract
// worker). The review shows a page of 50 at a time, each item's form opened on demand; edits, a drop
// and an error made on pages 1–3 are all kept while the person pages back and forth, the error link
// finds the bad item on its page, the search finds an item on any page, and a reload keeps every
// decision: the same text extracted again comes back with them. A save the disk refuses changes
// nothing and keeps the review; the next save writes what the person decided on every page.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'
import { SearchPage } from './pages/SearchPage'
import { StoragePage } from './pages/StoragePage'

const DIR = 'test/fixtures'
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && f !== 'seed.txt')
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
const LONG = [...fixtures, ...fixtures].join('\n\n')

test.setTimeout(180_000)

test('a review of ~700 items: pages, edits kept across pages and a reload, search, save', async ({ page, snap }) => {
  const storage = new StoragePage(page)
  await storage.injectWriteFaults()
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.text.fill(LONG)
  await imp.fillMeta({ title: '长文核对', date: '2024-01-14' })
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 120_000 })
  const total = Number(/\d+/.exec((await imp.review.locator('h2').textContent()) ?? '')?.[0])
  expect(total).toBeGreaterThan(500)
  await expect(page.getByTestId('review-range').first()).toHaveText(`第 1–50 条,共 ${total} 条`)
  await expect(imp.items).toHaveCount(50)

  // page 1: correct one owner, drop another
  const first = imp.items.nth(0)
  const firstId = await first.getAttribute('data-id')
  const firstQuote = ((await first.getByTestId('review-quote').textContent()) ?? '').slice(0, 12)
  await (await imp.edit(first)).getByTestId('review-department').fill('长文核对局')
  const dropped = imp.items.nth(1)
  const droppedId = await dropped.getAttribute('data-id')
  await dropped.getByTestId('review-drop').check()

  // page 2: a value that is not a number, then back to page 1 and on again
  await page.getByTestId('review-next').click()
  await expect(page.getByTestId('review-range').first()).toHaveText(`第 51–100 条,共 ${total} 条`)
  const later = imp.items.nth(0)
  const laterId = await later.getAttribute('data-id')
  expect(await later.locator('.n').textContent()).toBe('51')
  await (await imp.edit(later)).getByTestId('review-value').fill('12x')
  await expect(page.getByTestId('review-problems')).toContainText('1 条有错误')
  await expect(imp.confirm).toBeDisabled()

  // page 3: a corrected metric
  const pages = Math.ceil(total / 50)
  await page.getByTestId('review-page').selectOption({ label: `第 3 页 / 共 ${pages} 页` })
  await expect(page.getByTestId('review-range').first()).toHaveText(`第 101–150 条,共 ${total} 条`)
  const third = imp.items.nth(7)
  const thirdId = await third.getAttribute('data-id')
  await (await imp.edit(third)).getByTestId('review-metric').fill('第三页改过的指标')
  await third.getByTestId('review-close').click()
  await expect(third.locator('[data-field=metric]')).toHaveText('第三页改过的指标')
  await expect(third.getByTestId('review-edited')).toBeVisible()

  await page.getByTestId('review-page').selectOption({ label: `第 1 页 / 共 ${pages} 页` })
  await expect(page.locator(`[data-id="${firstId}"] [data-field=department]`)).toHaveText('长文核对局')
  await expect(page.locator(`[data-id="${firstId}"] [data-testid=review-edited]`)).toBeVisible()
  await expect(page.locator(`[data-id="${droppedId}"] [data-testid=review-drop]`)).toBeChecked()
  await snap('import-long-review')

  // the error link turns to the bad item's page and puts the cursor in it
  await page.getByTestId('review-problems').click()
  const bad = page.locator(`[data-id="${laterId}"]`)
  await expect(bad.getByTestId('review-value')).toHaveValue('12x')
  await expect(bad.getByTestId('review-value')).toBeFocused()

  // the search looks through every page: from page 1, an item of page 2 by its quote
  const laterQuote = (await bad.getByTestId('review-quote').textContent()) ?? ''
  await page.getByTestId('review-page').selectOption({ index: 0 })
  await expect(bad).toHaveCount(0)
  await page.getByTestId('review-find').fill(laterQuote)
  await expect(bad).toBeVisible()
  await expect(bad.locator('.n')).toHaveText('51')
  await page.getByTestId('review-find').fill('没有这样的句子')
  await expect(page.getByTestId('review-no-match')).toBeVisible()
  await expect(imp.items).toHaveCount(0)
  await page.getByTestId('review-find').fill('')
  await expect(imp.items).toHaveCount(50)

  // a reload: the text comes back from the draft, and the review decisions with it
  await page.waitForTimeout(500)
  await page.reload()
  await expect(imp.text).toHaveValue(LONG)
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 120_000 })
  await expect(page.getByTestId('import-review-restored')).toContainText('4 处')
  await expect(page.locator(`[data-id="${firstId}"] [data-field=department]`)).toHaveText('长文核对局')
  await expect(page.locator(`[data-id="${droppedId}"] [data-testid=review-drop]`)).toBeChecked()
  await page.getByTestId('review-page').selectOption({ label: `第 3 页 / 共 ${pages} 页` })
  await expect(page.locator(`[data-id="${thirdId}"] [data-field=metric]`)).toHaveText('第三页改过的指标')
  await page.getByTestId('review-problems').click()
  await bad.getByTestId('review-value').fill('')
  await expect(imp.confirm).toBeEnabled()

  // the disk refuses the save: it says so, nothing is stored, the review and its edits stay
  const before = { sources: await storage.countRows('sources'), commitments: await storage.countRows('commitments') }
  await storage.setFault('QuotaExceededError')
  await imp.confirm.click()
  await expect(storage.failure).toHaveAttribute('data-kind', 'quota')
  await expect(imp.items).toHaveCount(50)
  expect({ sources: await storage.countRows('sources'), commitments: await storage.countRows('commitments') }).toEqual(before)
  await page.getByTestId('review-page').selectOption({ label: `第 3 页 / 共 ${pages} 页` })
  await expect(page.locator(`[data-id="${thirdId}"] [data-field=metric]`)).toHaveText('第三页改过的指标')
  await storage.setFault(null)

  // saved: every item but the dropped one, with the edit made on page 1
  await imp.confirm.click()
  await expect(imp.done).toBeVisible({ timeout: 60_000 })
  await expect(imp.done).toContainText(`保存了 ${total - 1} 条承诺`)
  expect(await storage.countRows('commitments')).toBe(before.commitments + total - 1)
  const search = new SearchPage(page)
  await search.goto(firstQuote)
  const edited = search.results.filter({ has: page.locator('[data-origin=edited]') })
  await expect(edited.first()).toBeVisible({ timeout: 60_000 })
})
