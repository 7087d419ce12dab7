// importPack in a worker, for big files: the main thread only hands over the text and waits, so
// the page stays responsive (no long task) however large the pack is.
import type { ImportRequest } from './import.worker'
import type { ImportCounts } from './merge'
import type { PackError } from '../core/pack/errors'
import type { ImportOptions, WriteResult } from './writes'

export type WorkerImportResult = WriteResult<{ counts: ImportCounts; rejected: PackError[] }> & {
  /** milliseconds spent parsing the text and importing it, measured in the worker */
  ms?: { parse: number; import: number }
}

export function importPackInWorker(text: string, options: ImportOptions = {}, dbName?: string): Promise<WorkerImportResult> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<WorkerImportResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<WorkerImportResult>) => resolve(e.data)
    worker.onerror = (e) => resolve({ ok: false, error: { path: '(worker)', message: e.message || 'the import worker failed' } })
    const request: ImportRequest = { text, options, dbName }
    worker.postMessage(request)
  }).finally(() => worker.terminate())
}
