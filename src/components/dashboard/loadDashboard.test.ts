import { describe, expect, it } from 'vitest'
import { freshDb } from '@/db/testDb'
import { editCommitment, importPack, listCommitments, refreshStatuses } from '@/db'
import { aggregateDashboard } from '@/core/aggregate'
import { generatePack } from '@/core/synth/generate'
import { loadDashboard } from './loadDashboard'

describe('loadDashboard', () => {
  it('gives what a pass over every stored row gives, after imports, edits and a new day', async () => {
    const db = freshDb()
    const pack = generatePack({ commitments: 600, seed: 3, today: '2024-06-01' })
    expect((await importPack(pack, { today: '2024-06-01' }, db)).ok).toBe(true)
    const check = async (today: string) => {
      const agg = await loadDashboard(db, today)
      expect(agg).toEqual(aggregateDashboard(await listCommitments({}, undefined, db), { today }))
      return agg
    }
    expect((await check('2024-06-01')).total).toBe(600)
    // a person moves one commitment to another district and category
    const [first] = pack.commitments
    expect((await editCommitment(first.id, { district: '栾川县', category: '教育' }, '2024-06-02T00:00:00Z', { today: '2024-06-01' }, db)).ok).toBe(true)
    const agg = await check('2024-06-01')
    expect(agg.byDistrict.rows.find((r) => r.key === '栾川县')?.total).toBeGreaterThan(0)
    // a year later many deadlines have passed: statuses move, and the counts with them
    expect((await refreshStatuses('2025-06-01', db)).ok).toBe(true)
    await check('2025-06-01')
    db.close()
  })

  it('gives an empty aggregate for an empty database', async () => {
    const db = freshDb()
    const agg = await loadDashboard(db, '2024-06-01')
    expect(agg.total).toBe(0)
    expect(agg.byDistrict.rows).toEqual([])
    db.close()
  })
})
