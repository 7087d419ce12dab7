// The import off the main thread: parsing, validating and writing a large pack (100,000
// commitments: seconds of work) would otherwise freeze the page. IndexedDB and Dexie work in a
// worker; the pages' live queries hear about the writes through Dexie's cross-context broadcast.
//
// Two ways in:
// - a one-shot request { text, options } (the benchmark): parse and import, all or nothing;
// - a review session ({ type: 'review' } then { type: 'keepValid' }), for /data: a clean pack is
//   imported at once; a pack with bad records is NOT written, the worker keeps the parsed pack
//   and answers with the per-record review, then imports the valid records only if the user asks.
import { ROOT_PATH, type PackError } from '../core/pack/errors'
import { checkPackSize } from '../core/pack/prescan'
import { parsePackText, reviewPack, type PackReview } from '../core/pack/review'
import { PledgeDB } from './db'
import type { ImportCounts } from './merge'
import { importPack, type ImportOptions } from './writes'

export interface ImportRequest {
  /** the pack file's text (a string crosses to the worker as one copy, not 100,000 objects) */
  text: string
  options: ImportOptions
  dbName?: string
}

export type SessionRequest =
  /** the File itself: reading and decoding 80 MB on the page would block it for seconds */
  | { type: 'review'; file: Blob; today?: string; dbName?: string }
  | { type: 'keepValid' }

export type SessionReply =
  /** written: a clean pack, or the valid records after keepValid */
  | { kind: 'imported'; counts: ImportCounts; rejected: number }
  /** nothing written: the file is not a pack (too big, not JSON, too deep, too long, broken frame) */
  | { kind: 'refused'; error: PackError }
  /** nothing written: some records are bad; the user chooses next */
  | { kind: 'review'; review: PackReview }
  /** nothing written: the database refused the write (quota, newer version…) */
  | { kind: 'failed'; error: PackError & { name?: string } }

let session: { input: unknown; today?: string; dbName?: string } | null = null

self.onmessage = async (e: MessageEvent<ImportRequest | SessionRequest>) => {
  const msg = e.data
  if (!('type' in msg)) return oneShot(msg)
  if (msg.type === 'review') self.postMessage(await review(msg.file, msg.today, msg.dbName))
  else self.postMessage(await keepValid())
}

async function oneShot({ text, options, dbName }: ImportRequest) {
  const t0 = performance.now()
  const parsed = parsePackText(text)
  if (!parsed.ok) {
    self.postMessage({ ok: false, error: parsed.error })
    return
  }
  const t1 = performance.now()
  const result = await withDb(dbName, (db) => importPack(parsed.input, options, db))
  // how long each step took, for the benchmark and for a progress note
  self.postMessage({ ...result, ms: { parse: t1 - t0, import: performance.now() - t1 } })
}

async function review(file: Blob, today: string | undefined, dbName: string | undefined): Promise<SessionReply> {
  const tooBig = checkPackSize(file.size)
  if (tooBig) return { kind: 'refused', error: tooBig }
  let text: string
  try {
    text = await file.text()
  } catch (e) {
    return { kind: 'refused', error: { path: ROOT_PATH, message: `could not read the file: ${String(e)}` } }
  }
  const parsed = parsePackText(text)
  if (!parsed.ok) return { kind: 'refused', error: parsed.error }
  // the strict import validates once and writes only a pack with no bad record
  const strict = await withDb(dbName, (db) => importPack(parsed.input, { today }, db))
  if (strict.ok) return { kind: 'imported', counts: strict.counts, rejected: 0 }
  if (strict.error.path === '(database)') return { kind: 'failed', error: strict.error }
  const r = reviewPack(parsed.input, strict.error)
  if (!r.ok) return { kind: 'refused', error: r.error }
  session = { input: parsed.input, today, dbName }
  return { kind: 'review', review: r.review }
}

async function keepValid(): Promise<SessionReply> {
  if (!session) return { kind: 'failed', error: { path: '(worker)', message: 'no pack under review' } }
  const { input, today, dbName } = session
  session = null
  const r = await withDb(dbName, (db) => importPack(input, { today, keepValid: true }, db))
  return r.ok ? { kind: 'imported', counts: r.counts, rejected: r.rejected.length } : { kind: 'failed', error: r.error }
}

async function withDb<T>(dbName: string | undefined, work: (db: PledgeDB) => Promise<T>): Promise<T> {
  const db = new PledgeDB(dbName)
  try {
    return await work(db)
  } finally {
    db.close()
  }
}
