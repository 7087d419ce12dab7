// How an incoming (already validated) pack merges into the database: the rules that keep a
// person's work safe from imports and from newer seed packs. Runs inside importPack's transaction.
import type { Commitment, DataPack } from '../core/model/types'
import { type PledgeDB, toRow } from './db'

export interface ImportCounts {
  /** rows that were not there before */
  added: number
  /** extractor rows replaced by the pack's version */
  replaced: number
  /** rows kept because a person made or edited them */
  kept: number
  /** stale extractor rows removed (prune only) */
  removed: number
}

/** A row a person made or edited: an import never overwrites it. */
export function isPersonRow(row: { origin?: string; reviewedAt?: string | null }): boolean {
  return row.origin === 'person' || (row.reviewedAt ?? null) !== null
}

export async function mergePack(
  db: PledgeDB,
  pack: DataPack,
  prune: boolean,
): Promise<{ counts: ImportCounts; touched: string[] }> {
  const counts: ImportCounts = { added: 0, replaced: 0, kept: 0, removed: 0 }
  // the rows to write: new ones and replaceable ones; protected rows are counted and skipped
  const writable = <T extends { id: string }>(rows: T[], existing: (T | undefined)[], isProtected: (old: T) => boolean) =>
    rows.filter((_row, i) => {
      const old = existing[i]
      if (old && isProtected(old)) {
        counts.kept++
        return false
      }
      if (old) counts.replaced++
      else counts.added++
      return true
    })
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

  const [sources, articles, commitments, updates, verdicts] = await Promise.all([
    db.sources.bulkGet(ids(pack.sources)),
    db.articles.bulkGet(ids(pack.articles)),
    db.commitments.bulkGet(ids(pack.commitments)),
    db.updates.bulkGet(ids(pack.updates)),
    db.verdicts.bulkGet(ids(pack.verdicts)),
  ])
  // articles carry no origin: the commitments pointing at them are what a person protects
  await db.sources.bulkPut(writable(pack.sources, sources, isPersonRow))
  await db.articles.bulkPut(writable(pack.articles, articles, () => false))
  await db.commitments.bulkPut(writable(pack.commitments, commitments, isPersonRow).map(toRow))
  await db.updates.bulkPut(writable(pack.updates, updates, isPersonRow))
  // verdicts are always a person's word
  await db.verdicts.bulkPut(writable(pack.verdicts, verdicts, () => true))

  if (prune) counts.removed = await pruneStale(db, pack)
  const touched = new Set<string>(ids(pack.commitments))
  for (const u of pack.updates) touched.add(u.commitmentId)
  for (const v of pack.verdicts) touched.add(v.commitmentId)
  return { counts, touched: [...touched] }
}

/** Removes extractor rows of the pack's sources that the pack no longer contains. */
async function pruneStale(db: PledgeDB, pack: DataPack): Promise<number> {
  const sourceIds = pack.sources.map((s) => s.id)
  const keepCommitments = new Set(pack.commitments.map((c) => c.id))
  const keepArticles = new Set(pack.articles.map((a) => a.id))
  const present: Commitment[] = await db.commitments.where('sourceId').anyOf(sourceIds).toArray()
  const candidates = present.filter((c) => !keepCommitments.has(c.id) && !isPersonRow(c))
  const candidateIds = candidates.map((c) => c.id)
  const [withUpdates, withVerdicts] = await Promise.all([
    db.updates.where('commitmentId').anyOf(candidateIds).toArray(),
    db.verdicts.where('commitmentId').anyOf(candidateIds).toArray(),
  ])
  const referenced = new Set([...withUpdates, ...withVerdicts].map((r) => r.commitmentId))
  const dropCommitments = candidateIds.filter((id) => !referenced.has(id))
  await db.commitments.bulkDelete(dropCommitments)

  const dropped = new Set(dropCommitments)
  const usedArticles = new Set(present.filter((c) => !dropped.has(c.id)).map((c) => c.articleId))
  const articles = await db.articles.where('sourceId').anyOf(sourceIds).primaryKeys()
  const dropArticles = articles.filter((id) => !keepArticles.has(id) && !usedArticles.has(id))
  await db.articles.bulkDelete(dropArticles)
  return dropCommitments.length + dropArticles.length
}
