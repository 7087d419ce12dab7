// Article text with HTML and script in it is shown as text and never runs: imported by pasting on
// /import and inside a data pack on /data, then read everywhere the text appears (the import review,
// the source reader, the detail quote, the search result highlight, the list row). On every screen:
// the literal markup is visible as text, no <img src=x>, inline <script> or javascript: link exists
// in the document, window.__pwned stays undefined and no CSP violation is reported.
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'
import { DataPage } from './pages/DataPage'
import { DetailPage } from './pages/DetailPage'
import { ImportPage } from './pages/ImportPage'
import { SearchPage } from './pages/SearchPage'
import { SourcePage } from './pages/SourcePage'
import { fnv1a64 } from '../src/core/ids'

const IMG = '<img src=x onerror="window.__pwned=1">'
const SCRIPT = '<script>window.__pwned=2</script>'
const LINK = '<a href="javascript:window.__pwned=3">详情</a>'
/** a real pledge next to the markup, so the extractor finds commitments whose quotes carry it */
const hostileText = (year: number, visitors: number) =>
  `洛阳市文化广电和旅游局\n力争${year}年接待游客超过${visitors}万人次${IMG},旅游收入超过300亿元${SCRIPT}。\n更多内容见${LINK}。`

declare global {
  interface Window {
    __cspViolations: string[]
    __pwned?: number
  }
}

async function watch(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`)
    })
  })
}

/** Nothing from the text became markup or ran, on the current screen. */
async function nothingRan(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    pwned: window.__pwned,
    csp: window.__cspViolations,
  }))
  expect(state, where).toEqual({ imgs: 0, inlineScripts: 0, jsLinks: 0, pwned: undefined, csp: [] })
}

/** The markup is on screen as literal characters inside `scope`. */
async function shownAsText(scope: import('@playwright/test').Locator, markup: string[]) {
  for (const m of markup) await expect(scope.filter({ hasText: m }).first()).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await watch(page)
})

test('pasted on /import: the markup in the text is shown as text in review, reader, detail, search and list', async ({ page }) => {
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.text.fill(hostileText(2025, 4000))
  await imp.fillMeta({ title: `文旅目标${SCRIPT}`, publisher: '洛阳日报', date: '2025-01-10' })
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 30_000 })
  const item = imp.item('4000万人次')
  await expect(item).toHaveCount(1)
  await shownAsText(item.getByTestId('review-quote'), ['<img src=x onerror='])
  await nothingRan(page, 'import review')
  await imp.confirm.click()
  await expect(imp.done).toBeVisible({ timeout: 20_000 })

  await page.getByTestId('import-open-source').first().click()
  const source = new SourcePage(page)
  await source.ready()
  await expect(source.title).toHaveText(`文旅目标${SCRIPT}`)
  await shownAsText(source.articles, ['<img src=x onerror="window.__pwned=1">', SCRIPT, LINK])
  await nothingRan(page, 'source reader')

  await source.commitments.filter({ hasText: '4000万人次' }).click()
  const detail = new DetailPage(page)
  await detail.ready()
  await shownAsText(detail.quote, ['<img src=x onerror='])
  await nothingRan(page, 'detail')

  await checkSearchAndList(page, '4000万人次')
})

test('inside a data pack on /data: a source and quote with markup are imported and shown as text', async ({ page }) => {
  const data = new DataPage(page)
  await data.goto()
  const pack = JSON.parse(await data.exportText()) as { sources: Record<string, unknown>[]; commitments: Record<string, unknown>[] }
  const text = hostileText(2026, 4500)
  const quote = `力争2026年接待游客超过4500万人次${IMG}`
  const start = text.indexOf(quote)
  const sourceId = 'src-hostile-pack'
  pack.sources.push({
    ...pack.sources[0],
    id: sourceId,
    title: `<img src=x onerror="window.__pwned=4">文旅数据包`,
    text,
    textHash: fnv1a64(text),
    url: 'https://example.org/hostile',
  })
  const commitmentId = 'cmt-hostile-pack-1'
  pack.commitments.push({
    ...pack.commitments[0],
    id: commitmentId,
    sourceId,
    articleId: null,
    quote,
    start,
    end: start + quote.length,
    metric: '接待游客',
    value: 45_000_000,
    unit: '人次',
    comparator: '>',
    growth: false,
    deadline: { date: '2026-12-31', precision: 'year' },
  })
  await data.importText('hostile.json', JSON.stringify(pack))
  await expect(data.result).toContainText('导入完成')
  await nothingRan(page, 'data page')

  const source = new SourcePage(page)
  await page.goto(`/s/${sourceId}?c=${commitmentId}`)
  await source.ready()
  await expect(source.title).toHaveText('<img src=x onerror="window.__pwned=4">文旅数据包')
  await shownAsText(page.locator('#app'), [SCRIPT, LINK])
  await expect(source.commitment(commitmentId)).toContainText('<img src=x onerror=')
  await nothingRan(page, 'source reader (pack)')

  const detail = new DetailPage(page)
  await detail.goto(commitmentId)
  await shownAsText(detail.quote, ['<img src=x onerror='])
  await nothingRan(page, 'detail (pack)')

  await checkSearchAndList(page, '4500万人次')
})

async function checkSearchAndList(page: Page, words: string) {
  const search = new SearchPage(page)
  await search.goto(words)
  const hit = search.results.filter({ hasText: words })
  await expect(hit).toHaveCount(1)
  await shownAsText(hit.getByTestId('search-result-link'), ['<img src=x onerror='])
  // the query's highlight sits next to the markup text, not inside an element made from it
  await expect(hit.locator('mark').first()).toBeVisible()
  await nothingRan(page, 'search')

  // the list's own text filter (?q=), so the row is on the first screen of the virtual list
  await page.goto(`/list?q=${encodeURIComponent(words)}`)
  const row = page.getByTestId('commitment-row').filter({ hasText: words })
  await expect(row).toHaveCount(1, { timeout: 20_000 })
  await shownAsText(row, ['<img src=x onerror='])
  await nothingRan(page, 'list')
}
