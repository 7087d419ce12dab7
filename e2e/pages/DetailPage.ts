// Page model of a commitment's detail page (/c/:id).
import { expect, type Locator, type Page } from '@playwright/test'

export class DetailPage {
  readonly quote: Locator
  readonly mark: Locator
  readonly passage: Locator
  readonly status: Locator
  readonly publisher: Locator
  readonly date: Locator
  readonly headline: Locator

  constructor(readonly page: Page) {
    this.quote = page.getByTestId('detail-quote')
    this.mark = page.getByTestId('quote-mark')
    this.passage = page.getByTestId('passage')
    this.status = page.locator('header').getByTestId('status-badge')
    this.publisher = page.getByTestId('source-publisher')
    this.date = page.getByTestId('source-date')
    this.headline = page.getByTestId('detail-headline')
  }

  async goto(id: string) {
    await this.page.goto(`/c/${encodeURIComponent(id)}`)
    await this.ready()
  }

  async ready() {
    await expect(this.quote).toBeVisible({ timeout: 20_000 })
  }

  /** The exact text of the <mark>, untouched by whitespace normalisation. */
  async markText(): Promise<string> {
    return (await this.mark.textContent()) ?? ''
  }

  /** True when the mark is inside the passage box's visible area. */
  async markVisibleInPassage(): Promise<boolean> {
    return this.mark.evaluate((m) => {
      const box = m.closest('[data-testid="passage"]')!.getBoundingClientRect()
      const r = m.getBoundingClientRect()
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1
    })
  }
}
