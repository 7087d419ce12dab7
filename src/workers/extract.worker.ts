// Web Worker: the import's whole preparation off the UI thread — the ledger's texts read for
// duplicates, the same extractor as the command line, the packs and the evidence offers
// (src/components/import/prepare.ts). It reads the database and never writes it.
// In: PrepareRequest. Out: { progress } while working, then one { result } (errors are values).
import { extract, EXTRACTOR_VERSION } from '@/core/extract'
import { PledgeDB } from '@/db/db'
import { prepareImport, type PrepareProgress, type PrepareResult } from '@/components/import/prepare'
import type { InputDoc, InputMeta } from '@/components/import/inputTypes'

export interface PrepareRequest {
  docs: InputDoc[]
  meta: InputMeta
  /** the import's timestamp, stamped on every record */
  now: string
  /** the page's database (its name) */
  dbName: string
}

export type PrepareMessage = { progress: PrepareProgress } | { result: PrepareResult }

const ctx = self as unknown as { postMessage(m: PrepareMessage): void; onmessage: ((e: MessageEvent<PrepareRequest>) => void) | null }

ctx.onmessage = async (e) => {
  const { docs, meta, now, dbName } = e.data ?? ({} as PrepareRequest)
  if (!Array.isArray(docs) || docs.some((d) => typeof d?.text !== 'string')) {
    ctx.postMessage({ result: { ok: false, stage: 'worker', message: 'texts must be strings' } })
    return
  }
  const db = new PledgeDB(dbName)
  try {
    const result = await prepareImport(docs, meta, now, {
      db,
      // date undefined → inferred from the text; null → unknown
      extract: (text, options) => extract(text, options),
      extractorVersion: EXTRACTOR_VERSION,
      onProgress: (progress) => ctx.postMessage({ progress }),
    })
    ctx.postMessage({ result })
  } finally {
    db.close()
  }
}
