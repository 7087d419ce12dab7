// Import in the browser: a later report (written as a fixture) is extracted in the worker, reviewed,
// corrected, saved; its 1-11月 figure is accepted as progress on the seed's 3500万人次 target, whose
// status changes. The 前三季度 report's figure is already in the seed's updates, so it is not offered
// twice; that text imported again is recognised; empty and binary files are refused.
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'
import { SearchPage } from './pages/SearchPage'
import { SourcePage } from './pages/SourcePage'
import { DetailPage } from './pages/DetailPage'

const Q3 = 'e2e/fixtures/laocheng-2024-q3.txt'
const Q3_META = { title: '老城区文旅市场持续升温', publisher: '洛阳日报', date: '2024-10-18', url: 'https://example.org/laocheng-q3' }
const NOV = 'e2e/fixtures/laocheng-2024-11.txt'
const NOV_META = { title: '老城区提前完成全年文旅目标', publisher: '洛阳日报', date: '2024-12-10', url: 'https://example.org/laocheng-11' }

test.beforeEach(async ({ page }) => {
  // days after the later report, before the 2024 deadline: progress shows against the pace
  await page.clock.setFixedTime(new Date('2024-12-15T10:00:00+08:00'))
})

async function targetStatus(page: import('@playwright/test').Page) {
  const search = new SearchPage(page)
  await search.goto('3500万人次')
  await search.results.filter({ hasText: '力争2024年接待游客超过3500万人次' }).getByTestId('search-result-link').click()
  const detail = new DetailPage(page)
  await detail.ready()
  return { detail, status: (await detail.status.first().innerText()).trim() }
}

test('import a later report, correct it, accept its figure as progress on the 3500万人次 target', async ({ page, snap }) => {
  const before = await targetStatus(page)
  const targetId = decodeURIComponent(page.url().split('/c/')[1])

  const imp = new ImportPage(page)
  await imp.goto()
  await imp.files.setInputFiles(NOV)
  await expect(page.getByTestId('import-file-list')).toContainText('laocheng-2024-11.txt')
  await imp.fillMeta(NOV_META)
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 30_000 })
  expect(await imp.items.count()).toBeGreaterThanOrEqual(3)

  // correct one item's owner, drop another
  const raised = imp.item('4000万人次')
  await (await imp.edit(raised)).getByTestId('review-department').fill('老城区旅游服务中心')
  await expect(raised.getByTestId('review-edited')).toBeVisible()
  await imp.item('1200户').getByTestId('review-drop').check()

  // the 1-11月 figure is offered as progress on the seed target, with its period
  const offer = imp.offers.and(page.locator(`[data-target="${targetId}"]`))
  await expect(offer).toHaveCount(1)
  await expect(offer).toContainText('1-11月')
  await expect(offer).toContainText('3620')
  await offer.getByTestId('offer-accept').check()
  for (const other of await imp.offers.all()) {
    if ((await other.getAttribute('data-target')) !== targetId) await other.getByTestId('offer-reject').check()
  }
  await snap('import-review', { fullPage: true })

  await imp.confirm.click()
  await expect(imp.done).toBeVisible({ timeout: 20_000 })
  await expect(imp.done).toContainText('1')

  // the new source opens in the reader, its commitments marked
  await page.getByTestId('import-open-source').click()
  const source = new SourcePage(page)
  await source.ready()
  await expect(source.title).toHaveText(NOV_META.title)
  await expect(source.commitments.filter({ hasText: '4000万人次' })).toHaveCount(1)

  // found by search; the edited one is marked as a person's edit, keeping the extractor's reading
  const search = new SearchPage(page)
  await search.goto('4000万')
  const hit = search.results.filter({ hasText: '4000万人次' })
  await expect(hit).toHaveCount(1)
  await expect(hit.getByTestId('origin-badge')).toHaveAttribute('data-origin', 'edited')
  await hit.getByTestId('search-result-link').click()
  await expect(page.getByTestId('origin-original')).toContainText('老城区文化广电和旅游局')
  // and lineage: the raised target is suggested as a restatement of the 3500万人次 pledge
  await expect(page.getByTestId('lineage-suggestions')).toContainText('3500万人次')
  await snap('detail-edited-lineage', { fullPage: true })

  // the dropped item was not saved
  await search.goto('1200户')
  await expect(search.results.filter({ hasText: '1200户' })).toHaveCount(0)

  // the target's status follows the accepted figure
  const after = await targetStatus(page)
  expect(after.status, `status was ${before.status}`).not.toBe(before.status)
  expect(after.status).toBe('提前完成')
  await expect(page.getByText('3620', { exact: false }).first()).toBeVisible()
})

test('a figure already recorded is not offered again; the same text twice is recognised', async ({ page, snap }) => {
  const text = readFileSync(Q3, 'utf8')
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.text.fill(text)
  await imp.fillMeta(Q3_META)
  await imp.extract.click()
  await expect(page.getByTestId('offers-already-recorded')).toBeVisible({ timeout: 30_000 })
  await expect(imp.offers.filter({ hasText: '3500万人次' })).toHaveCount(0)
  await snap('import-review-q3', { fullPage: true })
  // each test has a fresh browser profile: import once, then again
  await expect(imp.review).toBeVisible({ timeout: 30_000 })
  await imp.confirm.click()
  await expect(imp.done).toBeVisible()
  await imp.goto()
  await imp.text.fill(`\n${text.replace(/\n/g, '\r\n')}  `)
  await imp.extract.click()
  await expect(imp.duplicate).toBeVisible({ timeout: 30_000 })
  await expect(imp.duplicate).toContainText('已经导入过')
  await expect(imp.review).toHaveCount(0)
})

test('empty and binary files are refused with a message, nothing saved', async ({ page }) => {
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.files.setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
  ])
  await expect(imp.refused).toContainText('empty.txt')
  await expect(imp.refused).toContainText('文件为空')
  await expect(imp.refused).toContainText('image.txt')
  await expect(imp.refused).toContainText('二进制')
  await expect(imp.extract).toBeDisabled()
})
