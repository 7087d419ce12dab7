// The due panel reads counts from the maintained cells and only the rows it shows
// (src/db/dueQueries.ts). Here its counts and rows are checked against every stored row read
// straight from IndexedDB and bucketed in Node with the same rule (dueBucket), with and without a
// dashboard filter. On the dashboard the panel is one line of counts that links to the groups on
// /due, its rows behind a button, so that the first row of charts is on a laptop's first screen.
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { matchesFilter } from '../src/core/model/matchFilter'
import type { CommitmentFilter } from '../src/core/model/filter'
import type { Commitment } from '../src/core/model/types'
import { dueBucket, type DueBucket } from '../src/core/progress/due'

const GROUPS: DueBucket[] = ['overdue', 'due30', 'due90']

async function storedRows(page: Page): Promise<{ rows: Commitment[]; today: string }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('pledge-ledger')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    const rows: Commitment[] = await new Promise((res, rej) => {
      const r = db.transaction('commitments').objectStore('commitments').getAll()
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    db.close()
    const now = new Date()
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
    return { rows, today }
  })
}

/** Counts and the first `limit` ids per group, as the panel orders them (ties by id, the index order). */
function expected(rows: Commitment[], today: string, filter: CommitmentFilter, limit: number) {
  const out = {} as Record<DueBucket, { count: number; ids: string[] }>
  for (const b of GROUPS) {
    const got = rows.filter((c) => dueBucket(c, c.status, today) === b && matchesFilter(c, filter))
    const key = (c: Commitment) => `${c.deadline!.date} ${c.id}`
    got.sort((x, y) => (key(x) < key(y) ? -1 : 1))
    if (b === 'overdue') got.reverse()
    out[b] = { count: got.length, ids: got.slice(0, limit).map((c) => c.id) }
  }
  return out
}

/** The counts on the panel's line and the rows listed under them (a group without rows is not listed on the dashboard). */
async function shown(page: Page, root = 'due-panel') {
  const panel = page.getByTestId(root)
  await expect(panel).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 })
  const out = {} as Record<DueBucket, { count: number; ids: string[] }>
  for (const b of GROUPS) {
    const count = Number(await panel.getByTestId(`due-tile-${b}`).getByTestId('due-count').textContent())
    const hrefs = await panel.getByTestId(`due-${b}`).getByTestId('due-row').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    out[b] = { count, ids: hrefs.map((h) => decodeURIComponent(h.replace(/^.*\/c\//, ''))) }
  }
  return out
}

test('the due panel shows the counts and first rows of every stored row, follows the dashboard filter and keeps its height', async ({ page, snap }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  const { rows, today } = await storedRows(page)
  const all = expected(rows, today, {}, 5)
  expect(all.overdue.count, 'the seed has overdue commitments (the check is not vacuous)').toBeGreaterThan(5)
  const panel = dash.due
  // closed on arrival: the line shows the counts and no row
  await expect(panel.getByTestId('due-rows')).toHaveCount(0)
  await expect.poll(() => shown(page)).toEqual(Object.fromEntries(GROUPS.map((b) => [b, { count: all[b].count, ids: [] }])))
  const line = (await panel.boundingBox())!.height
  await dash.openDueRows()
  await expect.poll(() => shown(page)).toEqual(all)
  await expect(page.getByTestId('due-filtered')).toHaveCount(0)

  // a district with overdue commitments, and a kind: both follow into the panel
  const district = rows.find((c) => c.district && dueBucket(c, c.status, today) === 'overdue')!.district!
  await dash.selectFilter('district', district)
  await expect(page).toHaveURL(/district=/)
  await expect(page.getByTestId('due-filtered')).toBeVisible()
  const one = expected(rows, today, { district: [district] }, 5)
  expect(one.overdue.count).toBeLessThan(all.overdue.count)
  await expect.poll(() => shown(page)).toEqual(one)
  await dash.toggleFilter('filter-kind-target')
  const targets = expected(rows, today, { district: [district], kind: ['target'] }, 5)
  await expect.poll(() => shown(page)).toEqual(targets)
  await panel.scrollIntoViewIfNeeded()
  await snap('due-panel-filtered')
  // closed again: the line is as high as it was with other counts
  await panel.getByTestId('due-toggle').click()
  await expect(panel.getByTestId('due-rows')).toHaveCount(0)
  expect((await panel.boundingBox())!.height).toBe(line)

  // "see all" keeps the filter; the full view counts the same and lists up to 300
  await panel.getByTestId('due-all').click()
  await expect(page).toHaveURL(/\/due\?.*district=/)
  await expect.poll(() => shown(page)).toEqual(expected(rows, today, { district: [district], kind: ['target'] }, 300))
  await expect(page.getByTestId('due-filtered')).toBeVisible()
})

test('at 1366×900 the headline, the due counts and the first row of charts (the map card whole) are on the first screen, in Chinese and English; a count opens its group on /due', async ({ page, snap }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  const dash = new DashboardPage(page)
  await dash.goto()
  await expect(dash.due).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 })
  const bottom = async (l: Locator) => {
    const b = (await l.boundingBox())!
    return b.y + b.height
  }
  expect(await bottom(dash.headline)).toBeLessThanOrEqual(900)
  expect(await bottom(dash.dueTile('overdue'))).toBeLessThanOrEqual(900)
  // the first row: the district chart whole, the map down to its southernmost county (栾川县)
  expect(await bottom(dash.chart('district').locator('svg[data-chart-svg]').first())).toBeLessThanOrEqual(900)
  expect(await bottom(dash.mapRegion('栾川县'))).toBeLessThanOrEqual(900)
  // and the map's card whole, its boundary attribution included (the filters take two lines)
  await expect(page.getByTestId('map-attribution')).toBeVisible()
  expect(await bottom(dash.chart('map'))).toBeLessThanOrEqual(900)
  await snap('dashboard-first-screen')
  // so in English, whose longer words must not push the filters onto more lines
  await page.getByTestId('lang-switch').click()
  await expect(dash.chart('district').locator('h2')).toHaveText('By district')
  expect(await bottom(dash.chart('map'))).toBeLessThanOrEqual(900)
  await snap('dashboard-first-screen-en')
  await page.getByTestId('lang-switch').click()
  await expect(dash.chart('district').locator('h2')).toHaveText('按区县')

  // the seed has nothing due within 90 days: those counts say 0 and are not links; overdue is a link
  const { rows, today } = await storedRows(page)
  const want = expected(rows, today, {}, 300)
  expect(want.due30.count + want.due90.count).toBe(0)
  for (const b of ['due30', 'due90'] as const) {
    await expect(dash.dueTile(b)).toHaveText(/0$/)
    await expect(dash.dueTile(b)).not.toHaveAttribute('href')
  }
  await dash.dueTile('overdue').click()
  await expect(page).toHaveURL(/\/due#due-overdue$/)
  const group = page.getByTestId('due-view').getByTestId('due-overdue')
  await expect(group.getByTestId('due-row')).toHaveCount(want.overdue.count)
  // the keyboard continues from the group's heading
  await expect(group.locator('h3')).toBeFocused()
})
