// The physical limit for the ingest: the same records written by a bare IndexedDB transaction
// (one put per record, no validation, no statuses, no counts) into a store with the same indexes.
// Timed like the app's worker import: from the text, parse included, to the transaction's complete.
import Dexie from 'dexie'
import type { DataPack } from '../core/model/types'
import { toRow } from '../db/db'
import { STORES_V2 } from '../db/schema'

async function createSchema(name: string): Promise<void> {
  // Dexie only declares the same stores and indexes; the timed writes below never touch it
  const d = new Dexie(name)
  d.version(2).stores(STORES_V2)
  await d.open()
  d.close()
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

self.onmessage = async (e: MessageEvent<{ text: string; dbName: string }>) => {
  const { text, dbName } = e.data
  await createSchema(dbName)
  const t0 = performance.now()
  const pack = JSON.parse(text) as DataPack
  const t1 = performance.now()
  const idb = await openRaw(dbName)
  const stores = ['sources', 'articles', 'commitments', 'updates', 'verdicts'] as const
  const tx = idb.transaction([...stores], 'readwrite', { durability: 'default' })
  for (const s of pack.sources) tx.objectStore('sources').put(s)
  for (const a of pack.articles) tx.objectStore('articles').put(a)
  const commitments = tx.objectStore('commitments')
  for (const c of pack.commitments) commitments.put(toRow(c))
  for (const u of pack.updates) tx.objectStore('updates').put(u)
  for (const v of pack.verdicts) tx.objectStore('verdicts').put(v)
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
  const t2 = performance.now()
  idb.close()
  self.postMessage({ parse: t1 - t0, write: t2 - t1, total: t2 - t0 })
}
