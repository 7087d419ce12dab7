// Issue 6 in real Chromium: databases written by earlier versions, an upgrade that fails on a stored
// row, a database newer than the app, two tabs (live queries; an upgrade in one asks the other to
// reload) and a new app version arriving while a form holds unsaved input. Each test puts the fault
// on disk or in the network and then checks what is on disk with the raw IndexedDB API.
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { ProgressPage } from './pages/ProgressPage'
import { DashboardPage } from './pages/DashboardPage'
import { ReliabilityPage, storesFrom, storesOfVersion, type DiskDatabase } from './pages/ReliabilityPage'
import { DB_VERSION, SCHEMA_HISTORY } from '../src/db/schema'
import type { Page } from '@playwright/test'

// several page loads per test (fixture, upgrade, reloads, a second tab): triple the time budget
test.slow()

type Tables = Record<string, Record<string, unknown>[]>
/** The committed rows of a database written by an earlier version (src/db/fixtures/README.md). */
const fixtureOf = (version: number) =>
  JSON.parse(readFileSync(new URL(`../src/db/fixtures/db-v${version}.json`, import.meta.url), 'utf8')) as { version: number; tables: Tables }
const [v1, v2, v3, v5] = [fixtureOf(1), fixtureOf(2), fixtureOf(3), fixtureOf(5)]
const V1 = v1.tables
const TOURISTS = 'cmt-7735f726b0de9140-19-39' // has the person-made update upd-test-1 (3153万人次)
const PAVILION = 'cmt-7735f726b0de9140-54-65' // has the verdict vrd-test-1
const PROJECTS = 'cmt-7735f726b0de9140-76-95'

const countsOf = (tables: Record<string, unknown[]>) => Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]))

/** Console errors from a second tab (the fixture watches only the first). */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

for (const fixture of [v1, v2, v3, v5]) {
  test(`a version-${fixture.version} database on disk is upgraded and every record is shown`, async ({ page, context }) => {
    await ReliabilityPage.putOnDisk(context, { version: fixture.version, stores: storesOfVersion(fixture.version), tables: fixture.tables })
    const r = new ReliabilityPage(page)
    const p = new ProgressPage(page)

    await page.goto(`/c/${TOURISTS}`)
    await expect(page.getByTestId('detail-quote')).toHaveText('力争2024年接待游客超过3500万人次', { timeout: 20_000 })
    // the update a person entered under version 1
    await expect(p.rows).toHaveCount(1)
    await expect(p.rows.first()).toContainText('人民日报')
    await expect(p.rows.first()).toContainText('接待游客3153万人次')
    await page.goto(`/c/${PAVILION}`)
    await expect(p.verdictLine).toContainText('开放日期推迟到2025年')
    await page.goto(`/c/${PROJECTS}`)
    await expect(page.getByTestId('detail-quote')).toHaveText('2024年实施超千万元工业项目700个')

    const disk = await r.onDisk()
    expect(disk.version).toBe(DB_VERSION)
    for (const table of ['sources', 'articles', 'commitments', 'updates', 'verdicts'])
      expect(await r.missing(table, fixture.tables[table].map((row) => String(row.id))), table).toEqual([])
    // the counts the upgrade built agree with the rows (the seed was added beside the old rows)
    const dash = new DashboardPage(page)
    await page.goto('/')
    await expect(dash.headline).toBeVisible({ timeout: 20_000 })
    expect(await dash.figure('total')).toBe(disk.counts.commitments)
  })
}

