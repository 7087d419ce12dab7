// Storage safety (issue 6): ask the browser to keep our data (persistent storage) once a person has
// made something worth keeping, report usage, and count the person-made records that no backup
// (export) holds yet. The browser's StorageManager is passed in, so tests run without a browser.
import Dexie from 'dexie'
import { getDb, type PledgeDB } from './db'
import { META_LAST_EXPORT, META_SEED, type SeedMeta } from './schema'

/** The meta row this file keeps (one row, so reads and writes stay small). */
export const META_STORAGE = 'storage'

export interface StorageMeta {
  /** the browser's answer the last time we asked: true = data kept even under storage pressure */
  persisted: boolean | null
  /** ISO time we last asked (null: never asked) */
  askedAt: string | null
  /**
   * Work before this time is not counted as unsaved: it is the first seed's load time (or the first
   * start of this feature), so the seed's own records are never "unsaved work". Fixed once set, so a
   * newer seed does not move it and hide work.
   */
  since: string
}

/** The parts of navigator.storage this file uses. */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>

export function browserStorage(): StorageApi | null {
  const s = (globalThis as { navigator?: { storage?: Partial<StorageApi> } }).navigator?.storage
  return s && typeof s.persist === 'function' && typeof s.persisted === 'function' && typeof s.estimate === 'function'
    ? (s as StorageApi)
    : null
}

async function readMeta(db: PledgeDB): Promise<StorageMeta | null> {
  const v = (await db.meta.get(META_STORAGE))?.value as StorageMeta | undefined
  return v && typeof v.since === 'string' ? v : null
}

/** The stored row, creating it (with its baseline) the first time. */
export async function ensureStorageMeta(db: PledgeDB = getDb(), now: () => string = () => new Date().toISOString()): Promise<StorageMeta> {
  return db.transaction('rw', db.meta, async () => {
    const current = await readMeta(db)
    if (current) return current
    const seed = (await db.meta.get(META_SEED))?.value as SeedMeta | undefined
    const row: StorageMeta = { persisted: null, askedAt: null, since: seed?.loadedAt ?? now() }
    await db.meta.put({ key: META_STORAGE, value: row })
    return row
  })
}

/**
 * Asks for persistent storage and remembers the answer. Already persistent: recorded without
 * asking. Returns null when the browser has no StorageManager (nothing to ask).
 */
export async function requestPersistence(
  api: StorageApi | null = browserStorage(),
  db: PledgeDB = getDb(),
  now: () => string = () => new Date().toISOString(),
): Promise<boolean | null> {
  if (!api) return null
  const granted = (await api.persisted()) || (await api.persist())
  const meta = await ensureStorageMeta(db, now)
  await db.meta.put({ key: META_STORAGE, value: { ...meta, persisted: granted, askedAt: now() } satisfies StorageMeta })
  return granted
}

/**
 * Call after every write a person made (update, verdict, link decision, saved import). The first
 * time, it asks for persistent storage; later it does nothing (the button on /data asks again).
 * Never throws: a refused or failing request must not turn a saved write into an error.
 */
export async function afterUserWrite(api: StorageApi | null = browserStorage(), db: PledgeDB = getDb()): Promise<void> {
  try {
    const meta = await ensureStorageMeta(db)
    if (meta.askedAt === null) await requestPersistence(api, db)
  } catch (e) {
    console.warn('[storage] could not ask for persistent storage', e)
  }
}

export interface StorageUsage {
  usage: number
  quota: number
}

/** Bytes used and available to this site, or null when the browser cannot say. */
export async function storageUsage(api: StorageApi | null = browserStorage()): Promise<StorageUsage | null> {
  if (!api) return null
  try {
    const e = await api.estimate()
    return typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null
  } catch {
    return null
  }
}

export interface BackupState {
  lastExportAt: string | null
  persisted: boolean | null
  askedAt: string | null
  /** person-made records newer than the last backup (or than `since` before any backup) */
  unsaved: number
}

/**
 * Person-made records newer than the last backup: updates of origin 'person', verdicts, decided
 * links, commitments a person reviewed or corrected, and imported sources. Each is one count over an index of
 * its entry time (schema version 5), with the time range in the key: no row is read, so this stays
 * a few small requests after every write however many sources (with their texts) the ledger holds.
 * The comparison is on ISO strings, which sort as times; "newer" is strictly after `after`.
 */
export async function backupState(db: PledgeDB = getDb()): Promise<BackupState> {
  const [exportRow, meta, seed] = await Promise.all([db.meta.get(META_LAST_EXPORT), readMeta(db), db.meta.get(META_SEED)])
  const lastExportAt = typeof exportRow?.value === 'string' ? exportRow.value : null
  const since = meta?.since ?? (seed?.value as SeedMeta | undefined)?.loadedAt ?? ''
  const after = lastExportAt !== null && lastExportAt > since ? lastExportAt : since
  // [prefix, time] keys strictly after `after`, up to any later time
  const newerWith = (prefix: string) => [[prefix, after], [prefix, Dexie.maxKey]] as const
  const counts = await Promise.all([
    db.updates.where('[origin+enteredAt]').between(...newerWith('person'), false, true).count(),
    db.verdicts.where('enteredAt').above(after).count(),
    db.links.where('[state+decidedAt]').between(...newerWith('confirmed'), false, true).count(),
    db.links.where('[state+decidedAt]').between(...newerWith('rejected'), false, true).count(),
    // any commitment a person reviewed or corrected (on /import or on its page), whatever its origin
    db.commitments.where('reviewedAt').above(after).count(),
    db.sources.where('importedAt').above(after).count(),
  ])
  return {
    lastExportAt,
    persisted: meta?.persisted ?? null,
    askedAt: meta?.askedAt ?? null,
    unsaved: counts.reduce((a, b) => a + b, 0),
  }
}

/** Days without a backup after which the reminder shows. */
export const BACKUP_DAYS = 7

/** Whether to remind: unsaved work and no backup in the last BACKUP_DAYS days (or never). */
export function needsBackup(state: Pick<BackupState, 'lastExportAt' | 'unsaved'>, now: Date = new Date()): boolean {
  if (state.unsaved === 0) return false
  if (state.lastExportAt === null) return true
  return now.getTime() - Date.parse(state.lastExportAt) > BACKUP_DAYS * 86_400_000
}
