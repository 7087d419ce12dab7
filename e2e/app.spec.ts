// The app shell: start, language switch (remembered across reloads), not-found page, a page whose
// code cannot be loaded.
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { ListPage } from './pages/ListPage'

test('first start opens the database, loads the seed and lists its commitments', async ({ page }) => {
  const list = new ListPage(page)
  await list.goto()
  expect(await list.shownCount()).toBeGreaterThan(10)
  await expect(list.rows.first()).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('承诺台账')
  await expect(page).toHaveTitle('承诺列表 · 承诺台账')
})

test('the language switch changes the UI and persists across reloads', async ({ page }) => {
  const list = new ListPage(page)
  await list.goto()
  const nav = page.getByRole('navigation')
  await expect(nav).toContainText('概览')
  await expect(nav).toContainText('列表')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  await list.langSwitch.click()
  await expect(nav).toContainText('Overview')
  await expect(nav).toContainText('List')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commitments')
  await expect(page).toHaveTitle('Commitments · Pledge Ledger')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // statuses keep the official Chinese term first, with the English after it
  await expect(list.rows.first().getByTestId('status-badge')).toContainText(/未评估|超序时|按序时|慢序时|已完成|未完成|逾期|推进中/)

  await page.reload()
  await list.ready()
  await expect(nav).toContainText('Overview')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await list.langSwitch.click()
  await expect(nav).toContainText('概览')
  await page.reload()
  await list.ready()
  await expect(nav).toContainText('概览')
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByTestId('not-found')).toContainText('找不到这个页面')
  await page.getByRole('link', { name: '返回列表' }).click()
  await expect(page).toHaveURL(/\/list$/)
})

test('a commitment that does not exist says so', async ({ page }) => {
  await page.goto('/c/does-not-exist')
  await expect(page.getByTestId('detail-not-found')).toContainText('找不到这条承诺')
})

test('when the browser refuses storage, a clear error with a retry is shown', async ({ page }) => {
  await page.addInitScript(() => {
    // what a locked-down browser does: IndexedDB cannot be opened
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is disabled in this browser', 'SecurityError')
    }
  })
  await page.goto('/list')
  const error = page.getByTestId('boot-error')
  await expect(error).toContainText('无法打开本地数据库')
  await expect(error).toContainText('IndexedDB')
  await expect(error.getByRole('button', { name: '重试' })).toBeVisible()
})

test('a page whose code cannot be loaded says so and keeps the current page; the offered link opens it once it loads', async ({ page, consoleErrors, snap }) => {
  const dashboard = new DashboardPage(page)
  await dashboard.goto()
  await dashboard.ready()
  const listCode = /\/assets\/ListView-[\w-]+\.js$/
  await page.route(listCode, (route) => route.abort('internetdisconnected'))
  await page.getByTestId('nav-list').click()
  const failure = page.getByTestId('nav-failure')
  await expect(failure).toContainText('这个页面的程序文件没有加载成功')
  await expect(failure).not.toContainText('http')
  // nothing else changed: still the dashboard, at its address
  await expect(page.getByTestId('dashboard')).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await snap('nav-failure')
  // the browser's own lines about the refused requests (the module and its preload) are expected;
  // any other error still fails
  const others = consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))
  expect(others.length).toBeLessThan(consoleErrors.length)
  consoleErrors.splice(0, consoleErrors.length, ...others)

  await page.unroute(listCode)
  await failure.getByTestId('nav-failure-retry').click()
  const list = new ListPage(page)
  await list.ready()
  expect(await list.shownCount()).toBeGreaterThan(10)
  await expect(page.getByTestId('nav-failure')).toHaveCount(0)
})
