// Storage safety end to end (issue 6): persistent storage is asked for after the first person-made
// write and /data shows the answer, the space used and the last backup; the reminder leads to a
// backup and goes away. A write refused with QuotaExceededError, AbortError or UnknownError (injected
// into real IndexedDB) says what happened, keeps the input, stores nothing, and reading still works.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { ImportPage } from './pages/ImportPage'
import { ListPage } from './pages/ListPage'
import { ProgressPage } from './pages/ProgressPage'
import { StoragePage, type FaultName } from './pages/StoragePage'

const DISTRICT = 'district=' + encodeURIComponent('老城区')
const TARGET = '3500万人次'
const FIELDS = {
  observedOn: '2024-12-31',
  periodStart: '2024-01-01',
  value: '3600',
  unit: '万人次',
  url: 'https://example.gov.cn/2025/01/ly-tourism.html',
  quote: '2024年全年老城区接待游客3600万人次',
  publisher: '老城区文旅局',
  publishedOn: '2025-01-15',
  enteredBy: '测试记者',
}

/** Today as the zh-CN page writes it ("2026年11月28日"); the browser runs in this machine's time zone. */
function todayZh(): string {
  const d = new Date()
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

test('persistent storage is asked for after the first update; /data shows the answer, usage and last backup; a backup clears the reminder', async ({ page, snap }) => {
  const s = new StoragePage(page)
  await s.stubPersist(false)
  await s.gotoData()
  // a fresh profile: the seed's records are not unsaved work, nothing asked yet
  await expect(s.persistent).toHaveAttribute('data-state', 'notAsked')
  await expect(s.lastBackup).toHaveText('从未备份')
  await expect(s.unsaved).toHaveAttribute('data-n', '0')
  await expect(s.usage).toHaveAttribute('data-known', 'true')
  await expect(s.usage).toHaveText(/^[\d.,]+ MB \/ [\d.,]+ MB$/)
  await expect(s.reminder).toHaveCount(0)
  expect(await s.persistCalls()).toBe(0)

  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  await p.fill(FIELDS)
  await p.submit()
  await expect(p.outcome).toContainText('已保存')
  await expect.poll(() => s.persistCalls()).toBe(1)
  await expect(s.reminder).toBeVisible()
  await expect(s.reminder).toContainText('1 条人工录入的记录尚未备份')
  // a second person-made write does not ask again
  await p.giveVerdict('partial', '全年数字只达到部分')
  await expect(p.verdictForm.getByTestId('verdict-outcome')).toBeVisible()
  await expect(s.reminder).toContainText('2 条')
  expect(await s.persistCalls()).toBe(1)

  // in-app navigation keeps the stub's state (a reload would start it again)
  await page.getByTestId('nav-data').click()
  await expect(s.persistent).toHaveAttribute('data-state', 'denied')
  await expect(s.persistent).toHaveText(/未获准/)
  await expect(s.unsaved).toHaveAttribute('data-n', '2')
  await expect(s.lastBackup).toHaveText('从未备份')
  await s.setPersistAnswer(true)
  await s.askAgain.click()
  await expect(s.persistent).toHaveAttribute('data-state', 'granted')
  await expect(s.askAgain).toHaveCount(0)
  expect(await s.persistCalls()).toBe(2)
  await snap('storage-data-reminder', { fullPage: true })

  // the reminder's button saves the same pack as /data, holding the new update
  const [download] = await Promise.all([page.waitForEvent('download'), s.reminderExport.click()])
  expect(download.suggestedFilename()).toMatch(/^pledge-ledger-\d{4}-\d{2}-\d{2}\.json$/)
  const pack = JSON.parse(await readFile(await download.path(), 'utf8')) as { updates: { value: number | null; enteredBy: string }[] }
  expect(pack.updates.filter((u) => u.enteredBy === FIELDS.enteredBy).map((u) => u.value)).toEqual([36_000_000])
  await expect(s.reminder).toHaveCount(0)
  await expect(s.lastBackup).toContainText(todayZh())
  await expect(s.unsaved).toHaveAttribute('data-n', '0')

  // all of it is stored, not only shown
  await page.reload()
  await expect(s.persistent).toHaveAttribute('data-state', 'granted', { timeout: 20_000 })
  await expect(s.lastBackup).toContainText(todayZh())
  await expect(s.reminder).toHaveCount(0)
})

test('an export whose code cannot be loaded says so plainly; the reminder can be dismissed for the session', async ({ page, consoleErrors, snap }) => {
  const s = new StoragePage(page)
  await s.stubPersist(true)
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  await p.fill(FIELDS)
  await p.submit()
  await expect(s.reminder).toBeVisible()
  // (this page never loaded /data, whose view also holds the export's code)
  // the export's code missing (offline with an older cache): a plain message, nothing changes
  await page.route(/\/assets\/backup-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))
  await s.reminderExport.click()
  await expect(s.reminder.getByRole('alert')).toContainText('导出功能的程序文件没有加载成功')
  await expect(s.reminder.getByRole('alert')).not.toContainText('http')
  await expect(s.reminderExport).toBeEnabled()
  await expect(s.reminder).toContainText('1 条人工录入的记录尚未备份')
  await snap('backup-export-code-missing')
  await page.unroute(/\/assets\/backup-[\w-]+\.js$/)
  // the browser's own line about the refused request is expected here; any other error still fails
  const refused = consoleErrors.findIndex((e) => e.includes('net::ERR_INTERNET_DISCONNECTED'))
  expect(refused).toBeGreaterThanOrEqual(0)
  consoleErrors.splice(refused, 1)

  await s.reminderDismiss.click()
  await expect(s.reminder).toHaveCount(0)
  await page.reload()
  await p.ready()
  await expect(s.reminder).toHaveCount(0)
})

