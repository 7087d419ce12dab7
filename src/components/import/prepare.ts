// The import's preparation, run in the extract worker (src/workers/extract.worker.ts): recognise
// texts already in the ledger, extract each new text, build its pack and the evidence offers. On the
// page this was seconds of main-thread work for a long text (the page froze); in the worker the page
// only receives the result. Nothing here writes: a failure at any stage is a value naming the stage,
// and the database is as it was. No Vue, no DOM: the worker and the tests run it as it is.
import { checkDuplicate, type KnownSource } from '../../core/import'
import { matchEvidence, type Offer } from '../../core/evidence'
import { packFromExtraction } from '../../core/pack'
import type { Commitment, DataPack, ExtractedSource } from '../../core/model/types'
import type { PledgeDB } from '../../db/db'
import { knownSources, measurableTargets, sourceDates, updatesOfMany } from '../../db/reporter'
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

/** The preparation's steps, in order; a progress report and a failure name one. */
export type PrepareStage = 'sources' | 'extract' | 'offers'

export interface PrepareProgress {
  stage: PrepareStage
  /** 0–1 over the whole preparation */
  share: number
  /** while extracting: which text (1-based) of how many */
  doc?: number
  docs?: number
}

export type PrepareResult =
  | { ok: true; prepared: Prepared }
  /** nothing was written; `stage` says which step failed ('worker': the worker itself did not run) */
  | { ok: false; stage: PrepareStage | 'worker'; message: string }

export interface PrepareDeps {
  db: PledgeDB
  /** the extractor (the worker passes core/extract's `extract`) */
  extract(text: string, options: { date?: string | null; file: string }): ExtractedSource
  extractorVersion: string
  onProgress?(p: PrepareProgress): void
}

// shares of the progress bar: the texts' extraction is most of the time
const EXTRACT_FROM = 0.05
const OFFERS_FROM = 0.9

function titleFor(doc: InputDoc, meta: InputMeta, firstArticle: string | undefined): string {
  if (meta.title.trim()) return meta.title.trim()
  if (doc.name) return doc.name.replace(/\.txt$/i, '')
  return firstArticle ?? doc.text.trim().split('\n')[0].slice(0, 60)
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

export async function prepareImport(docs: readonly InputDoc[], meta: InputMeta, now: string, deps: PrepareDeps): Promise<PrepareResult> {
  const progress = deps.onProgress ?? (() => {})
  let stage: PrepareStage = 'sources'
  try {
    progress({ stage, share: 0 })
    const known: KnownSource[] = await knownSources(deps.db)
    const duplicates: Duplicate[] = []
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

    stage = 'extract'
    const packs: DataPack[] = []
    for (const [i, doc] of todo.entries()) {
      progress({ stage, share: EXTRACT_FROM + ((OFFERS_FROM - EXTRACT_FROM) * i) / todo.length, doc: i + 1, docs: todo.length })
      const extracted = deps.extract(doc.text, { date: meta.date || undefined, file: doc.name })
      const sourceMeta = {
        title: titleFor(doc, meta, extracted.articles[0]?.title),
        publisher: meta.publisher.trim() || null,
        publishedOn: meta.date || extracted.date,
        url: meta.url.trim() || null,
        page: null,
      }
      packs.push(packFromExtraction(doc.text, sourceMeta, extracted, now, deps.extractorVersion))
    }

    stage = 'offers'
    progress({ stage, share: OFFERS_FROM })
    const { offers, targets, alreadyRecorded } = await offersFor(packs, meta, deps.db)
    progress({ stage, share: 1 })
    return { ok: true, prepared: { packs, duplicates, offers, targets, alreadyRecorded } }
  } catch (e) {
    return { ok: false, stage, message: messageOf(e) }
  }
}

async function offersFor(packs: DataPack[], meta: InputMeta, db: PledgeDB): Promise<{ offers: Offer[]; targets: Map<string, Commitment>; alreadyRecorded: number }> {
  if (packs.length === 0) return { offers: [], targets: new Map(), alreadyRecorded: 0 }
  const [targets, dates] = await Promise.all([measurableTargets(db), sourceDates(db)])
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
  const recorded = await updatesOfMany([...new Set(offers.map((o) => o.targetId))], db)
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
