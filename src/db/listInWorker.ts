// The page's side of listSort.worker.ts: one worker kept for the session (started on the first
// whole-table sort). A newer request replaces one still running (the old answer is no longer
// wanted), so a reader who changes the sort twice never waits for the first.
import type { CommitmentFilter, SortSpec } from '../core/model/filter'
import type { ListSortReply, ListSortRequest } from './listSortProtocol'
import { PackedIds, type IdSeq } from './packedIds'
import { getDb } from './db'
import { matchingIds } from './listQueries'

let worker: Worker | null = null
let nextId = 0
let inFlight: { id: number; reject: (e: Error) => void } | null = null

function start(): Worker {
  worker ??= new Worker(new URL('./listSort.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** The ids matching `filter` in `sort` order, computed in a worker (on the page where there is no Worker). */
export function matchingIdsInWorker(filter: CommitmentFilter, sort: SortSpec): Promise<IdSeq> {
  if (typeof Worker === 'undefined') return matchingIds(filter, sort)
  if (inFlight) {
    // the running sort's answer is not wanted any more: stop it rather than queue behind it
    const abort = new Error('replaced by a newer list query')
    abort.name = 'AbortError'
    inFlight.reject(abort)
    worker?.terminate()
    worker = null
  }
  const w = start()
  const id = ++nextId
  // filter and sort come from reactive stores: plain JSON copies post cleanly (they live in the URL)
  const request: ListSortRequest = { id, filter: JSON.parse(JSON.stringify(filter)), sort: { ...sort }, dbName: getDb().name }
  return new Promise<IdSeq>((resolve, reject) => {
    inFlight = { id, reject }
    const done = () => {
      if (inFlight?.id === id) inFlight = null
    }
    w.onmessage = (e: MessageEvent<ListSortReply>) => {
      if (e.data.id !== id) return
      done()
      if (e.data.ok) resolve(new PackedIds(e.data.joined, e.data.ends))
      else reject(new Error(e.data.message))
    }
    w.onerror = (e) => {
      done()
      worker = null
      w.terminate()
      reject(new Error(e.message || 'the list worker failed'))
    }
    w.postMessage(request)
  })
}
