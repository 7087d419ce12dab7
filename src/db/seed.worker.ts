// The seed load and the daily status refresh, off the main thread: restorePack (zod), the pack
// itself and the status engine stay out of the page's first-screen JavaScript, and their work
// never blocks a paint. Writes reach the page's live queries through Dexie's cross-context events.
import { PledgeDB } from './db'
import { ensureSeeded, type SeedResult } from './seed'
import { refreshStatusesIfStale } from './writes'

export type SeedRequest =
  | { task: 'seed'; fileHash: string | null; today: string; dbName?: string }
  | { task: 'refresh'; today: string; dbName?: string }

export type SeedReply = SeedResult | { ok: true; changed: number } | { ok: false; error: { path: string; message: string; name?: string } }

// import.meta.glob instead of import(): a missing pack then gives a clear message, not a broken build.
const seedPackLoaders = import.meta.glob('../../data/seed-pack.json', { import: 'default' })

async function loadSeedPack(): Promise<unknown> {
  const load = Object.values(seedPackLoaders)[0]
  if (!load) throw new Error('data/seed-pack.json is missing from the build (run npm run data:build)')
  return load()
}

async function handle(req: SeedRequest): Promise<SeedReply> {
  const db = new PledgeDB(req.dbName)
  try {
    if (req.task === 'seed') return await ensureSeeded(db, loadSeedPack, { today: req.today, fileHash: req.fileHash })
    return await refreshStatusesIfStale(req.today, db)
  } finally {
    db.close()
  }
}

self.onmessage = async (e: MessageEvent<SeedRequest>) => {
  let reply: SeedReply
  try {
    reply = await handle(e.data)
  } catch (err) {
    const x = err as { name?: string; message?: string }
    reply = { ok: false, error: { path: '(database)', message: x.message ?? String(err), name: x.name } }
  }
  self.postMessage(reply)
}
