import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommitmentFilter } from '../core/model/filter'
import { deadlineYear } from '../core/model/matchFilter'
import { type Commitment, KINDS, type Status } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import { type PledgeDB, toRow } from './db'
import {
  articlesOf, commitmentsOf, countCommitments, distinctOwners, getArticle, getCommitment, getSource,
  listCommitments, updatesFor, verdictsFor,
} from './queries'
import { freshDb } from './testDb'
import { importPack } from './writes'

const DISTRICTS = ['老城区', '西工区', '洛阳市', null]
const DEPARTMENTS = ['老城区委', '市工业和信息化局', null]
const CATEGORIES = ['文旅', '工业', '金融']
const STATUSES: Status[] = ['on_pace', 'behind', 'overdue', 'no_data', 'achieved']
const YEARS = [2024, 2025, null]

// 120 rows cycling through every field independently, written straight to the table
const base = testPack().commitments[0]
const rows: Commitment[] = Array.from({ length: 120 }, (_, i) => ({
  ...base,
  id: `cmt-q-${String(i).padStart(3, '0')}`,
  district: DISTRICTS[i % 4],
  department: DEPARTMENTS[i % 3],
  category: CATEGORIES[i % 3 === 0 ? 0 : (i >> 1) % 3],
  kind: KINDS[i % 4],
  status: STATUSES[i % 5],
  deadline: YEARS[i % 3] === null ? null : { date: `${YEARS[i % 3]}-12-31`, precision: 'year' },
  metric: i === 7 ? '翠云阁开放' : base.metric,
  start: base.start,
  end: base.end,
}))

let db: PledgeDB
beforeAll(async () => {
  db = freshDb()
  await importPack(testPack(), { today: '2024-10-15' }, db)
  await db.commitments.bulkPut(rows.map(toRow))
})
afterAll(async () => {
  await db.delete()
})

const only = (pred: (c: Commitment) => boolean) => rows.filter(pred).map((c) => c.id).sort()
const idsOf = async (f: CommitmentFilter) =>
  (await listCommitments(f, undefined, db)).map((c) => c.id).filter((id) => id.startsWith('cmt-q-')).sort()

describe('listCommitments', () => {
  it.each<[string, CommitmentFilter, (c: Commitment) => boolean]>([
    ['district', { district: ['西工区'] }, (c) => c.district === '西工区'],
    ['two districts', { district: ['西工区', '洛阳市'] }, (c) => c.district === '西工区' || c.district === '洛阳市'],
    ['department', { department: ['市工业和信息化局'] }, (c) => c.department === '市工业和信息化局'],
    ['category', { category: ['金融'] }, (c) => c.category === '金融'],
    ['kind', { kind: ['milestone'] }, (c) => c.kind === 'milestone'],
    ['status', { status: ['overdue'] }, (c) => c.status === 'overdue'],
    ['year', { year: [2025] }, (c) => deadlineYear(c) === 2025],
    ['district + status (compound index)', { district: ['老城区'], status: ['behind', 'on_pace'] }, (c) => c.district === '老城区' && (c.status === 'behind' || c.status === 'on_pace')],
    ['department + status', { department: ['老城区委'], status: ['no_data'] }, (c) => c.department === '老城区委' && c.status === 'no_data'],
    ['category + status', { category: ['工业'], status: ['achieved'] }, (c) => c.category === '工业' && c.status === 'achieved'],
    ['year + status', { year: [2024], status: ['overdue'] }, (c) => deadlineYear(c) === 2024 && c.status === 'overdue'],
    ['owner + kind + year', { district: ['洛阳市'], kind: ['qualitative'], year: [2024] }, (c) => c.district === '洛阳市' && c.kind === 'qualitative' && deadlineYear(c) === 2024],
    ['text', { q: '翠云阁' }, (c) => c.metric === '翠云阁开放'],
  ])('filters by %s', async (_name, filter, pred) => {
    const expected = only(pred)
    expect(expected.length).toBeGreaterThan(0)
    expect(await idsOf(filter)).toEqual(expected)
    expect(await countCommitments(filter, db)).toBe(expected.length + (await listCommitments(filter, undefined, db)).filter((c) => !c.id.startsWith('cmt-q-')).length)
  })

  it('returns everything for an empty filter, sorted as asked', async () => {
    const all = await listCommitments({}, { key: 'status', dir: 'asc' }, db)
    expect(all).toHaveLength(123)
    expect(await countCommitments(undefined, db)).toBe(123)
    expect(all[0].status).toBe('overdue')
    const byDeadline = await listCommitments({}, { key: 'deadline', dir: 'desc' }, db)
    expect(byDeadline[0].deadline!.date >= byDeadline[1].deadline!.date).toBe(true)
    expect(byDeadline.at(-1)!.deadline).toBeNull()
  })
})

describe('single-record and owner queries', () => {
  it('reads a source, its articles, commitments, updates and verdicts', async () => {
    const pack = testPack()
    const s = pack.sources[0]
    expect((await getSource(s.id, db))!.text).toBe(s.text)
    expect((await articlesOf(s.id, db)).map((a) => a.id)).toEqual([pack.articles[0].id])
    expect((await getArticle(pack.articles[0].id, db))!.title).toBe('一把手访谈')
    const ofSource = await commitmentsOf(s.id, db)
    expect(ofSource.filter((c) => !c.id.startsWith('cmt-q-')).map((c) => c.id)).toEqual(pack.commitments.map((c) => c.id))
    expect((await getCommitment(pack.commitments[0].id, db))!.quote).toBe(pack.commitments[0].quote)
    expect((await updatesFor(pack.commitments[0].id, db)).map((u) => u.id)).toEqual(['upd-test-1'])
    expect((await verdictsFor(pack.commitments[1].id, db)).map((v) => v.id)).toEqual(['vrd-test-1'])
    expect(await getCommitment('cmt-none', db)).toBeUndefined()
  })

  it('lists the distinct owners, categories and years the filters can offer', async () => {
    const owners = await distinctOwners(db)
    expect(new Set(owners.districts)).toEqual(new Set(['老城区', '西工区', '洛阳市']))
    expect(new Set(owners.departments)).toEqual(new Set(['老城区委', '市工业和信息化局']))
    expect(new Set(owners.categories)).toEqual(new Set(['文旅', '工业', '金融']))
    expect(owners.years).toEqual([2024, 2025])
  })
})
