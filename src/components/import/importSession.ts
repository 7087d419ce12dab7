// The import's save: the reviewed pack in one transaction, then the accepted updates. (The
// preparation before the review runs in the extract worker: prepare.ts, extractClient.ts.)
import type { Offer } from '../../core/evidence'
import { newId } from '../../core/ids'
import { addUpdate, importPack, type WriteError } from '../../db'
import { reviewedPack, type DraftItem } from './draft'
import type { Prepared } from './prepare'

export type { Duplicate, Prepared } from './prepare'

const ENTERED_BY_KEY = 'pledge-ledger.enteredBy'

export function enteredByName(fallback: string): string {
  try {
    return globalThis.localStorage?.getItem(ENTERED_BY_KEY)?.trim() || fallback
  } catch {
    return fallback
  }
}

export interface SaveOutcome {
  ok: boolean
  error?: WriteError
  sources: string[]
  commitments: number
  updates: number
  updateErrors: WriteError[]
}

export async function saveImport(
  prepared: Prepared,
  items: ReadonlyMap<string, DraftItem>,
  accepted: readonly Offer[],
  enteredBy: string,
  now: string,
): Promise<SaveOutcome> {
  const pack = reviewedPack(prepared.packs, items, now)
  const sources = pack.sources.map((s) => s.id)
  const result = await importPack(pack)
  if (!result.ok) return { ok: false, error: result.error, sources, commitments: 0, updates: 0, updateErrors: [] }
  const updateErrors: WriteError[] = []
  let updates = 0
  for (const o of accepted) {
    const r = await addUpdate({ ...o.update, id: newId('upd'), enteredBy, enteredAt: now, origin: 'person' })
    if (r.ok) updates++
    else updateErrors.push(r.error)
  }
  return { ok: true, sources, commitments: pack.commitments.length, updates, updateErrors }
}
