// What is on disk, read with the raw IndexedDB API and never through Dexie: Dexie, given a
// database whose schema differs from the declared one, adds the missing tables and bumps the
// version (a write). These helpers look without changing anything: the stored version before the
// app opens it, and a plain copy of every table for a backup when an upgrade failed.

/** Dexie stores schema version N as IndexedDB version N × 10. */
const DEXIE_FACTOR = 10

/**
 * Opens `name` at whatever version it has. When it does not exist the creation is aborted
 * (so nothing is created) and `null` is returned.
 */
function openAsIs(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let creating = false
    const req = indexedDB.open(name)
    req.onupgradeneeded = () => {
      // only a missing database gets here (no version asked): do not create it
      creating = true
      req.transaction?.abort()
    }
    req.onsuccess = () => {
      req.result.onversionchange = () => req.result.close()
      resolve(req.result)
    }
    req.onerror = (e) => {
      if (creating) {
        e.preventDefault()
        resolve(null)
      } else reject(req.error ?? new Error(`could not open ${name}`))
    }
    // another connection is upgrading: it will finish, and this open then succeeds
    req.onblocked = () => undefined
  })
}

/** The schema version of the stored database (Dexie's numbering), or null when there is none. */
export async function storedVersion(name: string): Promise<number | null> {
  const db = await openAsIs(name)
  if (!db) return null
  const v = db.version / DEXIE_FACTOR
  db.close()
  return v
}

export interface RawBackup {
  database: string
  /** schema version (Dexie's numbering) of the stored database */
  version: number
  exportedAt: string
  tables: Record<string, unknown[]>
}

/** Every row of every table as stored, for a backup the user keeps when the app cannot open the database. */
export async function rawBackup(name: string, now: () => string = () => new Date().toISOString()): Promise<RawBackup | null> {
  const db = await openAsIs(name)
  if (!db) return null
  try {
    const names = [...db.objectStoreNames]
    const tables: Record<string, unknown[]> = {}
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly')
      await Promise.all(
        names.map(
          (n) =>
            new Promise<void>((resolve, reject) => {
              const req = tx.objectStore(n).getAll()
              req.onsuccess = () => {
                tables[n] = req.result as unknown[]
                resolve()
              }
              req.onerror = () => reject(req.error ?? new Error(`could not read ${n}`))
            }),
        ),
      )
    }
    return { database: name, version: db.version / DEXIE_FACTOR, exportedAt: now(), tables }
  } finally {
    db.close()
  }
}