// version 1 (upgraded through every later version) and version 3, the last before an upgrade that reads
// every commitment (version 4 rebuilds the counts from them; versions 5 and 6 leave commitments alone)
for (const fixture of [v1, v3]) {
  const from = fixture.version
  test(`an upgrade from version ${from} that throws on a stored row leaves the old database intact and says so`, async ({ page, context, snap }) => {
    // a row whose deadline date was stored as a number: the upgrade cannot count it
    const rows = fixture.tables.commitments
    const bad = { ...rows[1], deadline: { date: 20241001, precision: 'day' } }
    const tables: Tables = { ...fixture.tables, commitments: [rows[0], bad, rows[2]] }
    await ReliabilityPage.putOnDisk(context, { version: from, stores: storesOfVersion(from), tables })
    const r = new ReliabilityPage(page)
    const stored = { version: from, counts: countsOf(tables) }

    await page.goto('/')
    await expect(r.upgradeFailed).toContainText('数据库升级失败，旧数据未改动', { timeout: 20_000 })
    await expect(r.upgradeFailed).toContainText(`从第 ${from} 版升级到第 ${DB_VERSION} 版`)
    await expect(r.upgradeFailed).toContainText('导出旧数据备份')
    await expect(page.getByTestId('db-problem-detail')).toContainText(`commitments "${PAVILION}": deadline.date is not text`)
    expect(await r.onDisk()).toEqual(stored)

    // the backup is every stored row, read without upgrading
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('db-backup').click()])
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { version: number; tables: Tables }
    expect(backup.version).toBe(from)
    expect(countsOf(backup.tables)).toEqual(countsOf(tables))
    expect(backup.tables.commitments).toContainEqual(bad)
    const rowCount = Object.values(tables).reduce((n, t) => n + t.length, 0)
    await expect(page.getByTestId('db-backup-note')).toContainText(`${rowCount} 条记录`)
    await snap(`reliability-upgrade-failed-v${from}`)

    // retrying fails the same way and still changes nothing; so does another route
    await page.getByTestId('db-retry').click()
    await expect(r.upgradeFailed).toBeVisible()
    await page.goto('/list')
    await expect(r.upgradeFailed).toBeVisible({ timeout: 20_000 })
    expect(await r.onDisk()).toEqual(stored)
  })
}

test('a database newer than the app is neither read nor written', async ({ page, context, snap }) => {
  // what a later app might store: one more version, the stats table gone, a table this app does not know
  const { stats: _dropped, ...current } = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].stores as Record<string, string>
  const stores = storesFrom({ ...current, laterTable: 'id' })
  const newer: DiskDatabase = { version: DB_VERSION + 1, stores, tables: V1 }
  await ReliabilityPage.putOnDisk(context, newer)
  const r = new ReliabilityPage(page)

  await page.goto('/')
  await expect(r.newer).toContainText('本地数据库比本应用新', { timeout: 20_000 })
  await expect(r.newer).toContainText(`第 ${DB_VERSION + 1} 版，本应用只认识到第 ${DB_VERSION} 版`)
  await expect(r.newer).toContainText('既不读取也不写入')
  await snap('reliability-newer-database')
  await page.goto(`/c/${TOURISTS}`)
  await expect(r.newer).toBeVisible({ timeout: 20_000 })
  // same version, same tables (no stats added), same rows
  const disk = await r.onDisk()
  expect(disk).toEqual({ version: DB_VERSION + 1, counts: { ...Object.fromEntries(stores.map((s) => [s.name, 0])), ...countsOf(V1) } })
})

