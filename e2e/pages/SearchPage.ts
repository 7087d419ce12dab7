// Page model of the search page (/search?q=…).
import { expect, type Locator, type Page } from '@playwright/test'

export class SearchPage {
  readonly input: Locator
  readonly results: Locator
  readonly count: Locator
  readonly hits: Locator

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search-input')
    this.results = page.getByTestId('search-result')
    this.count = page.getByTestId('search-count')
    this.hits = page.getByTestId('search-hit')
  }

  async goto(q: string, extra = '') {
    await this.page.goto(`/search?q=${encodeURIComponent(q)}${extra ? `&${extra}` : ''}`)
    await this.ready()
  }

  /** The answer is on screen: the count and the first batch of results (more are drawn on scrolling). */
  async ready() {
    await expect(this.count).toBeVisible({ timeout: 20_000 })
    await expect(this.page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 })
  }

  /** The visible text of each result's quote, in rank order. */
  async quotes(): Promise<string[]> {
    return this.page.getByTestId('search-result-link').allInnerTexts()
  }

  /** The marked words of the first n results. */
  async marked(n = 5): Promise<string[]> {
    const out: string[] = []
    for (let i = 0; i < Math.min(n, await this.results.count()); i++) {
      out.push(...(await this.results.nth(i).getByTestId('search-hit').allInnerTexts()))
    }
    return out
  }
}
