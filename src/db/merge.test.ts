// Re-importing the app's own export: nothing is new, nothing is rewritten, and the counts say so.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { DataPack } from '../core/model/types'
import type { PledgeDB } from './db'
import { exportPack, exportPackJson } from './queries'
import { freshDb } from './testDb'
import { addUpdate, addVerdict, decideLink, editCommitment, importPack } from './writes'

const TODAY = '2024-10-15'
const AT = '2024-10-15T08:00:00.000Z'
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

/** Rows of every table, the stats and meta rows included. */
async function tableCounts(d: PledgeDB): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.count()] as const)))
}

/** The seed plus a person's work of every kind: an edit, an update, a verdict, a decided link. */
async function ledgerWithPersonWork(): Promise<PledgeDB> {
  const d = freshDb()
  const seed = JSON.parse(readFileSync('data/seed-pack.json', 'utf8')) as DataPack
  expect((await importPack(seed, { today: TODAY }, d)).ok).toBe(true)
  const [a, b, c, e] = seed.commitments.filter((x) => x.kind === 'target')
  expect((await editCommitment(a.id, { metric: '接待游客(人工改)' }, AT, { today: TODAY }, d)).ok).toBe(true)
  const upd = { ...seed.updates[0], id: 'upd-person', commitmentId: b.id, enteredBy: '记者甲', enteredAt: AT, origin: 'person' as const }
  expect((await addUpdate(upd, { today: TODAY }, d)).ok).toBe(true)
  expect((await addVerdict({ id: 'vrd-p', commitmentId: c.id, verdict: 'dropped', reason: '不再提及', enteredBy: '记者甲', enteredAt: AT }, { today: TODAY }, d)).ok).toBe(true)
  const link = { id: 'lnk-p', fromId: a.id, toId: e.id, relation: 'raised' as const, state: 'suggested' as const, score: 0.8, decidedBy: null, decidedAt: null }
  expect((await decideLink(link, 'confirmed', '记者甲', AT, d)).ok).toBe(true)
  return d
}

describe('importing the own export into the same database', () => {
  it('reports nothing new, writes nothing and leaves every table as it was', async () => {
    db = await ledgerWithPersonWork()
    const text = await exportPackJson(db)
    const pack = JSON.parse(text) as DataPack
    const records = pack.sources.length + pack.articles.length + pack.commitments.length + pack.updates.length + pack.verdicts.length + (pack.links?.length ?? 0)
    const before = await tableCounts(db)
    // a write of any row would fire these hooks: none may
    const written: string[] = []
    for (const t of db.tables) t.hook('updating', (_m, key) => void written.push(`${t.name}:${String(key)}`))
    const r = await importPack(pack, { today: TODAY }, db)
    expect(r).toEqual({ ok: true, counts: { added: 0, replaced: 0, kept: 0, unchanged: records, removed: 0 }, rejected: [] })
    expect(written.filter((w) => !w.startsWith('stats:'))).toEqual([])
    expect(await tableCounts(db)).toEqual(before)
    expect(await exportPackJson(db)).toBe(text)
  })

  it('still counts a real change: one edited record is "updated", a new one "added", the rest unchanged', async () => {
    db = await ledgerWithPersonWork()
    const pack = await exportPack(db)
    const plain = pack.commitments.findIndex((c) => c.origin === 'extractor' && c.reviewedAt === null)
    pack.commitments[plain] = { ...pack.commitments[plain], metric: '改过的读法' }
    pack.verdicts.push({ ...pack.verdicts[0], id: 'vrd-new' })
    const person = pack.commitments.findIndex((c) => c.reviewedAt !== null)
    pack.commitments[person] = { ...pack.commitments[person], metric: '导入想改人工记录' }
    const total = pack.sources.length + pack.articles.length + pack.commitments.length + pack.updates.length + pack.verdicts.length + (pack.links?.length ?? 0)
    const r = await importPack(pack, { today: TODAY }, db)
    expect(r).toMatchObject({ ok: true, counts: { added: 1, replaced: 1, kept: 1, unchanged: total - 3 } })
    expect((await db.commitments.get(pack.commitments[person].id))?.metric).toBe('接待游客(人工改)')
  })
})
