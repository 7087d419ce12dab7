// Reads for the list, the due panel and the detail page's lineage panels that stay quick at
// 100,000 commitments: they read pages, index ranges or candidates, never the whole table at once.
// Kept apart from queries.ts (shared) so the list's paging lives in one file.
import type { Commitment, Link, Status } from '../core/model/types'
import type { CommitmentFilter, SortSpec } from '../core/model/filter'
import { compareCommitments, matchesFilter, sortField } from '../core/model/matchFilter'
import { getDb, type PledgeDB } from './db'
import { indexReads, isEmptyFilter, type OwnerField } from './filterIndex'
import type { CommitmentRow } from './schema'
import type { IdSeq } from './packedIds'

/** The page-order index: (sourceId, start, end), then the id as IndexedDB's tie-break. */
const PAGE_ORDER = '[sourceId+start+end]'
/** Rows per read when a whole table or a whole filtered set is walked: each read is one short task. */
export const CHUNK = 2000

/**
 * What the list shows for a filter and sort. `ids: null` means "the whole table in page order":
 * the rows come straight from the page-order index by offset, so opening the list reads only a
 * count and one page. Otherwise `ids` are the matching ids in order (rows are fetched per page).
 */
export interface ListPlan {
  count: number
  /** never walked whole on the page: read a slice at a time (a worker's answer is a PackedIds) */
  ids: IdSeq | null
}


/** True when the list can page through the page-order index without any id list. */
export function pagesFromIndex(filter: CommitmentFilter, sort: SortSpec): boolean {
  return isEmptyFilter(filter) && sort.key === 'position'
}

/** Computes matchingIds elsewhere (the page passes a worker, see listInWorker.ts). */
export type IdsElsewhere = (filter: CommitmentFilter, sort: SortSpec) => Promise<IdSeq>

/**
 * The list's plan: a count (index mode) or the matching ids in order. With `elsewhere` the reads and
 * the sort behind the ids run there (a status or year filter still reads tens of thousands of rows
 * at 100,000, a text filter or a sort by value the whole table); the table's count taken here keeps
 * a live query subscribed to every row, so it still re-runs on any change (more often than the
 * index ranges alone would, which writes — made by a person, one at a time — make cheap).
 */
export async function openList(
  filter: CommitmentFilter,
  sort: SortSpec,
  db: PledgeDB = getDb(),
  elsewhere?: IdsElsewhere,
): Promise<ListPlan> {
  // the table's count (not the index's): in a live query it re-runs on any write to any row, so a
  // page on screen is re-read when a row on it changes; every row has the page-order fields
  if (pagesFromIndex(filter, sort)) return { count: await db.commitments.count(), ids: null }
  if (elsewhere) {
    const [, ids] = await Promise.all([db.commitments.count(), elsewhere(filter, sort)])
    return { count: ids.length, ids }
  }
  const ids = await matchingIds(filter, sort, db)
  return { count: ids.length, ids }
}

/**
 * Rows `offset … offset+limit` of a plan. Index mode walks the page-order index keys only (a key
 * cursor skips rows without reading them: IndexedDB has no random access, and a value cursor's
 * skip was about twice as slow in Chromium at 100,000 rows), then reads the page's rows by id.
 * Descending page order is the index reversed: rows sharing one exact span (same source, start and
 * end) then come in descending id order, where listCommitments puts them ascending.
 */
export async function listPage(
  plan: ListPlan,
  sort: SortSpec,
  offset: number,
  limit: number,
  db: PledgeDB = getDb(),
): Promise<Commitment[]> {
  let ids = plan.ids?.slice(offset, offset + limit)
  if (ids === undefined) {
    const index = db.commitments.orderBy(PAGE_ORDER)
    ids = (await (sort.dir === 'desc' ? index.reverse() : index).offset(offset).limit(limit).primaryKeys()) as string[]
  }
  const rows = await db.commitments.bulkGet(ids)
  return rows.filter((c): c is CommitmentRow => c !== undefined)
}

/** Every id in page order (descending: the same list reversed), keys only: no row is read. */
export async function pageOrderIds(sort: SortSpec, db: PledgeDB = getDb()): Promise<string[]> {
  const ids = (await db.commitments.orderBy(PAGE_ORDER).primaryKeys()) as string[]
  return sort.dir === 'desc' ? ids.reverse() : ids
}

