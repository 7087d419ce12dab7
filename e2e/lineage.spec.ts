// Lineage: a 2025 report (a fixture restating the seed's pledges) is imported in the browser and
// saved; on the seed's 3500万人次 target the raised 4000万人次 pledge is suggested; a person confirms
// it and the detail page shows the chain over the years with both quotes and dates, after a reload too.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'
import { SearchPage } from './pages/SearchPage'
import { DetailPage } from './pages/DetailPage'
import { DataPage } from './pages/DataPage'
import { LineagePage } from './pages/LineagePage'
import { StoragePage } from './pages/StoragePage'

const TEXT = 'src/core/lineage/testdata/laocheng-2025.txt'
const META = { title: '守正创新谋发展 文旅融合再出发', publisher: '洛阳日报', date: '2025-01-15', url: 'https://example.org/laocheng-2025' }
const SEED_TARGET = '力争2024年接待游客超过3500万人次'
const NOW = new Date('2025-02-01T10:00:00+08:00')

/** Import the 2025 report (progress offers declined) and open the seed's 3500万人次 target. */
async function importThenOpenSeedTarget(page: Page): Promise<{ detail: DetailPage; lineage: LineagePage }> {
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.files.setInputFiles(TEXT)
  await imp.fillMeta(META)
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 30_000 })
  await expect(imp.item('4000万人次')).toHaveCount(1)
  // figures offered as progress are not these tests' concern
  for (const offer of await imp.offers.all()) await offer.getByTestId('offer-reject').check()
  await imp.confirm.click()
  await expect(imp.done).toBeVisible({ timeout: 20_000 })
  const search = new SearchPage(page)
  await search.goto('3500万人次')
  await search.results.filter({ hasText: SEED_TARGET }).getByTestId('search-result-link').click()
  const detail = new DetailPage(page)
  await detail.ready()
  return { detail, lineage: new LineagePage(page) }
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW)
})

test('confirm the suggested link from the 3500万人次 target to its 2025 restatement, see the chain; a pack carries it', async ({ page, browser, snap }) => {
  const { detail, lineage } = await importThenOpenSeedTarget(page)
  // a restatement waiting for a person's word: no chain yet, and not called dropped
  await expect(lineage.chain).toHaveCount(0)

  const suggestion = lineage.suggestionWith('4000万人次')
  await expect(suggestion).toHaveCount(1)
  await lineage.who.fill('记者甲')
  await suggestion.getByTestId('lineage-confirm').click()

  // the confirmed link leaves the suggestions and forms the chain: seed pledge first, then 2025
  await expect(lineage.suggestionWith('4000万人次')).toHaveCount(0)
  await expect(lineage.steps).toHaveCount(2)
  const first = lineage.stepWith('3500万人次')
  const second = lineage.stepWith('4000万人次')
  await expect(first.getByTestId('lineage-step-date')).toContainText('2024')
  await expect(second.getByTestId('lineage-step-date')).toContainText('2025')
  await expect(second).toContainText('目标调高')
  await expect(second).toContainText('记者甲')
  await expect(lineage.steps.first()).toContainText('3500万人次')
  // the 2025 pledge is the latest: nothing later to have dropped it
  await expect(lineage.dropped).toHaveCount(0)
  await snap('lineage-chain', { fullPage: true })

  // 3500万人次 was due at the end of 2024 and was set again in January 2025: listed as restated late
  await page.getByTestId('footer-restated').click()
  const late = page.getByTestId('restated-row')
  await expect(late).toHaveCount(1)
  await expect(late).toContainText(SEED_TARGET)
  await expect(late).toContainText('4000万人次')
  await expect(late).toContainText('目标调高')
  await page.goBack()
  await detail.ready()

  await page.reload()
  await detail.ready()
  await expect(lineage.steps).toHaveCount(2)
  await expect(lineage.stepWith('4000万人次').getByTestId('lineage-step-date')).toContainText('2025')

  // the chain links to the later commitment, whose page shows the same chain
  await second.getByTestId('lineage-step-quote').click()
  await detail.ready()
  await expect(detail.quote).toContainText('4000万人次')
  await expect(lineage.steps).toHaveCount(2)
  const laterUrl = new URL(page.url()).pathname

  // the confirmed link travels in the pack: a fresh profile imports it, shows the chain, exports the same bytes
  const data = new DataPage(page)
  await data.goto()
  const exported = await data.exportText()
  const pack = JSON.parse(exported) as { links?: { state: string; decidedBy: string | null }[] }
  expect(pack.links).toEqual([expect.objectContaining({ state: 'confirmed', decidedBy: '记者甲' })])
  const fresh = await browser.newContext({ locale: 'zh-CN' })
  try {
    const freshPage = await fresh.newPage()
    await freshPage.clock.setFixedTime(NOW)
    const other = new DataPage(freshPage)
    await other.goto()
    await other.importText('pack.json', exported)
    await expect(other.result).toContainText('导入完成')
    expect(await other.exportText()).toBe(exported)
    await freshPage.goto(laterUrl)
    await new DetailPage(freshPage).ready()
    await expect(new LineagePage(freshPage).steps).toHaveCount(2)
  } finally {
    await fresh.close()
  }
})

test('a rejected suggestion is hidden after a reload; the pledge then shows as not mentioned again', async ({ page, snap }) => {
  const { detail, lineage } = await importThenOpenSeedTarget(page)
  await lineage.who.fill('记者乙')
  await lineage.suggestionWith('4000万人次').getByTestId('lineage-reject').click()
  await expect(lineage.suggestionWith('4000万人次')).toHaveCount(0)
  await page.reload()
  await detail.ready()
  await expect(lineage.suggestionWith('3500万人次').or(lineage.suggestionWith('4000万人次'))).toHaveCount(0)
  await expect(lineage.steps).toHaveCount(0)
  // the owner's 2025 report restates none of it now: quietly dropped
  await expect(lineage.dropped).toContainText('未再提及')
  await expect(lineage.dropped).toContainText('2025')
  await snap('lineage-dropped', { fullPage: true })
})

test('a confirm refused by storage (QuotaExceededError) says so, stores no link and keeps the suggestion; then it saves', async ({ page, snap }) => {
  const s = new StoragePage(page)
  await s.injectWriteFaults()
  const { detail, lineage } = await importThenOpenSeedTarget(page)
  const links = await s.countRows('links')
  await lineage.who.fill('记者丙')
  await s.setFault('QuotaExceededError')
  await lineage.suggestionWith('4000万人次').getByTestId('lineage-confirm').click()
  const failure = lineage.suggestions.getByTestId('write-failure')
  await expect(failure).toHaveAttribute('data-kind', 'quota')
  await expect(failure).toContainText('本次没有保存任何内容')
  // nothing changed: the suggestion waits, no chain, no link row, the name still typed
  await expect(lineage.suggestionWith('4000万人次')).toHaveCount(1)
  await expect(lineage.steps).toHaveCount(0)
  await expect(lineage.who).toHaveValue('记者丙')
  expect(await s.countRows('links')).toBe(links)
  await snap('lineage-confirm-refused')

  await s.setFault(null)
  await lineage.suggestionWith('4000万人次').getByTestId('lineage-confirm').click()
  await expect(lineage.steps).toHaveCount(2)
  await expect(failure).toHaveCount(0)
  await page.reload()
  await detail.ready()
  await expect(lineage.steps).toHaveCount(2)
  await expect(lineage.stepWith('4000万人次')).toContainText('记者丙')
})
