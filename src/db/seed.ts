// First start: load the embedded seed pack into IndexedDB once. A `meta` row remembers which
// seed (by content hash) is loaded, so reloads do nothing; a different (newer) seed replaces
// only extractor rows and never touches what a person entered. Every start also brings stored
// statuses up to today's date (once a day), since 序时进度 moves with the calendar.
// The app runs this in a worker (seed.worker.ts) and only when bootState() says it is needed, so
// the page never loads zod or the pack on an ordinary start.
import { fnv1a64 } from '../core/ids'
import { restorePack } from '../core/pack/restore'
import { stablePackJson } from '../core/pack/stableJson'
import type { PledgeDB } from './db'
import { META_SEED, META_STATUSES_ON, type SeedMeta } from './schema'
import { localToday } from './status'
import { importPack, type ImportCounts, refreshStatuses, refreshStatusesIfStale, type WriteError } from './writes'

export type SeedResult =
  | { ok: true; loaded: false; version: string }
  | { ok: true; loaded: true; version: string; counts: ImportCounts }
  | { ok: false; error: WriteError }

/**
 * Meta key of the seed FILE's hash (computed at build time, see vite.config.ts): the page's cheap
 * "already loaded?" check. The content `version` above stays the authority; this is only a cache key.
 */
export const META_SEED_FILE = 'seedFile'

export interface SeedOptions {
  today?: string
  now?: () => string
  /** the pack file's build-time hash, recorded with the seed so the next start can skip all this */
  fileHash?: string | null
}

export async function ensureSeeded(db: PledgeDB, loadPack: () => Promise<unknown>, options: SeedOptions = {}): Promise<SeedResult> {
  let raw: unknown
  try {
    raw = await loadPack()
  } catch (e) {
    return { ok: false, error: { path: '(seed)', message: `could not load the seed pack: ${String(e)}` } }
  }
  const restored = restorePack(raw)
  if (!restored.ok) return { ok: false, error: restored.error }
  const pack = restored.pack
  const version = fnv1a64(stablePackJson(pack))
  const now = options.now ?? (() => new Date().toISOString())

  const fileHash = options.fileHash ?? null
  const current = (await db.meta.get(META_SEED))?.value as SeedMeta | undefined
  if (current?.version === version) {
    // a later day: statuses move with the calendar, so bring them up to date on start
    const refreshed = await refreshStatusesIfStale(options.today ?? localToday(), db)
    if (!refreshed.ok) return refreshed
    // loaded by an app that did not record the file's hash yet: record it, the next start is cheap
    if (fileHash !== null && (await db.meta.get(META_SEED_FILE))?.value !== fileHash) {
      try {
        await db.meta.put({ key: META_SEED_FILE, value: fileHash })
      } catch (e) {
        return { ok: false, error: { path: '(database)', message: String(e), name: (e as { name?: string }).name } }
      }
    }
    return { ok: true, loaded: false, version }
  }

  let counts: ImportCounts | null = null
  let failure: WriteError | null = null
  try {
    // one transaction around the import and the meta row: a crash between them cannot leave a
    // loaded seed unrecorded (which would be harmless) or a recorded seed half loaded (which would not)
    await db.transaction('rw', [db.sources, db.articles, db.commitments, db.updates, db.verdicts, db.links, db.meta, db.stats], async () => {
      const again = (await db.meta.get(META_SEED))?.value as SeedMeta | undefined
      if (again?.version === version) return // another tab seeded meanwhile
      const r = await importPack(pack, { today: options.today ?? localToday(), prune: again !== undefined }, db)
      if (!r.ok) {
        failure = r.error
        throw new Error(r.error.message)
      }
      counts = r.counts
      const meta: SeedMeta = { version, generatedBy: pack.generatedBy ?? null, loadedAt: now() }
      await db.meta.put({ key: META_SEED, value: meta })
      if (fileHash !== null) await db.meta.put({ key: META_SEED_FILE, value: fileHash })
      // every status is now for `today` (the import recomputed the seed's; refresh the rest)
      const refreshed = await refreshStatuses(options.today ?? localToday(), db)
      if (!refreshed.ok) {
        failure = refreshed.error
        throw new Error(refreshed.error.message)
      }
    })
  } catch (e) {
    const err = e as { name?: string; message?: string }
    return { ok: false, error: failure ?? { path: '(database)', message: err.message ?? String(e), name: err.name } }
  }
  if (counts === null) return { ok: true, loaded: false, version }
  return { ok: true, loaded: true, version, counts }
}

export interface BootState {
  /** the shipped seed file is the one loaded (false: run ensureSeeded, in a worker) */
  seedCurrent: boolean
  /** stored statuses were computed for `today` (false: refresh them, after the first paint) */
  statusesCurrent: boolean
}

/**
 * What a start has to do, from two meta rows: no pack, no zod, no row reads. A database loaded
 * by an older app (no file hash yet) counts as not current and goes through ensureSeeded once.
 */
export async function bootState(db: PledgeDB, fileHash: string | null, today: string): Promise<BootState> {
  const [file, statusesOn] = await db.meta.bulkGet([META_SEED_FILE, META_STATUSES_ON])
  return {
    seedCurrent: fileHash !== null && file?.value === fileHash,
    statusesCurrent: statusesOn?.value === today,
  }
}

/** The seed version the database holds, if any (for an "about the data" panel). */
export async function loadedSeed(db: PledgeDB): Promise<SeedMeta | null> {
  return ((await db.meta.get(META_SEED))?.value as SeedMeta | undefined) ?? null
}
