import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { testPack } from '../core/pack/testPack'
import type { PledgeDB } from './db'
import { countCommitments, listCommitments } from './queries'
import { freshDb } from './testDb'
import { useLiveQuery } from './useLiveQuery'
import { importPack } from './writes'

let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

describe('useLiveQuery', () => {
  it('follows writes to the database and stops after its scope is disposed', async () => {
    db = freshDb()
    const scope = effectScope()
    const count = scope.run(() => useLiveQuery(() => countCommitments(undefined, db), -1))!
    expect(count.value).toBe(-1)
    await vi.waitFor(() => expect(count.value).toBe(0))
    await importPack(testPack(), { today: '2024-10-15' }, db)
    await vi.waitFor(() => expect(count.value).toBe(3))

    scope.stop()
    await db.commitments.delete(testPack().commitments[0].id)
    await new Promise((r) => setTimeout(r, 100))
    expect(count.value).toBe(3)
  })

  it('re-runs when a reactive input changes', async () => {
    db = freshDb()
    await importPack(testPack(), { today: '2024-10-15' }, db)
    const district = ref('老城区')
    const scope = effectScope()
    const rows = scope.run(() =>
      useLiveQuery(() => listCommitments({ district: [district.value] }, undefined, db), [], { deps: district }),
    )!
    await vi.waitFor(() => expect(rows.value).toHaveLength(2))
    district.value = '洛阳市'
    await nextTick()
    await vi.waitFor(() => expect(rows.value.map((c) => c.district)).toEqual(['洛阳市']))
    scope.stop()
  })
})
