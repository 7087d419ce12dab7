// Page model of the source reader (/s/:id?c=…).
import { expect, type Locator, type Page } from '@playwright/test'

export class SourcePage {
  readonly title: Locator
  readonly outline: Locator
  readonly articles: Locator
  readonly commitments: Locator

  constructor(readonly page: Page) {
    this.title = page.getByTestId('source-title')
    this.outline = page.getByTestId('source-outline')
    this.articles = page.getByTestId('source-article')
    this.commitments = page.getByTestId('source-commitment')
  }

  async ready() {
    await expect(this.title).toBeVisible({ timeout: 20_000 })
  }

  /** The marked span of one commitment. */
  commitment(id: string): Locator {
    return this.page.locator(`[data-cid="${id}"]`)
  }
}
