// How long the backup reminder's count (backupState, src/db/storage.ts) takes over a database with
// many sources, in Node with fake-indexeddb: it runs after every write on every page, so it must
// not read every source's text. Prints figures; nothing fails on timing.
//   npx tsx scripts/bench-backup-state.ts [sources=10000]
import 'fake-indexeddb/auto'
import { generatePack } from '../src/core/synth/generate'
import { PledgeDB } from '../src/db/db'
import { META_STORAGE, backupState } from '../src/db/storage'
import { importPack } from '../src/db/writes'

const sources = Number(process.argv[2] ?? 10_000)
const db = new PledgeDB(`bench-backup-${Date.now()}`)
// two commitments per source: many sources (each with its full text), as an archive of pages has
let t = performance.now()
const pack = generatePack({ commitments: sources * 2, perSource: 2, seed: 7 })
// person-made work newer than the baseline: a quarter of the updates
pack.updates.forEach((u, i) => {
  if (i % 4 === 0) Object.assign(u, { origin: 'person', enteredAt: '2026-02-01T00:00:00.000Z' })
})
const textKb = pack.sources.reduce((n, s) => n + s.text.length, 0) / 1024
const r = await importPack(pack, { today: '2026-11-27' }, db)
if (!r.ok) throw new Error(r.error.message)
await db.meta.put({ key: META_STORAGE, value: { persisted: null, askedAt: null, since: '2025-12-31T00:00:00.000Z' } })
console.log(`setup: ${pack.sources.length} sources (${textKb.toFixed(0)} KB of text), ${pack.commitments.length} commitments, ${pack.updates.length} updates in ${(performance.now() - t).toFixed(0)} ms`)

const runs: number[] = []
let state = await backupState(db)
for (let i = 0; i < 5; i++) {
  t = performance.now()
  state = await backupState(db)
  runs.push(performance.now() - t)
}
runs.sort((a, b) => a - b)
console.log(`backupState: unsaved=${state.unsaved}; median ${runs[2].toFixed(1)} ms, min ${runs[0].toFixed(1)} ms, max ${runs[4].toFixed(1)} ms (5 runs)`)
await db.delete()
