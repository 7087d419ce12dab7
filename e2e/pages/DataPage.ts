// Page model of the data page (/data): export and import a pack, and the review of a pack with
// bad records (keep the valid ones or discard everything).
import { expect, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

/** Rows per object store, read with the browser's own IndexedDB API (not through the app). */
export type StoreCounts = Record<string, number>

export class DataPage {
  readonly exportButton: Locator
  readonly importInput: Locator
  readonly section: Locator
  readonly result: Locator
  readonly review: Locator
  readonly reviewRows: Locator
  readonly reviewMore: Locator
  readonly keep: Locator
  readonly discard: Locator
  readonly download: Locator

  constructor(readonly page: Page) {
    this.exportButton = page.getByTestId('data-export')
    this.importInput = page.getByTestId('data-import')
    this.section = page.getByTestId('data-import-section')
    this.result = page.getByTestId('data-import-result')
    this.review = page.getByTestId('pack-review')
    this.reviewRows = page.getByTestId('pack-review-row')
    this.reviewMore = page.getByTestId('pack-review-more')
    this.keep = page.getByTestId('pack-keep')
    this.discard = page.getByTestId('pack-discard')
    this.download = page.getByTestId('pack-review-download')
  }

  async goto() {
    await this.page.goto('/data')
    // the first visit opens and seeds the database: slow when the shared machine is loaded
    await expect(this.exportButton).toBeVisible({ timeout: 45_000 })
  }

  /** Clicks export and returns the downloaded file's text. */
  async exportText(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()])
    const path = await download.path()
    return readFile(path, 'utf8')
  }

  /** Offers a file and waits for its outcome: a result line (imported / refused) or the review. */
  async offer(name: string, content: string | Buffer) {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    await this.whileNewOutcome(() => this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer }))
  }

  /** Runs `act` and waits until the page shows the outcome it caused (not the one before). */
  async whileNewOutcome(act: () => Promise<void>) {
    const seen = Number(await this.section.getAttribute('data-outcomes'))
    await act()
    await expect(this.section).toHaveAttribute('data-outcomes', String(seen + 1), { timeout: 30_000 })
    await expect(this.result.or(this.review)).toBeVisible()
  }

  /** Offers a file that is expected to import or be refused whole (no review). */
  async importText(name: string, text: string) {
    await this.offer(name, text)
    await expect(this.result).toBeVisible()
  }

  /** The review's "valid" count of one table (sources, commitments, …). */
  validCount(table: string): Locator {
    return this.review.locator(`tr[data-table="${table}"]`).getByTestId('pack-review-valid')
  }

  /**
   * Makes IndexedDB put/add throw `fault` inside the pack-import worker that is holding a review
   * (the worker does the writes, so a fault in the page would not reach them).
   */
  async refuseWritesInImportWorker(fault: 'QuotaExceededError' | 'UnknownError') {
    const worker = this.page.workers().find((w) => /import\.worker/.test(w.url()))
    if (!worker) throw new Error(`no import worker among ${this.page.workers().map((w) => w.url()).join(', ')}`)
    await worker.evaluate((name) => {
      const proto = IDBObjectStore.prototype
      for (const method of ['put', 'add'] as const) {
        proto[method] = function () {
          throw new DOMException(`injected ${name}`, name)
        }
      }
    }, fault)
  }

  /** Row counts of every object store of the app's database. */
  async storeCounts(): Promise<StoreCounts> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const open = indexedDB.open('pledge-ledger')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const names = [...db.objectStoreNames]
            const tx = db.transaction(names, 'readonly')
            const out: Record<string, number> = {}
            for (const n of names) {
              const req = tx.objectStore(n).count()
              req.onsuccess = () => (out[n] = req.result)
            }
            tx.oncomplete = () => {
              db.close()
              resolve(out)
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
    )
  }
}
