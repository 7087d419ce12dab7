// Progress tracking end to end: record an update on the 3500万人次 target, see status and chart
// change and survive a reload; invalid updates write nothing; a verdict shows beside the computed
// status; the due-soon panel. Screenshots go to test-results/screens/.
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { ProgressPage } from './pages/ProgressPage'

const DISTRICT = 'district=' + encodeURIComponent('老城区')
const TARGET = '3500万人次'
const EVIDENCE = {
  url: 'https://example.gov.cn/2025/01/ly-tourism.html',
  quote: '2024年全年老城区接待游客3600万人次',
  publisher: '老城区文旅局',
  publishedOn: '2025-01-15',
  enteredBy: '测试记者',
}

test('recording a full-year figure settles the target: status, chart, history, reload', async ({ page, snap }) => {
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  // the seed's Jan–Sep figure (3153万) is plotted at 30 September; the deadline has passed without a full-year figure
  expect(await p.series('actual')).toEqual([['2024-09-30', 31_530_000]])
  await expect(p.shown).toHaveAttribute('data-status', 'overdue')
  await expect(p.shown).toHaveText('逾期')
  const expected = await p.series('expected')
  expect(expected[expected.length - 1]).toEqual(['2024-12-31', 35_000_000])
  const before = await p.rows.count()

  await p.fill({ observedOn: '2024-12-31', periodStart: '2024-01-01', value: '3600', unit: '万人次', ...EVIDENCE })
  await p.submit()
  await expect(p.outcome).toContainText('已保存')
  await expect(p.shown).toHaveAttribute('data-status', 'achieved')
  await expect(p.shown).toHaveText('已完成')
  await expect(page.locator('header').getByTestId('status-badge')).toHaveText('已完成')
  await expect(p.rows).toHaveCount(before + 1)
  const row = p.rows.filter({ hasText: '3600万人次' })
  await expect(row).toContainText(EVIDENCE.publisher)
  await expect(row.getByTestId('history-link')).toHaveAttribute('href', EVIDENCE.url)
  await expect.poll(() => p.series('actual')).toEqual([['2024-09-30', 31_530_000], ['2024-12-31', 36_000_000]])
  // the form is cleared after saving, the name of who entered it is remembered
  await expect(p.form.getByTestId('form-value')).toHaveValue('')
  await expect(p.form.getByTestId('form-enteredBy')).toHaveValue(EVIDENCE.enteredBy)

  await p.chart.scrollIntoViewIfNeeded()
  await snap('progress-detail-chart')
  await page.reload()
  await p.ready()
  await expect(p.shown).toHaveAttribute('data-status', 'achieved')
  await expect(p.rows).toHaveCount(before + 1)
  expect(await p.series('actual')).toEqual([['2024-09-30', 31_530_000], ['2024-12-31', 36_000_000]])
  await snap('progress-detail-full', { fullPage: true })
})

test('a correction supersedes an earlier update: both listed, the old one struck through and faded on the chart', async ({ page }) => {
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  const before = await p.rows.count()
  await p.rows.filter({ hasText: '3153万人次' }).getByRole('button').click()
  await expect(p.form.getByTestId('form-supersedes')).not.toHaveValue('')
  await p.fill({ observedOn: '2024-09-30', periodStart: '2024-01-01', value: '3200', unit: '万人次', ...EVIDENCE })
  await p.submit()
  await expect(p.outcome).toContainText('已保存')
  await expect(p.rows).toHaveCount(before + 1)
  const old = p.rows.filter({ hasText: '3153万人次' })
  await expect(old).toHaveAttribute('data-superseded', 'true')
  await expect(old.getByTestId('history-superseded')).toHaveText('已被更正')
  await expect.poll(() => p.series('superseded')).toEqual([['2024-09-30', 31_530_000]])
  expect(await p.series('actual')).toEqual([['2024-09-30', 32_000_000]])
})

