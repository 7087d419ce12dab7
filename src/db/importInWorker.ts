// importPack in a worker, for big files: the main thread only hands over the text and waits, so
// the page stays responsive (no long task) however large the pack is.
import type { ImportRequest, SessionReply, SessionRequest } from './import.worker'
import type { ImportCounts } from './merge'
import type { PackError } from '../core/pack/errors'
import type { ImportOptions, WriteResult } from './writes'

export type { SessionReply as PackImportReply }

export type WorkerImportResult = WriteResult<{ counts: ImportCounts; rejected: PackError[] }> & {
  /** milliseconds spent parsing the text and importing it, measured in the worker */
  ms?: { parse: number; import: number }
}

function startWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

export function importPackInWorker(text: string, options: ImportOptions = {}, dbName?: string): Promise<WorkerImportResult> {
  const worker = startWorker()
  return new Promise<WorkerImportResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<WorkerImportResult>) => resolve(e.data)
    worker.onerror = (e) => resolve({ ok: false, error: { path: '(worker)', message: e.message || 'the import worker failed' } })
    const request: ImportRequest = { text, options, dbName }
    worker.postMessage(request)
  }).finally(() => worker.terminate())
}

/**
 * One pack import on /data, in a worker that keeps the parsed pack between the review and the
 * user's choice: `review` imports a clean pack at once or returns the per-record review with
 * nothing written; then `keepValid` writes the valid records, or `discard` drops everything.
 */
export class PackImportSession {
  private worker: Worker | null = startWorker()

  /** `file` crosses to the worker as a handle; the worker reads and decodes it. */
  review(file: Blob, today?: string, dbName?: string): Promise<SessionReply> {
    return this.ask({ type: 'review', file, today, dbName }).then((reply) => {
      if (reply.kind !== 'review') this.discard()
      return reply
    })
  }

  keepValid(): Promise<SessionReply> {
    return this.ask({ type: 'keepValid' }).finally(() => this.discard())
  }

  /** Ends the session; the parsed pack goes with the worker and nothing is written. */
  discard(): void {
    this.worker?.terminate()
    this.worker = null
  }

  private ask(request: SessionRequest): Promise<SessionReply> {
    const worker = this.worker
    if (!worker) return Promise.resolve({ kind: 'failed', error: { path: '(worker)', message: 'the import was closed' } })
    return new Promise<SessionReply>((resolve) => {
      worker.onmessage = (e: MessageEvent<SessionReply>) => resolve(e.data)
      worker.onerror = (e) => resolve({ kind: 'failed', error: { path: '(worker)', message: e.message || 'the import worker failed' } })
      worker.postMessage(request)
    })
  }
}
