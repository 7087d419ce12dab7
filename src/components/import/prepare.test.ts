import { describe, expect, it } from 'vitest'
import { extract } from '../../core/extract'
import { testPack, TEST_TEXT } from '../../core/pack/testPack'
import { counts, freshDb } from '../../db/testDb'
import { importPack } from '../../db/writes'
import type { PledgeDB } from '../../db/db'
import { prepareImport, type PrepareProgress } from './prepare'

const META = { title: '', publisher: '洛阳日报', date: '2024-12-05', url: '' }
const NOW = '2024-12-06T08:00:00.000Z'
// a later report: two figures on the test pack's 3500万人次 target (the first already recorded
// there as an update), and a new pledge
const LATER =
  '老城区文旅市场持续升温\n本报讯 今年前三季度,老城区接待游客3153万人次。1-11月,老城区接待游客3620万人次。\n' +
  '下一步,老城区将力争2025年接待游客超过4000万人次。'

async function seeded(): Promise<PledgeDB> {
  const db = freshDb()
  const r = await importPack(testPack(), {}, db)
  if (!r.ok) throw new Error(r.error.message)
  return db
}

describe('prepareImport (the extract worker runs it)', () => {
  it('extracts a new text into a pack and offers its new figure (not the recorded one) as progress on an existing target', async () => {
    const db = await seeded()
    const steps: PrepareProgress[] = []
    const r = await prepareImport([{ name: '', text: LATER }], META, NOW, { db, extract, extractorVersion: 't', onProgress: (p) => steps.push(p) })
    if (!r.ok) throw new Error(r.message)
    expect(r.prepared.packs).toHaveLength(1)
    expect(r.prepared.packs[0].sources[0].publishedOn).toBe('2024-12-05')
    expect(r.prepared.packs[0].commitments.some((c) => c.quote.includes('4000万人次'))).toBe(true)
    const target = testPack().commitments.find((c) => c.quote.includes('3500万人次'))!
    expect(r.prepared.offers.filter((o) => o.targetId === target.id).map((o) => o.update.value)).toEqual([36_200_000])
    expect(r.prepared.alreadyRecorded).toBe(1)
    expect(r.prepared.targets.get(target.id)?.quote).toBe(target.quote)
    // progress goes forward through the stages and ends full
    expect(steps.map((s) => s.stage)).toEqual(['sources', 'extract', 'offers', 'offers'])
    expect(steps.at(-1)?.share).toBe(1)
  })

  it('recognises a text already in the ledger and extracts nothing for it', async () => {
    const db = await seeded()
    let extracted = 0
    const r = await prepareImport([{ name: 'again.txt', text: `\uFEFF${TEST_TEXT}\n` }], META, NOW, {
      db,
      extract: (text, o) => (extracted++, extract(text, o)),
      extractorVersion: 't',
    })
    if (!r.ok) throw new Error(r.message)
    expect(r.prepared.packs).toEqual([])
    expect(r.prepared.duplicates).toEqual([{ name: 'again.txt', sourceId: testPack().sources[0].id, same: true }])
    expect(extracted).toBe(0)
  })

  it('a failure mid-way is a value naming the stage, and the database is as it was', async () => {
    const db = await seeded()
    const before = await counts(db)
    const r = await prepareImport([{ name: '', text: LATER }], META, NOW, {
      db,
      extract: () => {
        throw new Error('out of memory')
      },
      extractorVersion: 't',
    })
    expect(r).toEqual({ ok: false, stage: 'extract', message: 'out of memory' })
    expect(await counts(db)).toEqual(before)
  })
})
