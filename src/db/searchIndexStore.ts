// The search index kept between sessions, in a small IndexedDB database of its own: building it
// for 100,000 commitments takes seconds, loading the stored snapshot a fraction of that. Kept apart
// from the main database so that its schema (and its version history) never changes for search.
//
// A row is keyed by the app database's name and the snapshot format: a new tokenizer or layout
// (SNAPSHOT_FORMAT) never reads an old row, it rebuilds. Whether the stored index still matches the
// commitments is not trusted to a counter: the search worker compares every document with the
// database on each start and applies the difference (see src/workers/search.worker.ts).
import Dexie, { type EntityTable } from 'dexie'
import { SNAPSHOT_FORMAT, type IndexSnapshot } from '../core/search'
import { DB_NAME } from './schema'

export const SEARCH_DB_NAME = 'pledge-ledger-search'

export interface StoredIndex {
  key: string
  format: number
  savedAt: string
  snapshot: IndexSnapshot
}

class SearchIndexDB extends Dexie {
  indexes!: EntityTable<StoredIndex, 'key'>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ indexes: 'key' })
  }
}

export const storeKey = (appDb: string = DB_NAME) => `${appDb}:v${SNAPSHOT_FORMAT}`

export class SearchIndexStore {
  private readonly db: SearchIndexDB
  constructor(
    private readonly appDb: string = DB_NAME,
    name: string = SEARCH_DB_NAME,
  ) {
    this.db = new SearchIndexDB(name)
  }

  /** The stored snapshot for this app database and format; null when none or unreadable. */
  async load(): Promise<IndexSnapshot | null> {
    try {
      const row = await this.db.indexes.get(storeKey(this.appDb))
      return row && row.format === SNAPSHOT_FORMAT ? row.snapshot : null
    } catch {
      // a broken or blocked store only costs a rebuild
      return null
    }
  }

  /** Whether a snapshot of this format is stored, without reading it (a key lookup). */
  async has(): Promise<boolean> {
    try {
      return (await this.db.indexes.where(':id').equals(storeKey(this.appDb)).count()) > 0
    } catch {
      return false
    }
  }

  /** Saves the snapshot and drops rows of older formats; false (nothing thrown) when it cannot. */
  async save(snapshot: IndexSnapshot): Promise<boolean> {
    try {
      const key = storeKey(this.appDb)
      await this.db.transaction('rw', this.db.indexes, async () => {
        const prefix = `${this.appDb}:v`
        const stale = (await this.db.indexes.toCollection().primaryKeys()).filter((k) => k.startsWith(prefix) && k !== key)
        await this.db.indexes.bulkDelete(stale)
        await this.db.indexes.put({ key, format: SNAPSHOT_FORMAT, savedAt: new Date().toISOString(), snapshot })
      })
      return true
    } catch {
      return false
    }
  }

  async clear(): Promise<void> {
    await this.db.indexes.clear()
  }

  close(): void {
    this.db.close()
  }
}
