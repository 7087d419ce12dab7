// Page model of the commitments list (/list).
import { expect, type Locator, type Page } from '@playwright/test'

export class ListPage {
  readonly rows: Locator
  readonly count: Locator
  readonly search: Locator
  readonly empty: Locator
  readonly langSwitch: Locator

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('commitment-row')
    this.count = page.getByTestId('result-count')
    this.search = page.getByTestId('filter-q')
    this.empty = page.getByTestId('empty-state')
    this.langSwitch = page.getByTestId('lang-switch')
  }

  /** Open the list with a query string such as `district=老城区` (already encoded or not). */
  async goto(query = '', timeout?: number) {
    await this.page.goto('/list' + (query ? `?${query}` : ''))
    await this.ready(timeout)
  }

  /** Wait until the database is open and the query has answered (rows or the empty state). */
  async ready(timeout = 20_000) {
    await expect(this.count).toBeVisible({ timeout })
    await expect(this.count).toHaveAttribute('data-pending', 'false', { timeout })
  }

  /** The number in the count line ("共 12 条" / "12 of 45"). */
  async shownCount(): Promise<number> {
    await this.ready()
    const text = (await this.count.textContent()) ?? ''
    const m = /(\d+)/.exec(text)
    if (!m) throw new Error(`no count in "${text}"`)
    return Number(m[1])
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text })
  }

  /** Open a multi-select filter and tick an option. */
  async choose(field: string, option: string) {
    const box = this.page.getByTestId(`filter-${field}`)
    await box.getByRole('button').click()
    await box.getByRole('checkbox', { name: option, exact: true }).check()
    await this.page.keyboard.press('Escape')
  }

  async sortBy(key: string) {
    await this.page.getByTestId('sort-key').selectOption(key)
  }

  /** Scroll the virtual list container to a fraction (0…1) of its height; rows there are read as they show. */
  async scrollTo(fraction: number) {
    await this.page.getByTestId('commitment-list').evaluate((el, f) => (el.scrollTop = f * (el.scrollHeight - el.clientHeight)), fraction)
  }

  /** The list position (0-based) of a row, from the virtual list's slot around it. */
  async indexOf(row: Locator): Promise<number> {
    return Number(await row.locator('xpath=..').getAttribute('data-index'))
  }

  /** Scroll the virtual list container to the end. */
  async scrollToEnd() {
    await this.page.getByTestId('commitment-list').evaluate((el) => (el.scrollTop = el.scrollHeight))
  }
}
