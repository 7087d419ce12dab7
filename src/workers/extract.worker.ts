// Web Worker: runs the same extractor as the command line off the UI thread.
// In: { id, text, date }. Out: { id, progress } while working, then { id, result } or { id, error }.
import { extract } from '@/core/extract'

export interface ExtractRequest {
  id: string | number
  text: string
  date?: string | null
  file?: string
}

export type ExtractResponse =
  | { id: string | number; progress: number }
  | { id: string | number; result: ReturnType<typeof extract> }
  | { id: string | number; error: string }

const ctx = self as unknown as { postMessage(m: ExtractResponse): void; onmessage: ((e: MessageEvent<ExtractRequest>) => void) | null }

ctx.onmessage = (e) => {
  const { id, text, date, file } = e.data ?? ({} as ExtractRequest)
  try {
    if (typeof text !== 'string') throw new Error('text must be a string')
    ctx.postMessage({ id, progress: 0 })
    // date undefined → inferred from the text; null → unknown
    const result = extract(text, { date, file: file ?? '' })
    ctx.postMessage({ id, progress: 1 })
    ctx.postMessage({ id, result })
  } catch (err) {
    ctx.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
}
