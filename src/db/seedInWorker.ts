// The page's side of seed.worker.ts: post one request, wait for the one reply. The worker is
// started only when there is work (first start, a newer seed, a new day), never on an ordinary start.
import type { SeedReply, SeedRequest } from './seed.worker'

export function runSeedWorker(request: SeedRequest): Promise<SeedReply> {
  const worker = new Worker(new URL('./seed.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<SeedReply>((resolve) => {
    worker.onmessage = (e: MessageEvent<SeedReply>) => resolve(e.data)
    worker.onerror = (e) => resolve({ ok: false, error: { path: '(worker)', message: e.message || 'the start-up worker failed' } })
    worker.postMessage(request)
  }).finally(() => worker.terminate())
}
