// How an incoming (already validated) pack merges into the database: the rules that keep a
// person's work safe from imports and from newer seed packs. Runs inside importPack's transaction.
//
// One pass at any size: existing rows are read only where ids can collide (the stored keys are
// read first, so an import into an empty table reads nothing), statuses are computed in memory
// before the write (each commitment is written once, not written and then rewritten with its
// status), and every table is written with bulkPut in chunks, awaited one after another inside
// the same transaction, so the main thread gets the event loop back between chunks.
import type { Commitment, DataPack, Source } from '../core/model/types'
import { sameRecord } from '../core/pack/sameRecord'
import type { Table } from 'dexie'
import { type PledgeDB, toRow } from './db'
import type { CommitmentRow } from './schema'
import { applyStats } from './stats'
import { statusFor } from './status'

export interface ImportCounts {
  /** rows that were not there before */
  added: number
  /** extractor rows replaced by the pack's version (that differed from it) */
  replaced: number
  /** rows kept because a person made or edited them (and the pack's version differs) */
  kept: number
  /**
   * rows already stored exactly as the pack has them: not written and not called "updated", so a
   * re-import of the app's own export reports nothing new
   */
  unchanged: number
  /** stale extractor rows removed (prune only) */
  removed: number
}

/** Rows per bulkPut: a chunk's structured clones take well under 100 ms on the 2-core machine. */
export const WRITE_CHUNK = 2000

/** A row a person made or edited: an import never overwrites it. */
export function isPersonRow(row: { origin?: string; reviewedAt?: string | null }): boolean {
  return row.origin === 'person' || (row.reviewedAt ?? null) !== null
}

/** bulkPut in chunks, one after another (a transaction stays alive while its requests run). */
export async function putChunked<T, I>(table: Table<T, string, I>, rows: I[], chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await table.bulkPut(rows.slice(i, i + chunk))
}

/** The stored rows with these ids (undefined where absent), reading only ids the table holds. */
async function existingOf<T, I>(table: Table<T, string, I>, ids: string[]): Promise<(T | undefined)[]> {
  if (ids.length === 0) return []
  const stored = new Set((await table.toCollection().primaryKeys()) as string[])
  const present = ids.filter((id) => stored.has(id))
  if (present.length === 0) return ids.map(() => undefined)
  const rows = await table.bulkGet(present)
  const byId = new Map(present.map((id, i) => [id, rows[i]]))
  return ids.map((id) => byId.get(id))
}

/** Rows of `table` whose commitmentId is one of `ids`, reading nothing when the table is empty. */
async function childrenOf<T, I>(table: Table<T, string, I>, ids: string[]): Promise<T[]> {
  if (ids.length === 0 || (await table.count()) === 0) return []
  return table.where('commitmentId').anyOf(ids).toArray()
}

export async function mergePack(
  db: PledgeDB,
  pack: DataPack,
  prune: boolean,
  today: string,
): Promise<{ counts: ImportCounts; touched: string[] }> {
  const counts: ImportCounts = { added: 0, replaced: 0, kept: 0, unchanged: 0, removed: 0 }
  // the rows to write: new ones and replaceable ones; identical and protected rows are counted and
  // skipped (commitments bring their own comparison, below)
  const writable = <T extends { id: string }>(
    rows: T[],
    existing: (T | undefined)[],
    isProtected: (old: T) => boolean,
    same: (row: T, old: T) => boolean = sameRecord,
  ) =>
    rows.filter((row, i) => {
      const old = existing[i]
      if (old && same(row, old)) {
        counts.unchanged++
        return false
      }
      if (old && isProtected(old)) {
        counts.kept++
        return false
      }
      if (old) counts.replaced++
      else counts.added++
      return true
    })
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

  const packLinks = pack.links ?? []
  const [sources, articles, commitments, updates, verdicts, links] = await Promise.all([
    existingOf(db.sources, ids(pack.sources)),
    existingOf(db.articles, ids(pack.articles)),
    existingOf(db.commitments, ids(pack.commitments)),
    existingOf(db.updates, ids(pack.updates)),
    existingOf(db.verdicts, ids(pack.verdicts)),
    existingOf(db.links, ids(packLinks)),
  ])
  const newSources = writable(pack.sources, sources, isPersonRow)
  // articles carry no origin: the commitments pointing at them are what a person protects
  const newArticles = writable(pack.articles, articles, () => false)
  const replacedRows = new Map<string, CommitmentRow>()
  commitments.forEach((old, i) => {
    if (old) replacedRows.set(pack.commitments[i].id, old)
  })
  // a person's row is compared here without its status (which is recomputed below either way); an
  // extractor row only after its status is computed, since a new status is a change to write
  const newCommitments = writable(pack.commitments, commitments, isPersonRow, (c, old) =>
    isPersonRow(old) && sameRecord({ ...toRow(c), status: old.status }, old),
  )
  const newUpdates = writable(pack.updates, updates, isPersonRow)
  // verdicts are always a person's word
  const newVerdicts = writable(pack.verdicts, verdicts, () => true)
  // a link a person confirmed or rejected is their word; only a bare suggestion may be replaced
  const newLinks = writable(packLinks, links, isDecidedLink)

  const touched = new Set<string>(ids(pack.commitments))
  for (const u of pack.updates) touched.add(u.commitmentId)
  for (const v of pack.verdicts) touched.add(v.commitmentId)
  const touchedIds = [...touched]

  // the rows as they will be after the write, for the statuses
  const written = new Set(ids(newCommitments))
  const kept = [...replacedRows.values()].filter((r) => !written.has(r.id))
  const others = touchedIds.filter((id) => !written.has(id) && !replacedRows.has(id))
  const [storedUpdates, storedVerdicts, otherStored] = await Promise.all([
    childrenOf(db.updates, touchedIds),
    childrenOf(db.verdicts, touchedIds),
    db.commitments.bulkGet(others),
  ])
  const otherRows: CommitmentRow[] = otherStored.filter(isRow)
  const updatesOf = byCommitment(overlay(storedUpdates, newUpdates))
  const verdictsOf = byCommitment(overlay(storedVerdicts, newVerdicts))
  const pledgedOn = await publishedOn(db, newSources, [...newCommitments, ...kept, ...otherRows])
  const statusOf = (c: Commitment) =>
    statusFor(c, updatesOf.get(c.id) ?? [], verdictsOf.get(c.id) ?? [], today, pledgedOn.get(c.sourceId) ?? null)

  // a stored commitment equal to the pack's, status included, is left alone: counted as unchanged
  const rows: CommitmentRow[] = []
  for (const c of newCommitments) {
    const row = { ...toRow(c), status: statusOf(c) }
    const old = replacedRows.get(c.id)
    if (old && sameRecord(row, old)) {
      counts.replaced--
      counts.unchanged++
    } else rows.push(row)
  }
  // rows the pack did not replace (kept, or only given updates) may still change status
  const restated: CommitmentRow[] = []
  const restatedOld: CommitmentRow[] = []
  for (const old of [...kept, ...otherRows]) {
    const status = statusOf(old)
    if (status === old.status) continue
    restated.push({ ...old, status })
    restatedOld.push(old)
  }

  await putChunked(db.sources, newSources)
  await putChunked(db.articles, newArticles)
  await putChunked(db.commitments, [...rows, ...restated])
  await putChunked(db.updates, newUpdates)
  await putChunked(db.verdicts, newVerdicts)
  await putChunked(db.links, newLinks)
  await applyStats(db, [...rows.map((r) => replacedRows.get(r.id)).filter(isRow), ...restatedOld], [...rows, ...restated])

  if (prune) counts.removed = await pruneStale(db, pack)
  return { counts, touched: touchedIds }
}

