import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveQuery } from 'dexie'
import type { CommitmentFilter, SortKey, SortSpec } from '../core/model/filter'
import { type Commitment, KINDS, type Link, type Status } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import { type PledgeDB, toRow } from './db'
import { listCommitments } from './queries'
import {
  CHUNK, commitmentsOfSource, dueBetween, lineageCandidates, linksAround, listAll, listPage, matchingIds, openBefore,
  openList, pageOrderIds, pagesFromIndex,
} from './listQueries'
import { freshDb } from './testDb'
import { importPack } from './writes'

const DISTRICTS = ['老城区', '西工区', '洛阳市', '涧西区', null]
const DEPARTMENTS = ['老城区委', '市工业和信息化局', null]
const CATEGORIES = ['文旅', '工业', '金融']
const STATUSES: Status[] = ['on_pace', 'behind', 'overdue', 'no_data', 'achieved', 'not_yet']
const DATES = ['2024-03-01', '2024-10-10', '2024-10-15', '2024-12-31', '2025-01-05', '2025-06-30', '2023-05-01', null]
const VALUES = [5, 100, 2.5, null, 100, 3000]

// Rows cycling through every field independently. A few share a source and a span with another row
// (ties broken by id), most have a span of their own; two sources interleave.
const base = testPack().commitments[0]
const N = 2 * CHUNK + 37 // more than two chunks: the whole-table walk crosses chunk boundaries
const rows: Commitment[] = Array.from({ length: N }, (_, i) => ({
  ...base,
  id: `cmt-l-${String((i * 7919) % N).padStart(5, '0')}`,
  sourceId: i % 2 === 0 ? base.sourceId : `${base.sourceId}-b`,
  start: i % 50 === 0 ? 3 : 10 + i,
  end: i % 50 === 0 ? 5 : 12 + i,
  district: DISTRICTS[i % 5],
  department: DEPARTMENTS[i % 3],
  category: CATEGORIES[(i >> 1) % 3],
  kind: KINDS[i % 4],
  status: STATUSES[i % 6],
  value: VALUES[i % 6],
  deadline: DATES[i % 8] === null ? null : { date: DATES[i % 8]!, precision: 'day' },
  metric: i === 11 ? '翠云阁开放' : base.metric,
}))

let db: PledgeDB
beforeAll(async () => {
  db = freshDb()
  await importPack(testPack(), { today: '2024-10-15' }, db)
  // the sources of the rows must exist for nothing here, but the second source id keeps pages honest
  await db.commitments.bulkPut(rows.map(toRow))
})
afterAll(async () => {
  await db.delete()
})

const SORTS: SortKey[] = ['position', 'deadline', 'value', 'district', 'department', 'status']
const ids = (xs: Commitment[]) => xs.map((c) => c.id)
async function waitFor(ok: () => boolean) {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(ok()).toBe(true)
}

describe('matchingIds: the same rows in the same order as listCommitments', () => {
  const filters: [string, CommitmentFilter][] = [
    ['no filter', {}],
    ['district', { district: ['老城区', '涧西区'] }],
    ['department + status', { department: ['老城区委'], status: ['on_pace', 'no_data'] }],
    ['year', { year: [2024] }],
    ['kind', { kind: ['target'] }],
    ['status', { status: ['no_data'] }],
    ['text', { q: '翠云阁' }],
  ]
  for (const [name, filter] of filters) {
    it.each(SORTS.flatMap((key) => [{ key, dir: 'asc' }, { key, dir: 'desc' }] as SortSpec[]))(`${name}, %o`, async (sort) => {
      const expected = ids(await listCommitments(filter, sort, db))
      expect(expected.length).toBeGreaterThan(0)
      expect(await matchingIds(filter, sort, db)).toEqual(expected)
    })
  }
})

