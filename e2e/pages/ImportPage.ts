// Page model of the import page (/import): form, worker progress, review, evidence offers, save.
import { expect, type Locator, type Page } from '@playwright/test'

export class ImportPage {
  readonly text: Locator
  readonly files: Locator
  readonly title: Locator
  readonly publisher: Locator
  readonly date: Locator
  readonly url: Locator
  readonly extract: Locator
  readonly review: Locator
  readonly items: Locator
  readonly offers: Locator
  readonly confirm: Locator
  readonly done: Locator
  readonly duplicate: Locator
  readonly refused: Locator

  constructor(readonly page: Page) {
    this.text = page.getByTestId('import-text')
    this.files = page.getByTestId('import-files')
    this.title = page.getByTestId('import-title')
    this.publisher = page.getByTestId('import-publisher')
    this.date = page.getByTestId('import-date')
    this.url = page.getByTestId('import-url')
    this.extract = page.getByTestId('import-extract')
    this.review = page.getByTestId('import-review')
    this.items = page.getByTestId('review-item')
    this.offers = page.getByTestId('evidence-offer')
    this.confirm = page.getByTestId('import-confirm')
    this.done = page.getByTestId('import-done')
    this.duplicate = page.getByTestId('import-duplicate')
    this.refused = page.getByTestId('import-refused')
  }

  async goto() {
    await this.page.goto('/import')
    await expect(this.extract).toBeVisible({ timeout: 20_000 })
  }

  async fillMeta(meta: { title?: string; publisher?: string; date?: string; url?: string }) {
    if (meta.title) await this.title.fill(meta.title)
    if (meta.publisher) await this.publisher.fill(meta.publisher)
    if (meta.date) await this.date.fill(meta.date)
    if (meta.url) await this.url.fill(meta.url)
  }

  /**
   * Opens a review item's form (修改) and returns the item: the form is mounted only on demand
   * (or for an item with a problem, which is open already).
   */
  async edit(item: Locator): Promise<Locator> {
    if (!(await item.getByTestId('review-form').count())) await item.getByTestId('review-edit').click()
    await expect(item.getByTestId('review-form')).toBeVisible()
    return item
  }

  /** The review item whose quote contains `words`. */
  item(words: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('review-quote').filter({ hasText: words }) })
  }
}
