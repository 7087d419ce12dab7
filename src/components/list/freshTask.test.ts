import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveQuery } from 'dexie'
import { freshDb } from '../../db/testDb'
import type { PledgeDB } from '../../db/db'
import { freshTask } from './freshTask'

let db: PledgeDB
beforeAll(async () => {
  db = freshDb()
  await db.meta.bulkPut([
    { key: 'watched', value: 1 },
    { key: 'other', value: 1 },
  ])
})
afterAll(() => db.delete())

async function waitFor(ok: () => boolean) {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5))
}
const pause = () => new Promise((r) => setTimeout(r, 50))

/** How many times a live query that reads `watched` and then `other` (directly or in a fresh task) runs
 * after `other` changes. */
async function runsAfterChange(readOther: (read: () => Promise<unknown>) => Promise<unknown>): Promise<number> {
  let runs = 0
  const sub = liveQuery(async () => {
    runs++
    await db.meta.get('watched')
    return readOther(() => db.meta.get('other'))
  }).subscribe({})
  try {
    await waitFor(() => runs === 1)
    await pause()
    await db.meta.put({ key: 'other', value: Math.random() })
    await pause()
    return runs
  } finally {
    sub.unsubscribe()
  }
}

describe('freshTask', () => {
  it('a read made inside a live query subscribes it to the row (the control case)', async () => {
    expect(await runsAfterChange((read) => read())).toBe(2)
  })

  it('a read in a fresh task is not part of the live query, even when started inside it', async () => {
    expect(await runsAfterChange((read) => freshTask(read))).toBe(1)
  })

  it('passes the result and a failure through', async () => {
    expect(await freshTask(async () => 42)).toBe(42)
    await expect(freshTask(async () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    await expect(freshTask(() => { throw new Error('sync') })).rejects.toThrow('sync')
  })
})