/** Every row of a plan, in order, read in chunks by id (CSV export and print of the filtered set). */
export async function listAll(plan: ListPlan, sort: SortSpec, db: PledgeDB = getDb()): Promise<Commitment[]> {
  const ids: IdSeq = plan.ids ?? (await pageOrderIds(sort, db))
  const out: Commitment[] = []
  for (let at = 0; at < ids.length; at += CHUNK) {
    const rows = await db.commitments.bulkGet(ids.slice(at, at + CHUNK))
    for (const c of rows) if (c !== undefined) out.push(c)
  }
  return out
}

/**
 * The ids matching `filter`, in `sort` order — exactly listCommitments' order. One index narrows
 * the rows (as queries.ts does); only a small projection of each match is kept and sorted, so
 * 100,000 rows are never held at once, and string keys are compared by rank (a Chinese collator
 * per comparison is ~100× slower than comparing two numbers).
 */
export async function matchingIds(filter: CommitmentFilter, sort: SortSpec, db: PledgeDB = getDb()): Promise<string[]> {
  const slim: Slim[] = []
  await eachCandidateChunk(db, filter, (rows) => {
    for (const c of rows) if (matchesFilter(c, filter)) slim.push(slimOf(c, sort))
  })
  return sortSlim(slim, sort).map((s) => s.id)
}

// --- sorting by rank ------------------------------------------------------------------------------

interface Slim {
  id: string
  sourceId: string
  start: number
  end: number
  /** the sort key's value (null: none, goes last in both directions); replaced by its rank */
  key: string | number | null
  rank: number
}


function slimOf(c: Commitment, sort: SortSpec): Slim {
  return { id: c.id, sourceId: c.sourceId, start: c.start, end: c.end, key: sortField(c, sort.key), rank: 0 }
}

/** A commitment that differs from another only in the sort key: compareCommitments on two of these compares keys alone. */
function probe(sort: SortSpec, key: string | number): Commitment {
  const base = { id: '', sourceId: '', start: 0, end: 0, deadline: null, value: null, district: null, department: null, status: 'no_data' }
  const field =
    sort.key === 'deadline' ? { deadline: { date: key, precision: 'day' } } : sort.key === 'position' ? {} : { [sort.key]: key }
  return { ...base, ...field } as unknown as Commitment
}

function sortSlim(rows: Slim[], sort: SortSpec): Slim[] {
  const sign = sort.dir === 'desc' ? -1 : 1
  if (sort.key !== 'position') {
    // rank the distinct keys once with the core comparator itself (ascending), so the order is the same by construction
    const cmp = compareCommitments({ key: sort.key, dir: 'asc' })
    const distinct = [...new Set(rows.map((r) => r.key).filter((k): k is string | number => k !== null))]
    const probes = distinct.map((k) => ({ k, c: probe(sort, k) })).sort((a, b) => cmp(a.c, b.c))
    const rank = new Map<string | number, number>()
    probes.forEach((p, i) => rank.set(p.k, i > 0 && cmp(probes[i - 1].c, p.c) === 0 ? rank.get(probes[i - 1].k)! : i))
    for (const r of rows) r.rank = r.key === null ? -1 : rank.get(r.key)!
  }
  const posSign = sort.key === 'position' ? sign : 1
  return rows.sort((a, b) => {
    if (a.rank !== b.rank) {
      if (a.rank === -1) return 1
      if (b.rank === -1) return -1
      return sign * (a.rank - b.rank)
    }
    const byPosition =
      a.sourceId === b.sourceId ? a.start - b.start || a.end - b.end : a.sourceId < b.sourceId ? -1 : 1
    return posSign * byPosition || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  })
}

// --- reading candidates ---------------------------------------------------------------------------

/**
 * Calls `each` with chunks of rows that may match `filter`: a key at a time through the filter's
 * index (filterIndex.ts), else the whole table by primary key in chunks.
 */
