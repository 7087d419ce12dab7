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

// import.meta.glob instead of import: a missing pack then gives a clear message, not a broken build.
// Eager: the pack (~60 KB) is part of this worker's own file, so a first start fetches it with the
// worker instead of one round trip later, after the worker's modules ran (the dashboard waits for it).
const seedPacks = import.meta.glob('../../data/seed-pack.json', { import: 'default', eager: true })

async function loadSeedPack(): Promise<unknown> {
  const packs = Object.values(seedPacks)
  if (!packs.length) throw new Error('data/seed-pack.json is missing from the build (run npm run data:build)')
  return packs[0]
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