test('two tabs: an update in one shows in the other; an upgrade elsewhere closes both and asks to reload', async ({ page, context, snap }) => {
  const a = new ProgressPage(page)
  const r = new ReliabilityPage(page)
  await a.openFromList('district=' + encodeURIComponent('老城区'), '3500万人次')
  const detail = new URL(page.url()).pathname
  const tabB = await context.newPage()
  const errorsB = watchErrors(tabB)
  const b = new ProgressPage(tabB)
  await tabB.goto(detail)
  await b.ready()
  const before = await b.rows.count()
  // and a third tab on the dashboard: its counts come from the maintained stats table
  const tabD = await context.newPage()
  const errorsD = watchErrors(tabD)
  const dash = new DashboardPage(tabD)
  await tabD.goto('/')
  await expect(dash.headline).toBeVisible({ timeout: 20_000 })
  const achieved = await dash.figure('achieved')

  await a.fill({ observedOn: '2024-12-31', periodStart: '2024-01-01', value: '3600', unit: '万人次', quote: '全年接待游客3600万人次', publisher: '老城区文旅局', enteredBy: '甲' })
  await a.submit()
  await expect(a.outcome).toContainText('已保存')
  // tab B follows without a reload: the live query re-ran on A's write
  await expect(b.rows).toHaveCount(before + 1)
  await expect(b.history).toContainText('全年接待游客3600万人次')
  // the full-year figure settles the target: the dashboard in tab D counts one more achieved
  await expect.poll(() => dash.figure('achieved'), { timeout: 20_000 }).toBe(achieved + 1)
  await tabD.close()
  expect(errorsD).toEqual([])

  // unsaved input in tab A, then a newer app opens the database in a third tab
  await a.fill({ observedOn: '2025-03-31', value: '900', unit: '万人次', quote: '一季度接待游客900万人次（未保存）' })
  const tabC = await context.newPage()
  await tabC.goto('/favicon.svg')
  const upgraded = await r.upgradeFrom(tabC, DB_VERSION + 1)
  // the upgrade went through at once: both tabs closed their connections instead of blocking it
  expect(upgraded).toEqual({ blocked: false, version: DB_VERSION + 1 })
  for (const tab of [page, tabB]) await expect(tab.getByTestId('db-reload-needed')).toContainText('请重新载入')
  await snap('reliability-reload-needed')
  // the page stays under the prompt with the typed text, which is also in this tab's draft
  await expect(a.form.getByTestId('form-quote')).toHaveValue('一季度接待游客900万人次（未保存）')
  const draft = await page.evaluate((id) => sessionStorage.getItem(`pledge-ledger.draft.update.${id}`), detail.split('/').pop())
  expect(JSON.parse(draft!)).toMatchObject({ value: '900', quote: '一季度接待游客900万人次（未保存）' })

  // after the reload this (older) app finds the newer database and explains it instead of using it
  await page.getByTestId('db-reload').click()
  await expect(r.newer).toBeVisible({ timeout: 20_000 })
  expect(errorsB).toEqual([])
})

test('a new app version waits for the user; unsaved import text survives the reload', async ({ page, baseURL, snap }) => {
  const r = new ReliabilityPage(page)
  await new DashboardPage(page).goto()
  await r.serviceWorkerReady()
  await page.goto('/import')
  const text = page.getByTestId('import-text')
  const typed = '洛阳市文旅局：2025年力争接待游客超过1.5亿人次。（尚未提取）'
  await text.fill(typed)
  await page.getByTestId('import-title').fill('未保存的标题')
  await page.evaluate(() => ((window as { e2eMarker?: string }).e2eMarker = 'this page was not reloaded'))

  // a new deployment: the service worker script changes on the server; the page checks for it
  const restore = ReliabilityPage.deployNewVersion(baseURL!, `new version ${Date.now()}`)
  try {
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration()
      await reg!.update()
    })
    await expect(r.updatePrompt).toContainText('有新版本', { timeout: 20_000 })
  } finally {
    restore()
  }
  // nothing reloaded under the user's feet
  expect(await page.evaluate(() => (window as { e2eMarker?: string }).e2eMarker)).toBe('this page was not reloaded')
  await expect(text).toHaveValue(typed)
  await snap('reliability-update-prompt')

  await Promise.all([page.waitForEvent('load'), page.getByTestId('pwa-reload').click()])
  await expect(page.getByTestId('import-text')).toHaveValue(typed, { timeout: 20_000 })
  await expect(page.getByTestId('import-title')).toHaveValue('未保存的标题')
  expect(await page.evaluate(() => (window as { e2eMarker?: string }).e2eMarker)).toBeUndefined()
})