async function eachCandidateChunk(db: PledgeDB, f: CommitmentFilter, each: (rows: CommitmentRow[]) => void): Promise<void> {
  const t = db.commitments
  const reads = indexReads(f)
  if (reads) {
    for (const k of reads.keys) each(await t.where(reads.index).equals(k).toArray())
    return
  }
  // the whole table, a chunk at a time: each read is its own task, so the page keeps drawing
  let rows = await t.limit(CHUNK).toArray()
  while (rows.length > 0) {
    each(rows)
    if (rows.length < CHUNK) break
    rows = await t.where(':id').above(rows[rows.length - 1].id).limit(CHUNK).toArray()
  }
}

// --- due --------------------------------------------------------------------------------------------

/**
 * Commitments whose deadline date lies in [from, to] (ISO dates, inclusive) and whose status is
 * one of `statuses`, through the `deadline.date` index: a 90-day window reads a 90-day slice.
 */
export async function dueBetween(
  from: string,
  to: string,
  statuses: readonly Status[],
  db: PledgeDB = getDb(),
): Promise<Commitment[]> {
  if (from > to) return []
  const want = new Set(statuses)
  const rows = await db.commitments.where('deadline.date').between(from, to, true, true).toArray()
  return rows.filter((c) => want.has(c.status))
}

/**
 * Commitments in `statuses` whose deadline is before `before` (ISO date): the overdue candidates.
 * Past years come from the [year+status] index, so settled rows of past years are never read;
 * the current year's part comes from the deadline index.
 */
export async function openBefore(before: string, statuses: readonly Status[], db: PledgeDB = getDb()): Promise<Commitment[]> {
  const year = Number(before.slice(0, 4))
  const years = ((await db.commitments.orderBy('year').uniqueKeys()) as number[]).filter((y) => y < year)
  const past = await Promise.all(
    years.flatMap((y) => statuses.map((s) => db.commitments.where('[year+status]').equals([y, s]).toArray())),
  )
  const thisYear = await dueBetween(`${year}-01-01`, before, statuses, db)
  return [...past.flat(), ...thisYear.filter((c) => c.deadline!.date < before)]
}

// --- lineage ----------------------------------------------------------------------------------------

/**
 * Every link reachable from `id` through links of any state, following confirmed links only
 * (what a chain is made of), read through the links table's fromId/toId indexes.
 */
export async function linksAround(id: string, db: PledgeDB = getDb()): Promise<Link[]> {
  const seen = new Set<string>([id])
  const found = new Map<string, Link>()
  let frontier = [id]
  while (frontier.length > 0) {
    const [from, to] = await Promise.all([
      db.links.where('fromId').anyOf(frontier).toArray(),
      db.links.where('toId').anyOf(frontier).toArray(),
    ])
    const next: string[] = []
    for (const l of [...from, ...to]) {
      found.set(l.id, l)
      if (l.state !== 'confirmed') continue
      for (const x of [l.fromId, l.toId]) {
        if (seen.has(x)) continue
        seen.add(x)
        next.push(x)
      }
    }
    frontier = next
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The commitments a detail page's lineage panels compare with, read through small indexes instead
 * of the whole table: for each of `around`, those of the same district and of the same department;
 * for one without a district (which may match across districts) those of the same category too;
 * plus the rows with these ids. suggestLinks never pairs two different districts, so what this
 * leaves out are other owners' rows that have no district themselves.
 */
export async function lineageCandidates(
  around: readonly Commitment[],
  ids: readonly string[],
  db: PledgeDB = getDb(),
): Promise<Commitment[]> {
  const t = db.commitments
  const reads: Promise<CommitmentRow[]>[] = []
  const asked = new Set<string>()
  const ask = (field: OwnerField, v: string | null) => {
    if (v === null || asked.has(`${field}|${v}`)) return
    asked.add(`${field}|${v}`)
    reads.push(t.where(field).equals(v).toArray())
  }
  for (const c of around) {
    ask('district', c.district)
    ask('department', c.department)
    if (c.district === null) ask('category', c.category)
  }
  reads.push(t.bulkGet([...ids]).then((xs) => xs.filter((x): x is CommitmentRow => x !== undefined)))
  const byId = new Map<string, Commitment>()
  for (const rows of await Promise.all(reads)) for (const c of rows) byId.set(c.id, c)
  return [...byId.values()]
}

/** The commitments of a source (the report a "not mentioned again" check looks at). */
export function commitmentsOfSource(sourceId: string, db: PledgeDB = getDb()): Promise<Commitment[]> {
  return db.commitments.where('sourceId').equals(sourceId).toArray()
}
