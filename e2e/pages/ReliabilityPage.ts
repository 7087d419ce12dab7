// Page model for the reliability tests: puts a database of any version into the browser's real
// IndexedDB before the app opens it (raw API, the way that version's app stored it), reads what is on
// disk without Dexie, and reaches the database-problem messages and the app-update prompt.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { DB_NAME, SCHEMA_HISTORY } from '../../src/db/schema'

export interface StoreSpec {
  name: string
  keyPath: string
  indexes: { name: string; keyPath: string | string[] }[]
}

export interface DiskDatabase {
  /** schema version in Dexie's numbering (IndexedDB stores it × 10) */
  version: number
  stores: StoreSpec[]
  tables: Record<string, unknown[]>
}

export interface OnDisk {
  version: number
  counts: Record<string, number>
}

/** Dexie store strings ('id, a, b.c, [d+e]') → object stores and indexes as Dexie names them. */
export function storesFrom(stores: Record<string, string>): StoreSpec[] {
  return Object.entries(stores).map(([name, spec]) => {
    const [primary, ...rest] = spec.split(',').map((s) => s.trim())
    const keyPathOf = (s: string) => (s.startsWith('[') ? s.slice(1, -1).split('+') : s)
    return { name, keyPath: primary, indexes: rest.filter(Boolean).map((s) => ({ name: s, keyPath: keyPathOf(s) })) }
  })
}

/** The stores schema version `version` declared. */
export function storesOfVersion(version: number): StoreSpec[] {
  const h = SCHEMA_HISTORY.find((x) => x.version === version)
  if (!h) throw new Error(`no schema version ${version}`)
  return storesFrom(h.stores)
}

export class ReliabilityPage {
  readonly upgradeFailed: Locator
  readonly newer: Locator
  readonly reloadNeeded: Locator
  readonly updatePrompt: Locator

  constructor(readonly page: Page) {
    this.upgradeFailed = page.getByTestId('db-upgradeFailed')
    this.newer = page.getByTestId('db-newer')
    this.reloadNeeded = page.getByTestId('db-reload-needed')
    this.updatePrompt = page.getByTestId('pwa-prompt')
  }

  /**
   * Writes `db` into IndexedDB on the app's origin before any app script runs, once per context
   * (a flag in localStorage keeps reloads from writing it again). The app's own open request is
   * queued behind this one, so it always finds the old database in place.
   */
  static async putOnDisk(context: BrowserContext, db: DiskDatabase): Promise<void> {
    await context.addInitScript(
      ({ name, db }) => {
        const flag = `e2e.fixture.${name}`
        if (localStorage.getItem(flag)) return
        localStorage.setItem(flag, 'written')
        const req = indexedDB.open(name, db.version * 10)
        req.onupgradeneeded = () => {
          const idb = req.result
          for (const s of db.stores) {
            const store = idb.createObjectStore(s.name, { keyPath: s.keyPath })
            for (const ix of s.indexes) store.createIndex(ix.name, ix.keyPath)
          }
          for (const [table, rows] of Object.entries(db.tables)) for (const row of rows) req.transaction!.objectStore(table).add(row)
        }
        req.onsuccess = () => {
          // let the app's connection (queued behind this one) upgrade it
          req.result.close()
          localStorage.setItem(flag, 'done')
        }
        req.onerror = () => localStorage.setItem(flag, `failed: ${String(req.error)}`)
      },
      { name: DB_NAME, db },
    )
  }

  /** The version and row counts on disk, read with the raw API (opening without a version changes nothing). */
  async onDisk(page: Page = this.page): Promise<OnDisk> {
    return page.evaluate(
      (name) =>
        new Promise<OnDisk>((resolve, reject) => {
          const req = indexedDB.open(name)
          req.onupgradeneeded = () => reject(new Error('no database on disk'))
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const idb = req.result
            const names = [...idb.objectStoreNames]
            const tx = idb.transaction(names, 'readonly')
            const counts: Record<string, number> = {}
            for (const n of names) {
              const c = tx.objectStore(n).count()
              c.onsuccess = () => (counts[n] = c.result)
            }
            tx.oncomplete = () => {
              idb.close()
              resolve({ version: idb.version / 10, counts })
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      DB_NAME,
    )
  }

  /** Which of `ids` the table on disk does not hold (raw API). */
  async missing(table: string, ids: string[], page: Page = this.page): Promise<string[]> {
    return page.evaluate(
      ({ name, table, ids }) =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open(name)
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const idb = req.result
            const store = idb.transaction(table, 'readonly').objectStore(table)
            const out: string[] = []
            let left = ids.length
            if (left === 0) resolve(out)
            for (const id of ids) {
              const g = store.getKey(id)
              g.onsuccess = () => {
                if (g.result === undefined) out.push(id)
                if (--left === 0) {
                  idb.close()
                  resolve(out)
                }
              }
              g.onerror = () => reject(g.error)
            }
          }
        }),
      { name: DB_NAME, table, ids },
    )
  }

  /**
   * Opens the database at `version` from `page` as a newer app would (raw API, adding one store),
   * and reports whether the open was ever blocked by another connection.
   */
  async upgradeFrom(page: Page, version: number): Promise<{ blocked: boolean; version: number }> {
    return page.evaluate(
      ({ name, version }) =>
        new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
          let blocked = false
          const req = indexedDB.open(name, version * 10)
          req.onblocked = () => (blocked = true)
          req.onupgradeneeded = () => req.result.createObjectStore('fromNewerApp', { keyPath: 'id' })
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const v = req.result.version / 10
            req.result.close()
            resolve({ blocked, version: v })
          }
        }),
      { name: DB_NAME, version },
    )
  }

  /**
   * Deploys a "new version" of the app the way a host would: the served sw.js changes (a comment is
   * enough for the browser to install it as a new worker). Playwright's routing does not see the
   * browser's own fetch of a service worker script, so the built file is rewritten in place; `vite
   * preview` reads files on every request. The returned function puts the original back.
   */
  static deployNewVersion(baseURL: string, label: string): () => void {
    // the folder playwright.config.ts builds into for this port
    const port = Number(new URL(baseURL).port)
    const file = join(port === 4173 ? 'dist' : `/tmp/pledge-dist-${port}`, 'sw.js')
    const original = readFileSync(file, 'utf8')
    writeFileSync(file, `${original}\n// e2e: ${label}\n`)
    return () => writeFileSync(file, original)
  }

  /**
   * Waits until the service worker is installed (everything precached) and active, then reloads so
   * that it controls the page (the first visit is not controlled: no clients.claim in prompt mode).
   */
  async serviceWorkerReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await this.page.reload()
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true)
  }
}
