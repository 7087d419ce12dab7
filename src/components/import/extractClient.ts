// Runs the import's preparation (extraction, packs, evidence offers: prepare.ts) in the extract
// worker, so the page stays responsive however long the text. One worker per run: terminating it
// is the only way to cancel a synchronous extraction. Never rejects: a failure is a result.
import type { PrepareMessage, PrepareRequest } from '../../workers/extract.worker'
import type { PrepareProgress, PrepareResult } from './prepare'

export type PrepareOutcome = PrepareResult | { ok: false; cancelled: true }

export interface PrepareRun {
  result: Promise<PrepareOutcome>
  cancel(): void
}

export function prepareInWorker(req: PrepareRequest, onProgress: (p: PrepareProgress) => void = () => {}): PrepareRun {
  const worker = new Worker(new URL('../../workers/extract.worker.ts', import.meta.url), { type: 'module' })
  let settle: (r: PrepareOutcome) => void = () => {}
  const result = new Promise<PrepareOutcome>((resolve) => {
    settle = (r) => {
      worker.terminate()
      resolve(r)
    }
    worker.onmessage = (e: MessageEvent<PrepareMessage>) => {
      const m = e.data
      if ('progress' in m) onProgress(m.progress)
      else settle(m.result)
    }
    // the worker's script did not load or threw outside the preparation ('' when the browser says
    // nothing: the page words it)
    worker.onerror = (e) => {
      e.preventDefault()
      settle({ ok: false, stage: 'worker', message: e.message ?? '' })
    }
  })
  worker.postMessage(req)
  return { result, cancel: () => settle({ ok: false, cancelled: true }) }
}
