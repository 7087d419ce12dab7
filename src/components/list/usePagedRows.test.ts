import { describe, expect, it } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import type { Commitment } from '../../core/model/types'
import type { ListPlan } from '../../db/listQueries'
import { PAGE_SIZE, usePagedRows, type KeyedPlan } from './usePagedRows'

// A fake table: row i of answer `v` is { id: `v:i` }; every read waits until the test releases it.
function harness() {
  const reads: { k: KeyedPlan; offset: number; release: () => void; fail: (e: Error) => void }[] = []
  const current = shallowRef<KeyedPlan | undefined>(undefined)
  const paged = usePagedRows(current, (k, offset, limit) =>
    new Promise<Commitment[]>((resolve, reject) => {
      const rows = Array.from({ length: Math.max(0, Math.min(limit, k.plan.count - offset)) }, (_, i) => ({ id: `${k.key}:${offset + i}` }) as Commitment)
      reads.push({ k, offset, release: () => resolve(rows), fail: reject })
    }),
  )
  const plan = (key: string, count: number): KeyedPlan => ({ key, sort: { key: 'position', dir: 'asc' }, plan: { count, ids: null } as ListPlan })
  const settle = async () => {
    for (let i = 0; i < 3; i++) await nextTick()
  }
  return { reads, current, paged, plan, settle }
}

describe('usePagedRows', () => {
  it('reads only the pages in view and their neighbours, then shows their rows', async () => {
    const h = harness()
    h.current.value = h.plan('a', 100_000)
    await h.settle()
    h.paged.show(80_010, 80_030)
    const asked = h.reads.map((r) => r.offset).sort((x, y) => x - y)
    // page 0 and 1 from the initial view, then 1599–1601 around row 80,010
    expect(asked).toEqual([0, PAGE_SIZE, 1599 * PAGE_SIZE, 1600 * PAGE_SIZE, 1601 * PAGE_SIZE])
    expect(h.paged.rowAt(80_010)).toBeUndefined()
    h.reads.forEach((r) => r.release())
    await h.settle()
    expect(h.paged.rowAt(80_010)?.id).toBe('a:80010')
    expect(h.paged.rowAt(30_000)).toBeUndefined()
  })

  it('a live change of the same query keeps the old rows on screen until the fresh ones arrive', async () => {
    const h = harness()
    h.current.value = h.plan('a', 120)
    await h.settle()
    h.reads.splice(0).forEach((r) => r.release())
    await h.settle()
    expect(h.paged.rowAt(3)?.id).toBe('a:3')

    h.current.value = { ...h.plan('a', 120) } // same key, a new answer
    await h.settle()
    expect(h.paged.rowAt(3)?.id).toBe('a:3')
    expect(h.reads.length).toBeGreaterThan(0)
  })

  it('a read that answers an older answer of the same query is shown, then read again', async () => {
    const h = harness()
    h.current.value = h.plan('a', 120)
    await h.settle()
    const first = h.reads.splice(0)
    h.current.value = { ...h.plan('a', 120) } // the table changed while page 0 was being read
    await h.settle()
    expect(h.reads).toHaveLength(0) // no second read while the first is under way
    first.forEach((r) => r.release())
    await h.settle()
    expect(h.paged.rowAt(0)?.id).toBe('a:0')
    expect(h.reads.map((r) => r.offset).sort((x, y) => x - y)).toEqual([0, PAGE_SIZE])
  })

  it('a new query drops the rows of the old one, and late reads of the old one are ignored', async () => {
    const h = harness()
    h.current.value = h.plan('a', 120)
    await h.settle()
    const old = h.reads.splice(0)
    h.current.value = h.plan('b', 120)
    await h.settle()
    old.forEach((r) => r.release())
    await h.settle()
    expect(h.paged.rowAt(0)).toBeUndefined()
    h.reads.splice(0).forEach((r) => r.release())
    await h.settle()
    expect(h.paged.rowAt(0)?.id).toBe('b:0')
  })

  it('a failed read is reported, and the next query clears it', async () => {
    const h = harness()
    h.current.value = h.plan('a', 10)
    await h.settle()
    h.reads.splice(0)[0].fail(new Error('disk full'))
    await h.settle()
    expect((h.paged.error.value as Error).message).toBe('disk full')
    h.current.value = h.plan('b', 10)
    await h.settle()
    expect(h.paged.error.value).toBeNull()
  })
})
