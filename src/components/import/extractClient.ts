// Runs the extractor in its Web Worker (the page stays responsive while a long text is read).
// One worker per run: terminating it is the only way to cancel a synchronous extraction.
import type { ExtractedSource } from '../../core/model/types'
import type { ExtractRequest, ExtractResponse } from '../../workers/extract.worker'

export interface ExtractRun {
  result: Promise<ExtractedSource>
  cancel(): void
}

export function runExtract(req: Omit<ExtractRequest, 'id'>, onProgress: (share: number) => void = () => {}): ExtractRun {
  const worker = new Worker(new URL('../../workers/extract.worker.ts', import.meta.url), { type: 'module' })
  let settle: ((e: Error) => void) | null = null
  const result = new Promise<ExtractedSource>((resolve, reject) => {
    settle = reject
    worker.onmessage = (e: MessageEvent<ExtractResponse>) => {
      const m = e.data
      if ('progress' in m) onProgress(m.progress)
      else {
        worker.terminate()
        if ('result' in m) resolve(m.result)
        else reject(new Error(m.error))
      }
    }
    worker.onerror = (e) => {
      worker.terminate()
      reject(new Error(e.message || 'extractor worker failed'))
    }
  })
  worker.postMessage({ id: 1, ...req } satisfies ExtractRequest)
  return {
    result,
    cancel() {
      worker.terminate()
      settle?.(new Error('cancelled'))
    },
  }
}
