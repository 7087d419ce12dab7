// Named read queries: the ONLY place that knows which indexes exist. Each takes the database
// last and defaults to the app-wide one, so views call getCommitment(id) and tests pass their own.
import type { Article, Commitment, DataPack, Source, Update, Verdict } from '../core/model/types'
import { SCHEMA_VERSION } from '../core/model/types'
import type { CommitmentFilter, SortSpec } from '../core/model/filter'
import { compareCommitments, matchesFilter } from '../core/model/matchFilter'
import { fromRow, getDb, type PledgeDB } from './db'
import { type CommitmentRow, META_LAST_EXPORT } from './schema'
import { indexReads, isEmptyFilter } from './filterIndex'
import { stablePackJson } from '../core/pack/stableJson'
import type { DashboardAggregate } from '../core/aggregate/dashboard'
import { dashboardFromStats } from '../core/aggregate/stats'

export const DEFAULT_SORT: SortSpec = { key: 'position', dir: 'asc' }

export function getCommitment(id: string, db: PledgeDB = getDb()): Promise<Commitment | undefined> {
  return db.commitments.get(id)
}

export function getSource(id: string, db: PledgeDB = getDb()): Promise<Source | undefined> {
  return db.sources.get(id)
}

export function getArticle(id: string, db: PledgeDB = getDb()): Promise<Article | undefined> {
  return db.articles.get(id)
}

/** The articles of a source in page order. */
export function articlesOf(sourceId: string, db: PledgeDB = getDb()): Promise<Article[]> {
  return db.articles.where('sourceId').equals(sourceId).sortBy('start')
}

/** The commitments of a source in page order. */
export async function commitmentsOf(sourceId: string, db: PledgeDB = getDb()): Promise<Commitment[]> {
  const rows = await db.commitments.where('sourceId').equals(sourceId).toArray()
  return rows.sort(compareCommitments(DEFAULT_SORT))
}

/** Every update of a commitment, superseded ones included, oldest observation first. */
export async function updatesFor(commitmentId: string, db: PledgeDB = getDb()): Promise<Update[]> {
  const rows = await db.updates.where('commitmentId').equals(commitmentId).toArray()
  return rows.sort((a, b) => cmp(a.observedOn, b.observedOn) || cmp(a.enteredAt, b.enteredAt) || cmp(a.id, b.id))
}

/** Every verdict of a commitment, oldest first. */
export async function verdictsFor(commitmentId: string, db: PledgeDB = getDb()): Promise<Verdict[]> {
  const rows = await db.verdicts.where('commitmentId').equals(commitmentId).toArray()
  return rows.sort((a, b) => cmp(a.enteredAt, b.enteredAt) || cmp(a.id, b.id))
}

/**
 * Commitments matching `filter`, sorted. One index narrows the rows (a compound owner+status
 * index when both are filtered), then matchesFilter decides exactly, so results never depend on
 * which index was used.
 */
export async function listCommitments(
  filter: CommitmentFilter = {},
  sort: SortSpec = DEFAULT_SORT,
  db: PledgeDB = getDb(),
): Promise<Commitment[]> {
  const rows = (await narrow(db, filter)).filter((c) => matchesFilter(c, filter))
  return rows.sort(compareCommitments(sort))
}

/**
 * The ids of the commitments matching `filter`, in `sort` order, for a list that fetches rows
 * per visible page (getCommitmentsByIds). The whole table in page order comes from the
 * [sourceId+start+end] index as keys only: no row is deserialised, which is what makes the
 * list open quickly at 100,000 rows. Other filters and sorts narrow and sort rows as
 * listCommitments does (same order, exactly).
 */
export async function listCommitmentIds(
  filter: CommitmentFilter = {},
  sort: SortSpec = DEFAULT_SORT,
  db: PledgeDB = getDb(),
): Promise<string[]> {
  if (isEmptyFilter(filter) && sort.key === 'position' && sort.dir === 'asc') {
    // index order is (sourceId, start, end) then primary key: compareCommitments' order for 'position'
    return (await db.commitments.orderBy('[sourceId+start+end]').primaryKeys()) as string[]
  }
  return (await listCommitments(filter, sort, db)).map((c) => c.id)
}

