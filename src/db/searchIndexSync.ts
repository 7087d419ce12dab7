// Keeps a search index equal to the database, for the search worker (src/workers/search.worker.ts):
// the stored snapshot is loaded, every commitment is compared with what the index holds for it, and
// only the difference is applied (and saved). Nothing here trusts a change counter: writes by other
// tabs, workers or older app versions are caught by the comparison itself.
import { createSearchIndex, loadSearchIndex, searchDocFor, type IndexSnapshot, type SearchDoc, type SearchIndex } from '../core/search'
import type { PledgeDB } from './db'
import type { SearchIndexStore } from './searchIndexStore'

/** Above this share of changed documents the index is reloaded compact (no dead documents kept). */
const FULL_SHARE = 0.2
const FULL_MIN = 1000
/** Commitments per read in the comparison: each read is its own short request. */
const READ_CHUNK = 2000

/**
 * Every commitment as a search document, read a chunk at a time by primary key. One read of the
 * whole table held IndexedDB for seconds at 100,000 rows, and the search page's own read of the
 * rows it shows (a few dozen by id) waited behind it: chunks let those reads in between. The chunks
 * are separate transactions, so a write landing meanwhile may be seen half; every write makes the
 * page ask for another comparison, which sees it whole.
 */
export async function searchDocsInChunks(db: PledgeDB, chunk = READ_CHUNK): Promise<SearchDoc[]> {
  const titles = new Map((await db.articles.toArray()).map((a) => [a.id, a.title]))
  const docs: SearchDoc[] = []
  let rows = await db.commitments.limit(chunk).toArray()
  while (rows.length > 0) {
    for (const c of rows) docs.push(searchDocFor(c, c.articleId ? (titles.get(c.articleId) ?? null) : null))
    if (rows.length < chunk) break
    rows = await db.commitments.where(':id').above(rows[rows.length - 1].id).limit(chunk).toArray()
  }
  return docs
}

export interface SyncOutcome {
  /** the whole index as saved, when it was built or reloaded compact (too many changes for a diff) */
  full: IndexSnapshot | null
  upserts: SearchDoc[]
  removes: string[]
  /** whether the stored snapshot was written */
  saved: boolean
  ms: { read: number; index: number; save: number }
  built: boolean
}

export class SearchIndexSync {
  private index: SearchIndex | null = null
  private loaded = false

  constructor(
    private readonly db: PledgeDB,
    private readonly store: SearchIndexStore,
  ) {}

  /** The index as it is now (null before a stored one is loaded or one is built). */
  current(): SearchIndex | null {
    return this.index
  }

  /** The stored snapshot (once per session), so queries are answered before the comparison ends. */
  async loadStored(): Promise<IndexSnapshot | null> {
    if (this.loaded) return null
    this.loaded = true
    const snap = await this.store.load()
    if (!snap) return null
    try {
      this.index = loadSearchIndex(snap)
      return snap
    } catch {
      // a malformed row: rebuilt below and overwritten
      return null
    }
  }

  async sync(): Promise<SyncOutcome> {
    if (!this.loaded) await this.loadStored()
    let t = performance.now()
    const docs = await searchDocsInChunks(this.db)
    const read = performance.now() - t
    t = performance.now()
    const out: SyncOutcome = { full: null, upserts: [], removes: [], saved: false, ms: { read, index: 0, save: 0 }, built: false }
    if (!this.index) {
      this.index = createSearchIndex(docs)
      out.built = true
    } else {
      const seen = new Set<string>()
      for (const d of docs) {
        seen.add(d.id)
        if (!this.index.holds(d)) out.upserts.push(d)
      }
      for (const id of this.index.ids()) if (!seen.has(id)) out.removes.push(id)
      for (const d of out.upserts) this.index.replace(d)
      for (const id of out.removes) this.index.remove(id)
    }
    const changed = out.built || out.upserts.length + out.removes.length > 0
    if (changed) {
      const snap = this.index.snapshot()
      out.ms.index = performance.now() - t
      if (out.built || out.upserts.length + out.removes.length > Math.max(FULL_MIN, FULL_SHARE * docs.length)) {
        out.full = snap
        out.upserts = []
        out.removes = []
        // continue from the compact copy (no dead documents)
        this.index = loadSearchIndex(snap)
      }
      t = performance.now()
      out.saved = await this.store.save(snap)
      out.ms.save = performance.now() - t
    } else out.ms.index = performance.now() - t
    return out
  }
}

let runs = 0
/**
 * For a live query that re-runs whenever any commitment or article row is written (both tables are
 * read in full): a new number on every run, so the page asks the worker to compare again. The
 * counts alone would not change when a quote is edited.
 */
export async function searchChangeSignal(db: PledgeDB): Promise<number> {
  await Promise.all([db.commitments.count(), db.articles.count()])
  return ++runs
}
