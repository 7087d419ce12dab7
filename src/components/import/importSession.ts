// The import's non-visual steps: recognise texts already in the ledger, run the extractor in the
// worker, build each source's pack and the evidence offers; then save the reviewed pack in one
// transaction and append the accepted updates.
import { checkDuplicate, type KnownSource } from '../../core/import'
import { matchEvidence, type Offer } from '../../core/evidence'
import { packFromExtraction } from '../../core/pack'
import { EXTRACTOR_VERSION } from '../../core/extract'
import { newId } from '../../core/ids'
import type { Commitment, DataPack } from '../../core/model/types'
import { addUpdate, importPack, type WriteError } from '../../db'
import { knownSources, measurableTargets, sourceDates, updatesOfMany } from '../../db/reporter'
import { runExtract, type ExtractRun } from './extractClient'
import { reviewedPack, type DraftItem } from './draft'
import type { InputDoc, InputMeta } from './inputTypes'

export interface Duplicate {
  name: string
  sourceId: string
  /** true for the same text; false for a near duplicate (imported, but the user is told) */
  same: boolean
}

export interface Prepared {
  packs: DataPack[]
  duplicates: Duplicate[]
  offers: Offer[]
  /** offers left out because the same figure is already recorded on that target */
  alreadyRecorded: number
  /** the existing targets the offers measure */
  targets: Map<string, Commitment>
}

const ENTERED_BY_KEY = 'pledge-ledger.enteredBy'

export function enteredByName(fallback: string): string {
  try {
    return globalThis.localStorage?.getItem(ENTERED_BY_KEY)?.trim() || fallback
  } catch {
    return fallback
  }
}

function titleFor(doc: InputDoc, meta: InputMeta, firstArticle: string | undefined): string {
  if (meta.title.trim()) return meta.title.trim()
  if (doc.name) return doc.name.replace(/\.txt$/i, '')
  return firstArticle ?? doc.text.trim().split('\n')[0].slice(0, 60)
}

export async function prepareImport(
  docs: readonly InputDoc[],
  meta: InputMeta,
  now: string,
  onProgress: (share: number) => void,
  onRun: (run: ExtractRun) => void,
): Promise<Prepared> {
  const known: KnownSource[] = await knownSources()
  const duplicates: Duplicate[] = []
  const packs: DataPack[] = []
  const todo: InputDoc[] = []
  for (const doc of docs) {
    const check = checkDuplicate(doc.text, known)
    if (check.same) {
      duplicates.push({ name: doc.name, sourceId: check.same, same: true })
      continue
    }
    if (check.near[0]) duplicates.push({ name: doc.name, sourceId: check.near[0].sourceId, same: false })
    todo.push(doc)
    // two copies of one text in the same batch count once
    known.push({ id: `batch-${todo.length}`, text: doc.text })
  }
  for (const [i, doc] of todo.entries()) {
    const run = runExtract({ text: doc.text, date: meta.date || undefined, file: doc.name }, (p) => onProgress((i + p) / todo.length))
    onRun(run)
    const extracted = await run.result
    const publishedOn = meta.date || extracted.date
    const sourceMeta = {
      title: titleFor(doc, meta, extracted.articles[0]?.title),
      publisher: meta.publisher.trim() || null,
      publishedOn,
      url: meta.url.trim() || null,
      page: null,
    }
    packs.push(packFromExtraction(doc.text, sourceMeta, extracted, now, EXTRACTOR_VERSION))
  }
  const { offers, targets, alreadyRecorded } = await offersFor(packs, meta)
  return { packs, duplicates, offers, targets, alreadyRecorded }
}

async function offersFor(packs: DataPack[], meta: InputMeta): Promise<{ offers: Offer[]; targets: Map<string, Commitment>; alreadyRecorded: number }> {
  const [targets, dates] = await Promise.all([measurableTargets(), sourceDates()])
  const offers: Offer[] = []
  for (const p of packs) {
    const src = p.sources[0]
    if (!src.publishedOn) continue // without a date nothing says the figure is later than the pledge
    offers.push(
      ...matchEvidence(p.commitments, targets, src.publishedOn, {
        sourceText: src.text,
        url: src.url,
        publisher: src.publisher ?? (meta.publisher || null),
        targetSourceDate: (id) => dates.get(id) ?? null,
      }),
    )
  }
  // a figure already recorded on that target (same period end and value) is not offered again
  const recorded = await updatesOfMany([...new Set(offers.map((o) => o.targetId))])
  const seen = new Set<string>(recorded.map((u) => `${u.commitmentId}|${u.observedOn}|${u.value}`))
  // one offer per target and period: the best-scored figure
  const kept = offers.filter((o) => {
    const key = `${o.targetId}|${o.update.observedOn}`
    if (seen.has(key) || seen.has(`${key}|${o.update.value}`)) return false
    seen.add(key)
    return true
  })
  const byId = new Map(targets.map((t) => [t.id, t]))
  const alreadyRecorded = offers.filter((o) => seen.has(`${o.targetId}|${o.update.observedOn}|${o.update.value}`)).length
  return { offers: kept, targets: new Map(kept.map((o) => [o.targetId, byId.get(o.targetId)!])), alreadyRecorded }
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
