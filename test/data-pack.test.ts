// The committed seed pack must be what `npm run data:build` produces today, and must pass the
// same restore step the app runs on first start.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildSeed, PACK_FILE, readSeedText } from '../scripts/build-data'
import { restorePack } from '../src/core/pack/restore'
import { stablePackJson } from '../src/core/pack/stableJson'
import { PledgeDB } from '../src/db/db'
import { countCommitments, listCommitments } from '../src/db/queries'
import { ensureSeeded } from '../src/db/seed'

const root = fileURLToPath(new URL('..', import.meta.url))
const committed = readFileSync(root + PACK_FILE, 'utf8')

describe('data/seed-pack.json', () => {
  it('is up to date with the seed text, the outcomes and the extractor (else run npm run data:build)', () => {
    const { pack } = buildSeed()
    expect(committed, 'data/seed-pack.json is stale: run `npm run data:build` and commit it').toBe(stablePackJson(pack))
  })

  it('builds byte-identically twice in a row', () => {
    expect(stablePackJson(buildSeed().pack)).toBe(stablePackJson(buildSeed().pack))
  })

  it('passes restorePack and keeps the page text exactly', () => {
    const r = restorePack(JSON.parse(committed))
    expect(r.ok, r.ok ? '' : `${r.error.path}: ${r.error.message}`).toBe(true)
    if (!r.ok) return
    expect(r.pack.sources).toHaveLength(1)
    expect(r.pack.sources[0].text).toBe(readSeedText())
    expect(r.pack.sources[0]).toMatchObject({ publisher: '洛阳日报', publishedOn: '2024-01-14', page: null })
    for (const c of r.pack.commitments) expect(c.quote).toBe(r.pack.sources[0].text.slice(c.start, c.end))
  })

  it('loads into a fresh database once, with real statuses where outcomes were reported', async () => {
    const db = new PledgeDB('data-pack-test')
    const pack = JSON.parse(committed)
    const first = await ensureSeeded(db, async () => JSON.parse(committed), { today: '2026-11-27' })
    expect(first).toMatchObject({ ok: true, loaded: true })
    const again = await ensureSeeded(db, async () => JSON.parse(committed), { today: '2026-11-27' })
    expect(again).toMatchObject({ ok: true, loaded: false })
    expect(await countCommitments(undefined, db)).toBe(pack.commitments.length)
    const reported = new Set<string>(pack.updates.map((u: { commitmentId: string }) => u.commitmentId))
    for (const c of await listCommitments({}, undefined, db)) {
      if (reported.has(c.id)) expect(c.status, c.quote).not.toBe('no_data')
    }
    await db.delete()
  })
})