/** The commitments with these ids, in the same order (a page of the list); missing ids are skipped. */
export async function getCommitmentsByIds(ids: string[], db: PledgeDB = getDb()): Promise<Commitment[]> {
  return (await db.commitments.bulkGet(ids)).filter((c): c is CommitmentRow => c !== undefined)
}

/**
 * The dashboard's figures from the maintained counts (the `stats` table, a few hundred rows),
 * never from the commitments themselves: milliseconds at any size. Equal to aggregating every
 * row's stored status (stats.ts keeps the counts in the same transaction as each write).
 */
export async function dashboardStats(today: string, db: PledgeDB = getDb()): Promise<DashboardAggregate> {
  return dashboardFromStats(await db.stats.toArray(), { today })
}

/** Number of commitments, all or those matching `filter`. */
export async function countCommitments(filter?: CommitmentFilter, db: PledgeDB = getDb()): Promise<number> {
  if (!filter || isEmptyFilter(filter)) return db.commitments.count()
  return (await narrow(db, filter)).filter((c) => matchesFilter(c, filter)).length
}

export interface Owners {
  districts: string[]
  departments: string[]
  categories: string[]
  years: number[]
}

/** The values the filters can offer, read from the indexes (no row is loaded). */
export async function distinctOwners(db: PledgeDB = getDb()): Promise<Owners> {
  const keys = (index: string) => db.commitments.orderBy(index).uniqueKeys()
  const [districts, departments, categories, years] = await Promise.all([
    keys('district'),
    keys('department'),
    keys('category'),
    keys('year'),
  ])
  const collator = new Intl.Collator('zh-CN')
  const zh = (xs: unknown[]) => (xs as string[]).sort(collator.compare)
  return {
    districts: zh(districts),
    departments: zh(departments),
    categories: zh(categories),
    years: (years as number[]).sort((a, b) => a - b),
  }
}

/** The whole database as a data pack (rows in id order, derived index fields dropped). */
export async function exportPack(db: PledgeDB = getDb(), generatedBy?: string): Promise<DataPack> {
  return db.transaction('r', [db.sources, db.articles, db.commitments, db.updates, db.verdicts, db.links], async () => {
    const links = await db.links.orderBy('id').toArray()
    return {
      schemaVersion: SCHEMA_VERSION,
      ...(generatedBy ? { generatedBy } : {}),
      sources: await db.sources.orderBy('id').toArray(),
      articles: await db.articles.orderBy('id').toArray(),
      commitments: (await db.commitments.orderBy('id').toArray()).map(fromRow),
      updates: await db.updates.orderBy('id').toArray(),
      verdicts: await db.verdicts.orderBy('id').toArray(),
      // no key when there are none: packs from before lineage export unchanged
      ...(links.length > 0 ? { links } : {}),
    }
  })
}

/** The export file's text: deterministic, so export → import → export gives identical bytes. */
export async function exportPackJson(db: PledgeDB = getDb(), generatedBy?: string): Promise<string> {
  return stablePackJson(await exportPack(db, generatedBy))
}

/** When the last export (backup) was made, or null if never. */
export async function lastExportAt(db: PledgeDB = getDb()): Promise<string | null> {
  const row = await db.meta.get(META_LAST_EXPORT)
  return typeof row?.value === 'string' ? row.value : null
}

// --- index choice -----------------------------------------------------------------------------

/**
 * Rows that may match, read through one index. Each key is read with its own equals() query:
 * those use getAll() on a key range, which is many times faster than the cursor walks that
 * anyOf() or a Collection.filter() need (the list must stay quick at 100 000 rows).
 */
async function narrow(db: PledgeDB, f: CommitmentFilter): Promise<CommitmentRow[]> {
  const reads = indexReads(f)
  if (!reads) return db.commitments.toArray()
  return (await Promise.all(reads.keys.map((k) => db.commitments.where(reads.index).equals(k).toArray()))).flat()
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
