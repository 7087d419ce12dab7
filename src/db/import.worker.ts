// The import off the main thread: parsing, validating and writing a large pack (100,000
// commitments: seconds of work) would otherwise freeze the page. IndexedDB and Dexie work in a
// worker; the pages' live queries hear about the writes through Dexie's cross-context broadcast.
import { PledgeDB } from './db'
import { importPack, type ImportOptions } from './writes'

export interface ImportRequest {
  /** the pack file's text (a string crosses to the worker as one copy, not 100,000 objects) */
  text: string
  options: ImportOptions
  dbName?: string
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { text, options, dbName } = e.data
  let input: unknown
  const t0 = performance.now()
  try {
    input = JSON.parse(text)
  } catch (err) {
    self.postMessage({ ok: false, error: { path: '(root)', message: `not valid JSON: ${(err as Error).message}` } })
    return
  }
  const t1 = performance.now()
  const db = new PledgeDB(dbName)
  try {
    const result = await importPack(input, options, db)
    // how long each step took, for the benchmark and for a progress note
    self.postMessage({ ...result, ms: { parse: t1 - t0, import: performance.now() - t1 } })
  } finally {
    db.close()
  }
}
