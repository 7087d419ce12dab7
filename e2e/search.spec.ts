// Search: Chinese words find what a person expects, ranked, with the matched words marked as text;
// the list's filters narrow the results; the header box opens the search page.
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { SearchPage } from './pages/SearchPage'

test('the five words a reporter tries find what they expect, with the words marked', async ({ page, snap }) => {
  const search = new SearchPage(page)

  await search.goto('游客')
  expect(await search.results.count()).toBeGreaterThan(0)
  expect((await search.quotes()).some((q) => q.includes('3500万人次'))).toBe(true)
  expect(new Set(await search.marked())).toEqual(new Set(['游客']))
  await snap('search-youke')

  await search.goto('翠云阁')
  expect((await search.quotes())[0]).toContain('翠云阁')
  expect(await search.marked(1)).toContain('翠云阁')

  await search.goto('洛邑古城')
  const luoyi = await search.quotes()
  expect(luoyi.length).toBeGreaterThan(0)
  // the words as written rank first
  expect(luoyi[0]).toContain('洛邑古城')

  // a person: found through the owner (the interview with 魏斌), not only quotes naming him
  await search.goto('魏斌')
  expect(await search.results.count()).toBeGreaterThan(0)
  await expect(search.results.first()).toContainText('魏斌')

  await search.goto('700个')
  const seven = await search.quotes()
  expect(seven.length).toBeGreaterThan(0)
  // 700个 as written: not 1700个, not 700亩
  for (const q of seven) expect(q).toMatch(/(?<!\d)700个/)
  expect(await search.marked(1)).toContain('700个')
})

test('results narrow with the list filters, kept in the URL', async ({ page, snap }) => {
  const search = new SearchPage(page)
  // 项目 appears in pledges of the city, 孟津区 and 老城区
  await search.goto('项目')
  const all = await search.results.count()
  await search.goto('项目', `district=${encodeURIComponent('孟津区')}`)
  const narrowed = await search.results.count()
  expect(narrowed).toBeGreaterThan(0)
  expect(narrowed).toBeLessThan(all)
  for (const text of await search.results.allInnerTexts()) expect(text).toContain('孟津区')
  await expect(page.getByTestId('search-filter-district')).toContainText('孟津区')
  await snap('search-filtered', { fullPage: true })
})

test('the header search box opens the search page', async ({ page }) => {
  await page.goto('/list')
  const box = page.getByTestId('header-search')
  await box.fill('翠云阁')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  const search = new SearchPage(page)
  await search.ready()
  await expect(search.input).toHaveValue('翠云阁')
  expect(await search.results.count()).toBeGreaterThan(0)
})

test('show in source scrolls to the commitment in the source reader and flashes it', async ({ page, snap }) => {
  const search = new SearchPage(page)
  await search.goto('翠云阁')
  await search.results.first().getByTestId('search-result-link').click()
  await expect(page.getByTestId('detail-quote')).toBeVisible()
  const id = decodeURIComponent(page.url().split('/c/')[1])
  await page.getByTestId('show-in-source').click()
  await expect(page).toHaveURL(/\/s\/.*\?c=/)
  const mark = page.locator(`[data-cid="${id}"]`)
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/focused/)
  await expect(page.getByTestId('source-outline')).toBeVisible()
  expect(await page.getByTestId('source-commitment').count()).toBeGreaterThan(5)
  await snap('source-reader')
})

test('the index follows the database: a text imported in the same session is found at once', async ({ page }) => {
  const search = new SearchPage(page)
  await search.goto('4000万')
  await expect(search.results.filter({ hasText: '4000万人次' })).toHaveCount(0)
  // client-side navigation keeps the built index; the import changes the database under it
  await page.getByTestId('nav-import').click()
  await page.getByTestId('import-text').fill(readFileSync('e2e/fixtures/laocheng-2024-11.txt', 'utf8'))
  await page.getByTestId('import-date').fill('2024-12-10')
  await page.getByTestId('import-extract').click()
  await page.getByTestId('import-confirm').click({ timeout: 30_000 })
  await expect(page.getByTestId('import-done')).toBeVisible()
  const box = page.getByTestId('header-search')
  await box.fill('4000万')
  await box.press('Enter')
  await expect(search.results.filter({ hasText: '4000万人次' })).toHaveCount(1)
})

test('a reload loads the stored index instead of building it again', async ({ page }) => {
  const search = new SearchPage(page)
  const section = page.getByTestId('search-results')
  await search.goto('游客')
  // the first visit of this profile: built in the worker (or already stored by an earlier page)
  await expect(section).toHaveAttribute('data-index-from', /built|stored/)
  // the worker saves after building; wait until a fresh page finds it stored
  await expect(async () => {
    await search.goto('翠云阁')
    await expect(section).toHaveAttribute('data-index-from', 'stored')
  }).toPass({ timeout: 30_000 })
  const seed = JSON.parse(readFileSync('data/seed-pack.json', 'utf8')) as { commitments: unknown[] }
  expect(Number(await section.getAttribute('data-index-docs'))).toBe(seed.commitments.length)
  expect((await search.quotes())[0]).toContain('翠云阁')
})

test('results are drawn a batch at a time: the rest follow as the reader scrolls, the count says how many', async ({ page, snap }) => {
  const search = new SearchPage(page)
  // 区 is in 28 of the seed's commitments (districts, departments, quotes): two batches of 20 and 8
  await search.goto('区')
  await expect(search.count).toContainText('共 28 条结果')
  await expect(search.results).toHaveCount(20)
  const more = page.getByTestId('search-more')
  await expect(more).toHaveText('已显示 20 / 28 条,向下滚动显示更多')
  const first = await search.results.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
  await more.scrollIntoViewIfNeeded()
  await expect(search.results).toHaveCount(28)
  await expect(more).toHaveText('')
  // the first batch stayed as it was; the second follows it, no result twice
  const all = await search.results.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
  expect(all.slice(0, 20)).toEqual(first)
  expect(new Set(all).size).toBe(28)
  await snap('search-batches', { fullPage: true })
})
