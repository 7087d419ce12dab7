// Page model of the progress parts of a commitment's detail page: status panel, chart, history,
// the update form and the verdict form.
import { expect, type Locator, type Page } from '@playwright/test'
import { ListPage } from './ListPage'

interface EchartsHook {
  getInstanceByDom(el: HTMLElement): { getOption(): { series: { id?: string; data: { value: [string, number] }[] }[] } } | undefined
}

export interface UpdateFields {
  observedOn?: string
  periodStart?: string
  value?: string
  unit?: string
  url?: string
  quote?: string
  publisher?: string
  publishedOn?: string
  enteredBy?: string
}

export class ProgressPage {
  readonly panel: Locator
  readonly shown: Locator
  readonly computed: Locator
  readonly verdictLine: Locator
  readonly chart: Locator
  readonly history: Locator
  readonly rows: Locator
  readonly form: Locator
  readonly errors: Locator
  readonly outcome: Locator
  readonly verdictForm: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('status-panel')
    this.shown = this.panel.getByTestId('status-shown')
    this.computed = this.panel.getByTestId('status-computed').getByTestId('status-badge')
    this.verdictLine = this.panel.getByTestId('status-verdict')
    this.chart = page.getByTestId('progress-chart')
    this.history = page.getByTestId('update-history')
    this.rows = this.history.getByTestId('update')
    this.form = page.getByTestId('update-form')
    this.errors = this.form.getByTestId('form-error')
    this.outcome = this.form.getByTestId('form-outcome')
    this.verdictForm = page.getByTestId('verdict-form')
  }

  /** Find a commitment through the filtered list, as a user would, and open it. */
  async openFromList(query: string, rowText: string) {
    const list = new ListPage(this.page)
    await list.goto(query)
    await list.row(rowText).first().click()
    await this.ready()
  }

  async ready() {
    await expect(this.panel).toBeVisible({ timeout: 20_000 })
    await expect(this.chart.locator('[_echarts_instance_]')).toBeVisible({ timeout: 20_000 })
  }

  async fill(fields: UpdateFields) {
    for (const [name, value] of Object.entries(fields)) await this.form.getByTestId(`form-${name}`).fill(value ?? '')
  }

  async submit() {
    await this.form.getByTestId('form-submit').click()
  }

  /** The chart's plotted series `id` ([date, value] pairs), read from the live ECharts instance. */
  async series(id: string): Promise<[string, number][]> {
    return this.chart.locator('[_echarts_instance_]').evaluate((el, id) => {
      const hook = (globalThis as { __pledgeEcharts?: EchartsHook }).__pledgeEcharts
      const chart = hook?.getInstanceByDom(el as HTMLElement)
      if (!chart) throw new Error('no ECharts instance (is navigator.webdriver set?)')
      const s = chart.getOption().series.find((x) => x.id === id)
      return s ? s.data.map((d) => d.value) : []
    }, id)
  }

  async giveVerdict(kind: string, reason: string, enteredBy = '测试编辑') {
    await this.verdictForm.getByTestId('verdict-kind').selectOption(kind)
    await this.verdictForm.getByTestId('verdict-reason').fill(reason)
    await this.verdictForm.getByTestId('verdict-enteredBy').fill(enteredBy)
    await this.verdictForm.getByTestId('verdict-submit').click()
  }
}
