// Reads the reporter's workflow needs (search, import review, lineage suggestions), built only on the
// existing db exports. Kept apart from queries.ts, which another engineer owns.
import type { Commitment, Link, Update } from '../core/model/types'
import type { SearchDoc } from '../core/search'
import { searchDocFor } from '../core/search'
import type { KnownSource } from '../core/import'
import { fromRow, getDb, type PledgeDB } from './db'

/** Every commitment as a search document, with its article's title. */
export async function searchDocs(db: PledgeDB = getDb()): Promise<SearchDoc[]> {
  const [rows, articles] = await Promise.all([db.commitments.toArray(), db.articles.toArray()])
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  return rows.map((c) => searchDocFor(c, c.articleId ? (titles.get(c.articleId) ?? null) : null))
}

/** Commitments by id, in the order asked (missing ids skipped). */
export async function commitmentsByIds(ids: readonly string[], db: PledgeDB = getDb()): Promise<Commitment[]> {
  const rows = await db.commitments.bulkGet([...ids])
  return rows.filter((r): r is NonNullable<typeof r> => r !== undefined).map(fromRow)
}

/** Sources' texts, to recognise a text imported before. */
export async function knownSources(db: PledgeDB = getDb()): Promise<KnownSource[]> {
  return (await db.sources.toArray()).map((s) => ({ id: s.id, text: s.text }))
}

/** Publication dates of all sources by id (to order pledges in time). */
export async function sourceDates(db: PledgeDB = getDb()): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>()
  await db.sources.each((s) => out.set(s.id, s.publishedOn))
  return out
}

/** Targets with a value and unit: what a later text's figures may measure. */
export async function measurableTargets(db: PledgeDB = getDb()): Promise<Commitment[]> {
  const rows = await db.commitments.where('kind').equals('target').toArray()
  return rows.filter((c) => c.value !== null && c.unit !== null).map(fromRow)
}

/** Every commitment (for lineage suggestions computed on the fly). */
export async function allCommitments(db: PledgeDB = getDb()): Promise<Commitment[]> {
  return (await db.commitments.toArray()).map(fromRow)
}


/** Every update of the given commitments (to tell an offered figure that is already recorded). */
export async function updatesOfMany(commitmentIds: readonly string[], db: PledgeDB = getDb()): Promise<Update[]> {
  if (commitmentIds.length === 0) return []
  return db.updates.where('commitmentId').anyOf([...commitmentIds]).toArray()
}

/** Every stored lineage link touching a commitment (either end, any state), by id. */
export async function linksOf(commitmentId: string, db: PledgeDB = getDb()): Promise<Link[]> {
  const [from, to] = await Promise.all([
    db.links.where('fromId').equals(commitmentId).toArray(),
    db.links.where('toId').equals(commitmentId).toArray(),
  ])
  return [...from, ...to].sort((a, b) => a.id.localeCompare(b.id))
}

/** Every stored lineage link (to follow a chain across several commitments). */
export async function allLinks(db: PledgeDB = getDb()): Promise<Link[]> {
  return db.links.orderBy('id').toArray()
}