const FAULTS: [FaultName, string, string][] = [
  ['QuotaExceededError', 'quota', '磁盘空间不足'],
  ['AbortError', 'abort', '写入被中止'],
  ['UnknownError', 'unknown', '未知存储错误'],
]

for (const [fault, kind, words] of FAULTS) {
  test(`an update refused with ${fault}: message, input kept, nothing stored, reading works, then it saves`, async ({ page }) => {
    const s = new StoragePage(page)
    await s.injectWriteFaults()
    const p = new ProgressPage(page)
    await p.openFromList(DISTRICT, TARGET)
    const before = await p.rows.count()
    await expect(p.shown).toHaveAttribute('data-status', 'overdue')

    await s.setFault(fault)
    await p.fill(FIELDS)
    await p.submit()
    await expect(s.failure).toBeVisible()
    await expect(s.failure).toHaveAttribute('data-kind', kind)
    await expect(s.failure).toContainText(words)
    await expect(s.failure).toContainText('本次没有保存任何内容')
    await expect(s.failure.getByTestId('write-failure-data')).toHaveAttribute('href', '/data')
    await expect(p.outcome).toHaveCount(0)
    await expect(p.form.getByTestId('form-value')).toHaveValue(FIELDS.value)
    await expect(p.form.getByTestId('form-url')).toHaveValue(FIELDS.url)
    await expect(p.rows).toHaveCount(before)
    await expect(p.shown).toHaveAttribute('data-status', 'overdue')

    // reading keeps working while every write fails
    await page.getByTestId('nav-dashboard').click()
    await new DashboardPage(page).ready()
    await page.getByTestId('nav-list').click()
    const list = new ListPage(page)
    await list.ready()
    expect(await list.shownCount()).toBeGreaterThan(0)

    // a new page load (the fault hook idle): nothing was stored, the draft is still there
    await p.openFromList(DISTRICT, TARGET)
    await expect(p.rows).toHaveCount(before)
    await expect(p.form.getByTestId('form-value')).toHaveValue(FIELDS.value)
    await s.setFault(null)
    await p.submit()
    await expect(p.outcome).toContainText('已保存')
    await expect(s.failure).toHaveCount(0)
    await expect(p.rows).toHaveCount(before + 1)
    await page.reload()
    await p.ready()
    await expect(p.rows).toHaveCount(before + 1)
  })
}

test('a verdict refused with UnknownError keeps its reason and stores nothing; it saves once writes work', async ({ page }) => {
  const s = new StoragePage(page)
  await s.injectWriteFaults()
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  const verdicts = await s.countRows('verdicts')
  await s.setFault('UnknownError')
  await p.giveVerdict('partial', '全年数字只达到部分')
  const failure = p.verdictForm.getByTestId('write-failure')
  await expect(failure).toHaveAttribute('data-kind', 'unknown')
  await expect(failure).toContainText('未知存储错误')
  await expect(p.verdictForm.getByTestId('verdict-reason')).toHaveValue('全年数字只达到部分')
  await expect(p.verdictLine).toHaveCount(0)
  expect(await s.countRows('verdicts')).toBe(verdicts)
  await s.setFault(null)
  await p.verdictForm.getByTestId('verdict-submit').click()
  await expect(p.verdictForm.getByTestId('verdict-outcome')).toBeVisible()
  await expect(failure).toHaveCount(0)
  await expect.poll(() => s.countRows('verdicts')).toBe(verdicts + 1)
})

test('an import refused with QuotaExceededError leaves the review as it was and stores nothing; then it saves and asks for persistence', async ({ page }) => {
  const s = new StoragePage(page)
  await s.injectWriteFaults()
  await s.stubPersist(true)
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.text.fill(readFileSync('e2e/fixtures/laocheng-2024-q3.txt', 'utf8'))
  await imp.fillMeta({ title: '老城区文旅市场持续升温', publisher: '洛阳日报', date: '2024-10-18' })
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 30_000 })
  const items = await imp.items.count()
  const before = { sources: await s.countRows('sources'), commitments: await s.countRows('commitments') }

  await s.setFault('QuotaExceededError')
  await imp.confirm.click()
  await expect(s.failure).toHaveAttribute('data-kind', 'quota')
  await expect(s.failure).toContainText('磁盘空间不足')
  await expect(imp.review).toBeVisible()
  await expect(imp.items).toHaveCount(items)
  expect({ sources: await s.countRows('sources'), commitments: await s.countRows('commitments') }).toEqual(before)
  expect(await s.persistCalls()).toBe(0)

  await s.setFault(null)
  await imp.confirm.click()
  await expect(imp.done).toBeVisible({ timeout: 20_000 })
  expect(await s.countRows('sources')).toBe(before.sources + 1)
  await expect.poll(() => s.persistCalls()).toBe(1)
})