describe('openList and listPage', () => {
  it('pages the whole table from the page-order index without an id list', async () => {
    const sort: SortSpec = { key: 'position', dir: 'asc' }
    expect(pagesFromIndex({}, sort)).toBe(true)
    const plan = await openList({}, sort, db)
    expect(plan.ids).toBeNull()
    const expected = ids(await listCommitments({}, sort, db))
    expect(plan.count).toBe(expected.length)
    expect(ids(await listPage(plan, sort, 0, 50, db))).toEqual(expected.slice(0, 50))
    expect(ids(await listPage(plan, sort, 4000, 50, db))).toEqual(expected.slice(4000, 4050))
    expect(ids(await listPage(plan, sort, plan.count - 10, 50, db))).toEqual(expected.slice(-10))
    expect(ids(await listAll(plan, sort, db))).toEqual(expected)
    expect(await pageOrderIds(sort, db)).toEqual(expected)
  })

  it('descending page order is the index reversed (rows sharing one span: descending id)', async () => {
    const sort: SortSpec = { key: 'position', dir: 'desc' }
    const plan = await openList({}, sort, db)
    expect(plan.ids).toBeNull()
    const got = ids(await listAll(plan, sort, db))
    const expected = ids(await listCommitments({}, sort, db))
    expect(new Set(got)).toEqual(new Set(expected))
    const span = (id: string) => {
      const c = rows.find((r) => r.id === id) ?? testPack().commitments.find((r) => r.id === id)!
      return `${c.sourceId}|${c.start}|${c.end}`
    }
    // same spans in the same order; only the order within one span differs
    expect(got.map(span)).toEqual(expected.map(span))
  })

  it('uses an id list for filters and other sorts, and pages through it', async () => {
    const filter: CommitmentFilter = { district: ['西工区'] }
    const sort: SortSpec = { key: 'value', dir: 'desc' }
    expect(pagesFromIndex(filter, sort)).toBe(false)
    const plan = await openList(filter, sort, db)
    const expected = ids(await listCommitments(filter, sort, db))
    expect(plan.ids).toEqual(expected)
    expect(plan.count).toBe(expected.length)
    expect(ids(await listPage(plan, sort, 100, 25, db))).toEqual(expected.slice(100, 125))
    expect(ids(await listAll(plan, sort, db))).toEqual(expected)
  })

  it('hands filters and other sorts to `elsewhere` (the worker), never the page order', async () => {
    const asked: string[] = []
    const elsewhere = async (f: CommitmentFilter, sort: SortSpec) => {
      asked.push(JSON.stringify([f, sort]))
      return matchingIds(f, sort, db)
    }
    const byValue: SortSpec = { key: 'value', dir: 'asc' }
    const plan = await openList({}, byValue, db, elsewhere)
    expect(plan.ids).toEqual(ids(await listCommitments({}, byValue, db)))
    expect(plan.count).toBe(plan.ids!.length)
    expect((await openList({ status: ['behind'] }, byValue, db, elsewhere)).ids).toEqual(ids(await listCommitments({ status: ['behind'] }, byValue, db)))
    expect((await openList({}, { key: 'position', dir: 'asc' }, db, elsewhere)).ids).toBeNull()
    expect(asked).toEqual([JSON.stringify([{}, byValue]), JSON.stringify([{ status: ['behind'] }, byValue])])
  })

  it('a live query over a plan made elsewhere still re-runs when a row changes', async () => {
    const sort: SortSpec = { key: 'value', dir: 'desc' }
    // elsewhere reads nothing in this zone (as a worker would not): only openList's own count subscribes
    const elsewhere = () => new Promise<string[]>((resolve) => setTimeout(() => resolve(['x']), 0))
    let runs = 0
    const sub = liveQuery(async () => {
      runs++
      return openList({ kind: ['target'] }, sort, db, elsewhere)
    }).subscribe({})
    try {
      await waitFor(() => runs === 1)
      await new Promise((r) => setTimeout(r, 20))
      await db.commitments.update(rows[3].id, { metric: '改过' })
      await waitFor(() => runs === 2)
    } finally {
      sub.unsubscribe()
      await db.commitments.update(rows[3].id, { metric: rows[3].metric })
    }
  })

  it('skips ids whose rows were deleted since the plan was made', async () => {
    const plan = { count: 3, ids: ['cmt-none', rows[0].id, 'cmt-none-2'] }
    expect(ids(await listPage(plan, { key: 'value', dir: 'asc' }, 0, 3, db))).toEqual([rows[0].id])
  })
})

