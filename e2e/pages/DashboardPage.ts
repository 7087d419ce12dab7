// Page model of the dashboard (/).
// The category and deadline charts are ECharts canvases: tests reach their data through each chart's
// "数据表" (data table) disclosure, real links, also what screen readers use.
// The by-owner bar charts (district, department) and the district map are our own SVG: their rows,
// segments and regions are clicked, hovered and focused like any element.
import { expect, type Locator, type Page } from '@playwright/test'

export type ChartId = 'district' | 'department' | 'category' | 'timeline' | 'map'

export class DashboardPage {
  readonly root: Locator
  readonly headline: Locator
  /** the due panel: one line of counts per group; its nearest rows open with a button */
  readonly due: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard')
    this.headline = page.getByTestId('headline')
    this.due = page.getByTestId('due-panel')
  }

  async goto() {
    await this.page.goto('/')
    await this.ready()
  }

  /** Database open, figures shown and every chart drawn (a canvas, or our own SVG). */
  async ready() {
    await expect(this.headline).toBeVisible({ timeout: 20_000 })
    for (const id of ['district', 'department', 'category', 'timeline'] as ChartId[])
      await expect(this.chart(id).locator('canvas, svg[data-chart-svg]').first()).toBeVisible({ timeout: 20_000 })
    await expect(this.mapRegion('嵩县')).toBeVisible({ timeout: 20_000 })
  }

  /** A district or county on the map (an SVG path, one per region, focusable, named for screen readers). */
  mapRegion(name: string): Locator {
    return this.chart('map').getByTestId('district-map').locator(`path[data-name="${name}"]`)
  }

  /** Presses (or releases) a filter chip: filter-year-2024, filter-kind-target, filter-status-overdue… */
  async toggleFilter(testid: string) {
    await this.page.getByTestId(testid).click()
  }

  filterChip(testid: string): Locator {
    return this.page.getByTestId(testid)
  }

  async selectFilter(which: 'category' | 'district', value: string) {
    await this.page.getByTestId(`filter-${which}`).selectOption(value)
  }

  async resetFilters() {
    await this.page.getByTestId('filter-reset').click()
  }

  /** A due group's count on the panel's line (a link to that group on /due when it has any). */
  dueTile(group: 'overdue' | 'due30' | 'due90'): Locator {
    return this.due.getByTestId(`due-tile-${group}`)
  }

  /** Opens the due panel's nearest rows (closed on arrival), once its counts are read. */
  async openDueRows() {
    await expect(this.due).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 })
    const toggle = this.due.getByTestId('due-toggle')
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  }

  chart(id: ChartId): Locator {
    return this.page.getByTestId(`chart-${id}`)
  }

  /** The number shown on a headline figure (total, due, achieved, on_pace, in_progress, behind, overdue, no_data). */
  async figure(id: string): Promise<number> {
    const text = (await this.page.getByTestId(`figure-${id}`).getByTestId('figure-value').textContent()) ?? ''
    return Number(text.replace(/[^\d]/g, ''))
  }

  /** Opens a chart's data table and returns it. */
  async dataTable(id: Exclude<ChartId, 'map'>): Promise<Locator> {
    const card = this.chart(id)
    const details = card.locator('details')
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await card.locator('summary').click()
    const table = card.getByTestId(`table-${id}`)
    await expect(table).toBeVisible()
    return table
  }

  /** Row values of a data table as { name → total }. */
  async tableTotals(id: Exclude<ChartId, 'map'>): Promise<Record<string, number>> {
    const table = await this.dataTable(id)
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td:last-child')!.textContent!.trim()]),
    )
    return Object.fromEntries(rows.map(([k, v]) => [k, Number(v.replace(/[^\d]/g, ''))]))
  }

  async clickTableLink(id: Exclude<ChartId, 'map'>, name: string) {
    const table = await this.dataTable(id)
    await table.getByRole('link', { name, exact: true }).click()
  }

  /** An owner's row in a by-owner bar chart (an SVG group: its name, its status segments, its total). */
  barRow(id: 'district' | 'department', name: string): Locator {
    return this.chart(id).locator(`svg[data-chart-svg] g.bar-row[data-owner="${name}"]`)
  }

  /** Clicks the first status segment of `name`'s bar in a by-owner chart, like a user (a real mouse click at its centre). */
  async clickBar(id: 'district' | 'department', name: string) {
    await this.barRow(id, name).locator('rect.seg').first().click()
  }

  /** Clicks `name` itself beside the chart's axis (the whole owner, every status). */
  async clickAxisName(id: 'district' | 'department', name: string) {
    await this.barRow(id, name).locator('text.name').click()
  }

  /** A status's switch in a by-owner chart's legend. */
  legendItem(id: 'district' | 'department', status: string): Locator {
    return this.chart(id).locator(`svg[data-chart-svg] .legend-item[data-status="${status}"]`)
  }
}
