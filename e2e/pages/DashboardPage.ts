// Page model of the dashboard (/).
// The ECharts charts are canvases, so tests reach their data two ways:
//  - each chart's "数据表" (data table) disclosure: real links, also what screen readers use;
//  - a real mouse click on the canvas, at the pixel ECharts itself reports for a bar
//    (convertToPixel through a hook that exists only under automation, see src/charts/echarts.ts).
// The district map is SVG: its regions are clicked, hovered and focused like any element.
import { expect, type Locator, type Page } from '@playwright/test'

export type ChartId = 'district' | 'department' | 'category' | 'timeline' | 'map'

interface EchartsHook {
  getInstanceByDom(el: HTMLElement): {
    convertToPixel(finder: { yAxisIndex?: number; xAxisIndex?: number; seriesId?: string; gridIndex?: number }, value: unknown): number | number[]
    getOption(): { yAxis: { data: string[] }[]; series: { id: string; data: number[] }[] }
  } | undefined
}

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

  /** Database open, figures shown and every chart drawn on its canvas. */
  async ready() {
    await expect(this.headline).toBeVisible({ timeout: 20_000 })
    for (const id of ['district', 'department', 'category', 'timeline'] as ChartId[])
      await expect(this.chart(id).locator('canvas').first()).toBeVisible({ timeout: 20_000 })
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

  /** Clicks the canvas in the middle of `name`'s bar (a status segment) in a by-owner chart, like a user. */
  async clickBar(id: 'district' | 'department', name: string) {
    await this.clickCanvasAt(id, name, 'bar')
  }

  /** Clicks `name` itself on the chart's axis (the whole owner, every status). */
  async clickAxisName(id: 'district' | 'department', name: string) {
    await this.clickCanvasAt(id, name, 'label')
  }

  private async clickCanvasAt(id: 'district' | 'department', name: string, where: 'bar' | 'label') {
    const chartEl = this.chart(id).locator('[_echarts_instance_]')
    const point = await chartEl.evaluate((el, { name, where }) => {
      const hook = (globalThis as { __pledgeEcharts?: EchartsHook }).__pledgeEcharts
      const chart = hook?.getInstanceByDom(el as HTMLElement)
      if (!chart) throw new Error('no ECharts instance (is navigator.webdriver set?)')
      const opt = chart.getOption()
      const i = opt.yAxis[0].data.indexOf(name)
      if (i < 0) throw new Error(`${name} is not on the axis`)
      const total = opt.series.find((s) => s.id === '__total')!.data[i]
      const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [where === 'bar' ? total / 2 : 0, i]) as number[]
      // axis labels end 8 px left of the axis line (ECharts' default margin); aim at the last character
      return where === 'bar' ? { x, y } : { x: x - 15, y }
    }, { name, where })
    await chartEl.click({ position: point })
  }
}
