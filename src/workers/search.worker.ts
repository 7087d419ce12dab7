// The search index off the main thread: loads the stored snapshot (IndexedDB), compares it with the
// commitments, builds when there is none, saves, and sends the page either a whole index or the
// difference. 100,000 commitments take seconds to index; none of that runs on the page's thread.
import { PledgeDB } from '../db/db'
import { SearchIndexStore } from '../db/searchIndexStore'
import { SearchIndexSync } from '../db/searchIndexSync'
import type { IndexSnapshot, SearchDoc } from '../core/search'

export interface SearchWorkerRequest {
  type: 'sync'
  /** app database name (tests use their own) */
  dbName?: string
}

export type SearchWorkerMessage =
  | { type: 'index'; snapshot: IndexSnapshot; from: 'stored' | 'built' | 'rebuilt'; ms: Record<string, number> }
  | { type: 'delta'; upserts: SearchDoc[]; removes: string[]; ms: Record<string, number> }
  | { type: 'synced'; saved: boolean; ms: Record<string, number> }
  | { type: 'error'; message: string }

let sync: SearchIndexSync | null = null
let running: Promise<void> | null = null
let again = false

const post = (m: SearchWorkerMessage) => self.postMessage(m)

async function run(dbName: string | undefined): Promise<void> {
  if (!sync) {
    sync = new SearchIndexSync(new PledgeDB(dbName), new SearchIndexStore(dbName))
    const t = performance.now()
    const stored = await sync.loadStored()
    if (stored) post({ type: 'index', snapshot: stored, from: 'stored', ms: { load: performance.now() - t } })
  }
  const r = await sync.sync()
  if (r.full) post({ type: 'index', snapshot: r.full, from: r.built ? 'built' : 'rebuilt', ms: { ...r.ms } })
  else if (r.upserts.length + r.removes.length > 0) post({ type: 'delta', upserts: r.upserts, removes: r.removes, ms: { ...r.ms } })
  post({ type: 'synced', saved: r.saved, ms: { ...r.ms } })
}

self.onmessage = (e: MessageEvent<SearchWorkerRequest>) => {
  if (e.data?.type !== 'sync') return
  // one comparison at a time; requests meanwhile fold into one more run
  if (running) {
    again = true
    return
  }
  const loop = async () => {
    do {
      again = false
      try {
        await run(e.data.dbName)
      } catch (err) {
        post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
      }
    } while (again)
    running = null
  }
  running = loop()
}
