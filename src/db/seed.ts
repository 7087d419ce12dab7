// First start: load the embedded seed pack into IndexedDB once. A `meta` row remembers which
// seed (by content hash) is loaded, so reloads do nothing; a different (newer) seed replaces
// only extractor rows and never touches what a person entered. Every start also brings stored
// statuses up to today's date (once a day), since 序时进度 moves with the calendar.
import { fnv1a64 } from '../core/ids'
import { restorePack } from '../core/pack/restore'
import { stablePackJson } from '../core/pack/stableJson'
import type { PledgeDB } from './db'
import { META_SEED, type SeedMeta } from './schema'
import { localToday } from './status'
import { importPack, type ImportCounts, refreshStatuses, refreshStatusesIfStale, type WriteError } from './writes'

export type SeedResult =
  | { ok: true; loaded: false; version: string }
  | { ok: true; loaded: true; version: string; counts: ImportCounts }
  | { ok: false; error: WriteError }

export async function ensureSeeded(
  db: PledgeDB,
  loadPack: () => Promise<unknown>,
  options: { today?: string; now?: () => string } = {},
): Promise<SeedResult> {
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

  const current = (await db.meta.get(META_SEED))?.value as SeedMeta | undefined
  if (current?.version === version) {
    // a later day: statuses move with the calendar, so bring them up to date on start
    const refreshed = await refreshStatusesIfStale(options.today ?? localToday(), db)
    if (!refreshed.ok) return refreshed
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

/** The seed version the database holds, if any (for an "about the data" panel). */
export async function loadedSeed(db: PledgeDB): Promise<SeedMeta | null> {
  return ((await db.meta.get(META_SEED))?.value as SeedMeta | undefined) ?? null
}