const all = () => db.commitments.toArray()

describe('due reads', () => {
  const OPEN: Status[] = ['on_pace', 'behind', 'overdue', 'not_yet', 'no_data']

  it('dueBetween reads a date window (inclusive) of the given statuses', async () => {
    const got = await dueBetween('2024-10-15', '2025-01-05', OPEN, db)
    const expected = (await all()).filter(
      (c) => c.deadline && c.deadline.date >= '2024-10-15' && c.deadline.date <= '2025-01-05' && OPEN.includes(c.status),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(ids(got).sort()).toEqual(ids(expected).sort())
    expect(await dueBetween('2025-01-06', '2024-01-01', OPEN, db)).toEqual([])
  })

  it('openBefore reads open rows whose deadline passed, past years and this year alike', async () => {
    const got = await openBefore('2024-10-15', OPEN, db)
    const expected = (await all()).filter((c) => c.deadline && c.deadline.date < '2024-10-15' && OPEN.includes(c.status))
    expect(new Set(expected.map((c) => c.deadline!.date.slice(0, 4)))).toEqual(new Set(['2023', '2024']))
    expect(ids(got).sort()).toEqual(ids(expected).sort())
  })
})

describe('lineage reads', () => {
  const link = (id: string, fromId: string, toId: string, state: Link['state']): Link => ({
    id, fromId, toId, relation: 'restated', state, score: 0.9, decidedBy: null, decidedAt: null,
  })

  it('linksAround follows confirmed links from either end and reports every link it touched', async () => {
    const [a, b, c, d, e] = rows.slice(0, 5).map((r) => r.id)
    await db.links.bulkPut([
      link('l1', a, b, 'confirmed'),
      link('l2', c, b, 'confirmed'),
      link('l3', c, d, 'suggested'),
      link('l4', d, e, 'confirmed'),
    ])
    // from b: l1 and l2 are followed (a, c), l3 is seen at c but not followed, so l4 is never reached
    expect((await linksAround(b, db)).map((l) => l.id)).toEqual(['l1', 'l2', 'l3'])
    expect((await linksAround(e, db)).map((l) => l.id)).toEqual(['l3', 'l4'])
    expect(await linksAround('cmt-alone', db)).toEqual([])
    await db.links.clear()
  })

  it('lineageCandidates: same district and department, the category only without a district, plus the asked ids', async () => {
    const everything = await all()
    const c = rows.find((r) => r.district === '涧西区' && r.department === '老城区委')!
    const extra = rows.find((r) => r.district === '老城区' && r.category !== c.category)!
    const got = await lineageCandidates([c], [extra.id, 'cmt-none'], db)
    const expected = everything.filter((r) => r.district === '涧西区' || r.department === '老城区委' || r.id === extra.id)
    expect(ids(got).sort()).toEqual(ids(expected).sort())

    const loose = rows.find((r) => r.district === null && r.department === null)!
    const wide = await lineageCandidates([loose], [], db)
    expect(ids(wide).sort()).toEqual(ids(everything.filter((r) => r.category === loose.category)).sort())
    expect(wide.length).toBeLessThan(everything.length)
  })

  it('commitmentsOfSource reads one source', async () => {
    const got = await commitmentsOfSource(`${base.sourceId}-b`, db)
    expect(got).toHaveLength(rows.filter((r) => r.sourceId === `${base.sourceId}-b`).length)
  })
})