/** A link a person decided on: an import never overwrites it. */
export function isDecidedLink(link: { state: string }): boolean {
  return link.state !== 'suggested'
}

function isRow<T>(x: T | undefined): x is T {
  return x !== undefined
}

/** Stored rows overlaid by the ones being written (same id: the new one). */
function overlay<T extends { id: string }>(stored: T[], incoming: T[]): T[] {
  const m = new Map(stored.map((r) => [r.id, r]))
  for (const r of incoming) m.set(r.id, r)
  return [...m.values()]
}

function byCommitment<T extends { commitmentId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.commitmentId)
    if (list) list.push(r)
    else out.set(r.commitmentId, [r])
  }
  return out
}

/** Publication date per source of `rows`: from the sources being written, else the stored ones. */
async function publishedOn(db: PledgeDB, incoming: Source[], rows: Commitment[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>(incoming.map((s) => [s.id, s.publishedOn]))
  const missing = [...new Set(rows.map((r) => r.sourceId))].filter((id) => !out.has(id))
  if (missing.length) {
    const stored = await db.sources.bulkGet(missing)
    for (const s of stored) if (s) out.set(s.id, s.publishedOn)
  }
  return out
}

/** Removes extractor rows of the pack's sources that the pack no longer contains. */
async function pruneStale(db: PledgeDB, pack: DataPack): Promise<number> {
  const sourceIds = pack.sources.map((s) => s.id)
  const keepCommitments = new Set(pack.commitments.map((c) => c.id))
  const keepArticles = new Set(pack.articles.map((a) => a.id))
  const present: CommitmentRow[] = await db.commitments.where('sourceId').anyOf(sourceIds).toArray()
  const candidates = present.filter((c) => !keepCommitments.has(c.id) && !isPersonRow(c))
  const candidateIds = candidates.map((c) => c.id)
  const [withUpdates, withVerdicts, linkedFrom, linkedTo] = await Promise.all([
    db.updates.where('commitmentId').anyOf(candidateIds).toArray(),
    db.verdicts.where('commitmentId').anyOf(candidateIds).toArray(),
    db.links.where('fromId').anyOf(candidateIds).toArray(),
    db.links.where('toId').anyOf(candidateIds).toArray(),
  ])
  // a linked row stays too: removing it would leave a link pointing at nothing
  const referenced = new Set([
    ...[...withUpdates, ...withVerdicts].map((r) => r.commitmentId),
    ...linkedFrom.map((l) => l.fromId),
    ...linkedTo.map((l) => l.toId),
  ])
  const dropCommitments = candidateIds.filter((id) => !referenced.has(id))
  await db.commitments.bulkDelete(dropCommitments)
  const dropped = new Set(dropCommitments)
  await applyStats(db, candidates.filter((c) => dropped.has(c.id)), [])

  const usedArticles = new Set(present.filter((c) => !dropped.has(c.id)).map((c) => c.articleId))
  const articles = await db.articles.where('sourceId').anyOf(sourceIds).primaryKeys()
  const dropArticles = articles.filter((id) => !keepArticles.has(id) && !usedArticles.has(id))
  await db.articles.bulkDelete(dropArticles)
  return dropCommitments.length + dropArticles.length
}
