// Page model of the data page (/data): export and import a pack.
import { expect, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

export class DataPage {
  readonly exportButton: Locator
  readonly importInput: Locator
  readonly result: Locator

  constructor(readonly page: Page) {
    this.exportButton = page.getByTestId('data-export')
    this.importInput = page.getByTestId('data-import')
    this.result = page.getByTestId('data-import-result')
  }

  async goto() {
    await this.page.goto('/data')
    await expect(this.exportButton).toBeVisible({ timeout: 20_000 })
  }

  /** Clicks export and returns the downloaded file's text. */
  async exportText(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()])
    const path = await download.path()
    return readFile(path, 'utf8')
  }

  async importText(name: string, text: string) {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })
    await expect(this.result).toBeVisible({ timeout: 20_000 })
  }
}
