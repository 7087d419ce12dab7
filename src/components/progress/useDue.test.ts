// The dashboard's due panel shows counts until the reader opens its rows: while closed, its reads
// must ask for no rows (limit 0: no cursor on the commitments), opened they read the rows and follow
// the data, closed again counts only. The query function is the real one over fake-indexeddb,
// wrapped in a spy that records the limit of every read.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, nextTick, ref } from 'vue'
import { editCommitment, importPack, localToday, setDb } from '@/db'
import { dueSummary } from '@/db/dueQueries'
import { freshDb } from '@/db/testDb'
import type { PledgeDB } from '@/db/db'
import { generatePack } from '@/core/synth/generate'
import { useDueSummary } from './useDue'

vi.mock('@/db/dueQueries', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/db/dueQueries')>()
  return { ...real, dueSummary: vi.fn(real.dueSummary) }
})
const reads = vi.mocked(dueSummary)
/** the limit of every read since `from` */
const limitsSince = (from: number) => reads.mock.calls.slice(from).map((call) => call[2])
const rowCount = (s: { rows: Record<string, unknown[]> }) => Object.values(s.rows).reduce((n, r) => n + r.length, 0)

const today = localToday()
let db: PledgeDB
beforeAll(async () => {
  db = freshDb()
  setDb(db)
  const pack = generatePack({ commitments: 400, seed: 7, today })
  expect((await importPack(pack, { today }, db)).ok).toBe(true)
})
afterAll(async () => {
  setDb(null)
  await db.delete()
})

describe('useDueSummary on the dashboard (after idle, rows only while shown)', () => {
  it('reads counts only while closed, the rows once opened and while open, counts only again once closed', async () => {
    const open = ref(false)
    const scope = effectScope()
    const { summary } = scope.run(() => useDueSummary(() => ({}), computed(() => (open.value ? 5 : 0)), true))!

    // closed: counts, and every read asked for no row
    await vi.waitFor(() => expect(summary.value).toBeDefined())
    const counts = summary.value!.counts
    expect(counts.overdue, 'the generated data has overdue commitments (else the check is vacuous)').toBeGreaterThan(5)
    expect(rowCount(summary.value!)).toBe(0)
    expect(limitsSince(0).length).toBeGreaterThan(0)
    expect(limitsSince(0).every((n) => n === 0)).toBe(true)

    // a data change while closed re-reads the counts, still without rows
    const before = reads.mock.calls.length
    const anyOverdue = (await db.commitments.where('status').equals('overdue').first())!
    expect((await editCommitment(anyOverdue.id, { category: '教育' }, '2026-12-08T00:00:00Z', { today }, db)).ok).toBe(true)
    await vi.waitFor(() => expect(reads.mock.calls.length).toBeGreaterThan(before), { timeout: 5000 })
    expect(limitsSince(before).every((n) => n === 0)).toBe(true)

    // opened: the rows arrive, at most 5 per group
    const opened = reads.mock.calls.length
    open.value = true
    await nextTick()
    await vi.waitFor(() => expect(summary.value!.limit).toBe(5))
    expect(limitsSince(opened)).toContain(5)
    expect(summary.value!.rows.overdue).toHaveLength(5)
    expect(summary.value!.counts).toEqual(counts)

    // open, a write to a shown row is shown (the rows are live)
    const shown = summary.value!.rows.overdue[0].c
    expect((await editCommitment(shown.id, { district: '栾川县' }, '2026-12-08T00:00:01Z', { today }, db)).ok).toBe(true)
    await vi.waitFor(() => expect(summary.value!.rows.overdue.find((r) => r.c.id === shown.id)?.c.district).toBe('栾川县'), { timeout: 5000 })

    // closed again: the next reads, the data change's included, ask for no row
    const closed = reads.mock.calls.length
    open.value = false
    await nextTick()
    await vi.waitFor(() => expect(summary.value!.limit).toBe(0))
    const other = (await db.commitments.where('status').equals('overdue').last())!
    const afterWrite = reads.mock.calls.length
    expect((await editCommitment(other.id, { category: '交通' }, '2026-12-08T00:00:02Z', { today }, db)).ok).toBe(true)
    await vi.waitFor(() => expect(reads.mock.calls.length).toBeGreaterThan(afterWrite), { timeout: 5000 })
    expect(limitsSince(closed).every((n) => n === 0)).toBe(true)
    expect(rowCount(summary.value!)).toBe(0)
    scope.stop()
  })
})