test('invalid updates show a message next to the field and write nothing', async ({ page, snap }) => {
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  const before = await p.rows.count()
  const cases: { fields: Parameters<ProgressPage['fill']>[0]; field: string; message: RegExp }[] = [
    { fields: { observedOn: '2024-12-31', value: '3600', unit: '元', ...EVIDENCE }, field: 'form-unit', message: /单位“元”与目标单位“人次”不符/ },
    { fields: { observedOn: '2024-12-31', value: '3600', unit: '万人次', ...EVIDENCE, url: 'javascript:alert(1)' }, field: 'form-url', message: /http:\/\/ 或 https:\/\// },
    { fields: { observedOn: '2024-12-31', value: '', unit: '万人次', ...EVIDENCE }, field: 'form-value', message: /请填写数值/ },
  ]
  for (const c of cases) {
    await p.fill(c.fields)
    await p.submit()
    await expect(p.outcome).toContainText('未保存')
    const label = p.form.locator('label', { has: page.getByTestId(c.field) })
    await expect(label.getByTestId('form-error')).toHaveText(c.message)
    await expect(p.form.getByTestId(c.field)).toHaveAttribute('aria-invalid', 'true')
    await expect(p.rows).toHaveCount(before)
    await expect(p.shown).toHaveAttribute('data-status', 'overdue')
  }
  await p.form.scrollIntoViewIfNeeded()
  await snap('progress-invalid-update')
  // nothing reached the database either: a reload shows the same history
  await page.reload()
  await p.ready()
  await expect(p.rows).toHaveCount(before)
  // the unsaved input is still there after the reload (a draft for this commitment)
  await expect(p.form.getByTestId('form-value')).toHaveValue('')
  await expect(p.form.getByTestId('form-url')).toHaveValue(EVIDENCE.url)
})

test('a verdict with a reason shows both the verdict and the computed status', async ({ page }) => {
  const p = new ProgressPage(page)
  await p.openFromList(DISTRICT, TARGET)
  // no reason, no verdict
  await p.giveVerdict('partial', '   ')
  await expect(p.verdictForm.getByTestId('verdict-error')).toContainText('理由')
  await expect(p.verdictLine).toHaveCount(0)

  await p.giveVerdict('partial', '全年数字未公布，前三季度略低于序时进度')
  await expect(p.verdictLine).toContainText('部分完成')
  await expect(p.verdictLine).toContainText('全年数字未公布')
  await expect(p.shown).toHaveAttribute('data-status', 'missed')
  await expect(p.computed).toHaveAttribute('data-status', 'overdue')
  await page.reload()
  await p.ready()
  await expect(p.verdictLine).toContainText('部分完成')
  await expect(p.computed).toHaveAttribute('data-status', 'overdue')
})

test('the due-soon panel on the dashboard and the /due view link to detail pages; methodology in both languages', async ({ page, snap }) => {
  await page.goto('/')
  const dash = new DashboardPage(page)
  const panel = dash.due
  await expect(panel).toBeVisible({ timeout: 20_000 })
  await dash.openDueRows()
  const overdue = panel.getByTestId('due-overdue')
  await expect(overdue.getByTestId('due-row').first()).toBeVisible()
  const n = Number(await dash.dueTile('overdue').getByTestId('due-count').textContent())
  expect(n).toBeGreaterThan(0)
  await expect(page.getByTestId('nav-due').getByTestId('due-badge')).toHaveText(/^\d+$/)
  await panel.scrollIntoViewIfNeeded()
  await snap('due-panel')

  await page.getByTestId('nav-due').click()
  await expect(page.getByTestId('due-view')).toBeVisible()
  await expect(page.getByTestId('due-view').getByTestId('due-overdue').getByTestId('due-row')).toHaveCount(n)
  await page.getByTestId('due-view').getByTestId('due-row').first().getByRole('link').click()
  await expect(page).toHaveURL(/\/c\//)
  await expect(page.getByTestId('status-panel')).toBeVisible()

  await page.getByTestId('methodology-link').click()
  await expect(page.getByTestId('methodology')).toContainText('序时进度')
  await page.getByTestId('lang-switch').click()
  await expect(page.getByTestId('methodology')).toContainText('Time-proportional pace')
  await snap('methodology-en')
  await page.getByTestId('lang-switch').click()
})

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 420, height: 860 } })
  test('the detail page with its chart and the due-soon panel at 420 px', async ({ page, snap }) => {
    const p = new ProgressPage(page)
    await p.openFromList(DISTRICT, TARGET)
    await p.panel.scrollIntoViewIfNeeded()
    await snap('progress-detail-420')
    // the progress parts fit the narrow screen (the app header's width is the shell's concern)
    for (const part of [p.panel, p.chart, p.history, p.form, p.verdictForm]) {
      const box = (await part.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(420)
    }
    await p.form.scrollIntoViewIfNeeded()
    await snap('progress-form-420')
    await page.goto('/due')
    await expect(page.getByTestId('due-panel').getByTestId('due-row').first()).toBeVisible({ timeout: 20_000 })
    await snap('due-panel-420')
  })
})

test('a milestone with two sources giving different dates shows both, and its chart is a state timeline', async ({ page, snap }) => {
  const p = new ProgressPage(page)
  await page.goto('/c/cmt-d7c24ea13e30c496-1742-1760') // 中州时代: 下半年投产
  await p.ready()
  await expect(p.shown).toHaveAttribute('data-status', 'done')
  const conflicts = p.panel.getByTestId('status-conflicts')
  await expect(conflicts).toContainText('2024年7月20日')
  await expect(conflicts).toContainText('2024年12月31日')
  await expect.poll(() => p.series('states')).toEqual([['2024-07-20', '已完成'], ['2024-12-31', '已完成']])
  await p.panel.scrollIntoViewIfNeeded()
  await snap('progress-milestone')
})
