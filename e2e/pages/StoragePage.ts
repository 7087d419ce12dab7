// Page model of storage safety: the status panel on /data, the backup reminder shown on every page,
// the shared write-failure message, and two test hooks installed before the app runs:
//  - a stub of navigator.storage.persist/persisted that records calls and answers as told;
//  - a write fault: IndexedDB put/add throw (or abort the transaction) with a chosen DOMException
//    name while `window.__failWrites` is set.
import { expect, type Locator, type Page } from '@playwright/test'

export type FaultName = 'QuotaExceededError' | 'AbortError' | 'UnknownError'

interface Hooks {
  __persistCalls?: number
  __persistAnswer?: boolean
  __failWrites?: FaultName | null
}

export class StoragePage {
  readonly status: Locator
  readonly persistent: Locator
  readonly askAgain: Locator
  readonly usage: Locator
  readonly lastBackup: Locator
  readonly unsaved: Locator
  readonly reminder: Locator
  readonly reminderExport: Locator
  readonly reminderDismiss: Locator
  readonly failure: Locator

  constructor(readonly page: Page) {
    this.status = page.getByTestId('storage-status')
    this.persistent = this.status.getByTestId('storage-persistent')
    this.askAgain = this.status.getByTestId('storage-ask')
    this.usage = this.status.getByTestId('storage-usage')
    this.lastBackup = this.status.getByTestId('storage-last-backup')
    this.unsaved = this.status.getByTestId('storage-unsaved')
    this.reminder = page.getByTestId('backup-reminder')
    this.reminderExport = this.reminder.getByTestId('backup-reminder-export')
    this.reminderDismiss = this.reminder.getByTestId('backup-reminder-dismiss')
    this.failure = page.getByTestId('write-failure')
  }

  /** Replace navigator.storage.persist/persisted before the app starts; persist answers `answer`. */
  async stubPersist(answer: boolean) {
    await this.page.addInitScript((first: boolean) => {
      const w = window as unknown as Hooks
      w.__persistCalls = 0
      w.__persistAnswer = first
      let granted = false
      const proto = Object.getPrototypeOf(navigator.storage) as StorageManager
      proto.persisted = async () => granted
      proto.persist = async () => {
        w.__persistCalls = (w.__persistCalls ?? 0) + 1
        granted = w.__persistAnswer ?? false
        return granted
      }
    }, answer)
  }

  async persistCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as Hooks).__persistCalls ?? 0)
  }

  /** What the stubbed persist() answers from now on. */
  async setPersistAnswer(answer: boolean) {
    await this.page.evaluate((a) => ((window as unknown as Hooks).__persistAnswer = a), answer)
  }

  /**
   * Installs the write fault before the app starts (idle until setFault). QuotaExceededError and
   * UnknownError are thrown by put/add as the browser would for a full disk or a broken store;
   * AbortError really aborts the transaction after the request is made.
   */
  async injectWriteFaults() {
    await this.page.addInitScript(() => {
      const w = window as unknown as Hooks
      const proto = IDBObjectStore.prototype
      for (const method of ['put', 'add'] as const) {
        const original = proto[method]
        proto[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          const fault = w.__failWrites
          if (!fault) return original.apply(this, args)
          if (fault === 'AbortError') {
            const request = original.apply(this, args)
            this.transaction.abort()
            return request
          }
          throw new DOMException(`injected ${fault}`, fault)
        }
      }
    })
  }

  async setFault(name: FaultName | null) {
    await this.page.evaluate((n) => ((window as unknown as Hooks).__failWrites = n), name)
  }

  /** Rows in one table of the app's database, read through a second connection (no app code). */
  async countRows(table: string): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('pledge-ledger')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const req = db.transaction(name, 'readonly').objectStore(name).count()
            req.onsuccess = () => {
              db.close()
              resolve(req.result)
            }
            req.onerror = () => reject(req.error)
          }
        }),
      table,
    )
  }

  async gotoData() {
    await this.page.goto('/data')
    await expect(this.status).toBeVisible({ timeout: 20_000 })
    await expect(this.unsaved).toHaveAttribute('data-n', /\d+/)
  }
}
