// Lineage links in the database: a person's decision is stored, read back per commitment, kept
// through imports of packs that only suggest, and carried by export → import → export unchanged.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { DataPack, Link } from '../core/model/types'
import { testPack } from '../core/pack/testPack'
import type { PledgeDB } from './db'
import { exportPack, exportPackJson } from './queries'
import { linksOf } from './reporter'
import { freshDb } from './testDb'
import { decideLink, importPack } from './writes'

const TODAY = '2024-10-15'
const AT = '2024-10-16T09:00:00.000Z'
let db: PledgeDB
afterEach(async () => {
  await db?.delete()
})

function suggested(pack: DataPack, fields: Partial<Link> = {}): Link {
  return {
    id: 'lnk-test-1',
    fromId: pack.commitments[0].id,
    toId: pack.commitments[1].id,
    relation: 'raised',
    state: 'suggested',
    score: 0.8,
    decidedBy: null,
    decidedAt: null,
    ...fields,
  }
}

async function seeded(): Promise<DataPack> {
  db = freshDb()
  const pack = testPack()
  expect((await importPack(pack, { today: TODAY }, db)).ok).toBe(true)
  return pack
}

describe('decideLink and linksOf', () => {
  it('stores a confirmation with who and when, found from either end', async () => {
    const pack = await seeded()
    const r = await decideLink(suggested(pack), 'confirmed', ' 记者甲 ', AT, db)
    expect(r).toMatchObject({ ok: true, link: { state: 'confirmed', decidedBy: '记者甲', decidedAt: AT } })
    for (const end of [pack.commitments[0].id, pack.commitments[1].id]) {
      expect(await linksOf(end, db)).toEqual([{ ...suggested(pack), state: 'confirmed', decidedBy: '记者甲', decidedAt: AT }])
    }
    expect(await linksOf(pack.commitments[2].id, db)).toEqual([])
  })

  it('a later decision replaces the earlier one (rejecting a confirmed link)', async () => {
    const pack = await seeded()
    await decideLink(suggested(pack), 'confirmed', 'a', AT, db)
    await decideLink(suggested(pack), 'rejected', 'b', '2024-10-17T09:00:00.000Z', db)
    expect(await linksOf(pack.commitments[0].id, db)).toMatchObject([{ state: 'rejected', decidedBy: 'b' }])
  })

  it('refuses a link to a missing commitment, an empty name or a self-link, and stores nothing', async () => {
    const pack = await seeded()
    const cases: [Link, string, string][] = [
      [suggested(pack, { toId: 'cmt-missing' }), 'x', 'toId'],
      [suggested(pack), '  ', 'decidedBy'],
      [suggested(pack, { toId: pack.commitments[0].id }), 'x', 'toId'],
    ]
    for (const [link, by, path] of cases) {
      const r = await decideLink(link, 'confirmed', by, AT, db)
      expect(r.ok, path).toBe(false)
      if (!r.ok) expect(r.error.path).toBe(path)
    }
    expect(await db.links.count()).toBe(0)
  })
})

describe('links in packs', () => {
  it('import writes them, never over a decision; export → import → export is identical', async () => {
    const pack = await seeded()
    await decideLink(suggested(pack), 'rejected', '记者甲', AT, db)
    const other = suggested(pack, { id: 'lnk-test-2', toId: pack.commitments[2].id })
    const incoming = { ...testPack(), links: [suggested(pack, { state: 'suggested' }), other] }
    const r = await importPack(incoming, { today: TODAY }, db)
    expect(r.ok).toBe(true)
    expect(await db.links.get('lnk-test-1')).toMatchObject({ state: 'rejected', decidedBy: '记者甲' })
    expect(await db.links.get('lnk-test-2')).toEqual(other)

    const json = await exportPackJson(db)
    expect((await exportPack(db)).links!.map((l) => l.id)).toEqual(['lnk-test-1', 'lnk-test-2'])
    const copy = freshDb()
    try {
      expect((await importPack(JSON.parse(json), { today: TODAY }, copy)).ok).toBe(true)
      expect(await exportPackJson(copy)).toBe(json)
    } finally {
      await copy.delete()
    }
  })

  it('a pack with a bad link is refused whole', async () => {
    db = freshDb()
    const pack = testPack()
    const r = await importPack({ ...pack, links: [suggested(pack, { toId: 'cmt-missing' })] }, { today: TODAY }, db)
    expect(r.ok).toBe(false)
    expect(await db.commitments.count()).toBe(0)
    expect(await db.links.count()).toBe(0)
  })

  it('a database without links exports no links key', async () => {
    await seeded()
    expect('links' in (await exportPack(db))).toBe(false)
  })
})
