// The detail page: the quote marked in its article, the source, reload, language, screenshots.
import { test, expect } from './fixtures'
import { ListPage } from './pages/ListPage'
import { DetailPage } from './pages/DetailPage'

const STATUS_ZH = {
  ahead: '超序时',
  on_pace: '按序时',
  behind: '慢序时',
  achieved: '已完成',
  achieved_early: '提前完成',
  missed: '未完成',
  overdue: '逾期',
  done: '已完成(节点)',
  not_yet: '推进中',
  no_data: '未评估',
}

async function openTarget(page: import('@playwright/test').Page) {
  const list = new ListPage(page)
  await list.goto('district=' + encodeURIComponent('老城区'))
  const row = list.row('3500万人次')
  const quote = await row.locator('[title]').first().getAttribute('title')
  await row.click()
  const detail = new DetailPage(page)
  await detail.ready()
  return { detail, quote: quote ?? '' }
}

test('the detail page marks the quote inside the article text', async ({ page, snap }) => {
  const { detail, quote } = await openTarget(page)
  await expect(page).toHaveURL(/\/c\//)
  expect(quote).toContain('3500万人次')
  expect(await detail.markText()).toBe(quote)
  // the mark sits inside the article's text, which goes on around it
  const passage = (await detail.passage.textContent()) ?? ''
  expect(passage.length).toBeGreaterThan(quote.length + 100)
  expect(passage).toContain('旅游综合收入')
  await expect(detail.mark).toBeInViewport()
  expect(await detail.markVisibleInPassage()).toBe(true)
  // the rest of the record
  await expect(detail.headline).toContainText('超过3500万人次')
  await expect(detail.headline).toContainText('2024年底')
  await expect(page.getByTestId('owner-district')).toHaveText('老城区')
  await expect(page.getByTestId('fact-value')).toHaveText('3500万人次')
  await expect(detail.publisher).not.toHaveText('')
  await expect(detail.date).toContainText('2024年1月')
  // whatever the progress engine decides, the badge shows the official term of that status
  const status = await detail.status.getAttribute('data-status')
  expect(Object.keys(STATUS_ZH)).toContain(status)
  await expect(detail.status).toHaveText(STATUS_ZH[status as keyof typeof STATUS_ZH])
  // the seed records a partial-year figure for this target: it is listed with its period and evidence
  const update = page.getByTestId('update').filter({ hasText: '3153万人次' })
  await expect(update).toHaveCount(1)
  await expect(update).toContainText('2024年1月1日')
  await expect(update).toContainText('2024年9月30日')
  await expect(update.locator('blockquote')).toContainText('接待游客3153万人次')
  await snap('detail-3500')
  await snap('detail-3500-full', { fullPage: true })
})

test('reload keeps the detail page, and the list link returns to the filtered list', async ({ page }) => {
  const { detail, quote } = await openTarget(page)
  const url = page.url()
  await page.reload()
  await detail.ready()
  expect(page.url()).toBe(url)
  expect(await detail.markText()).toBe(quote)
  await page.getByRole('link', { name: '← 列表' }).click()
  await expect(page).toHaveURL(/district=%E8%80%81%E5%9F%8E%E5%8C%BA/)
})

test('the detail page in English and in a narrow window', async ({ page, snap }) => {
  const { detail } = await openTarget(page)
  await page.getByTestId('lang-switch').click()
  await expect(detail.headline).toContainText('more than 35 million visits')
  await expect(detail.headline).toContainText('end of 2024')
  await snap('detail-3500-en')
  await page.setViewportSize({ width: 420, height: 860 })
  await page.reload()
  await detail.ready()
  await expect(detail.headline).toContainText('35 million')
  await expect(detail.mark).toBeInViewport()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await snap('detail-3500-narrow-420')
})

test('the source page shows the article text with the commitments marked', async ({ page, snap }) => {
  await openTarget(page)
  await page.getByTestId('source-card').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/s\//)
  const articles = page.getByTestId('source-article')
  await expect(articles.first()).toBeVisible()
  expect(await articles.count()).toBeGreaterThan(1)
  await expect(page.getByRole('link', { name: /3500万人次/ })).toBeVisible()
  await snap('source')
})
