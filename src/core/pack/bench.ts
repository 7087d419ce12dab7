// Prints how long each step of a pack import's checks takes on a synthetic pack (no assertions:
// figures for docs/performance.md). `npx tsx src/core/pack/bench.ts [commitments]`, default 100,000.
import { generatePack } from '../synth/generate'
import { restorePackPartial } from './partial'
import { prescanPackJson } from './prescan'
import { restorePack } from './restore'

const n = Number(process.argv[2] ?? 100_000)
const pack = generatePack({ commitments: n })
const text = JSON.stringify(pack)

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now()
  const out = f()
  console.log(`${label.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`)
  return out
}

console.log(`${n} commitments, ${pack.sources.length} sources, ${pack.updates.length} updates: ${(text.length / 1024 / 1024).toFixed(1)} M chars`)
const early = time('prescan (size, depth, counts) before parse', () => prescanPackJson(text))
if (early) throw new Error(`prescan refused a valid pack: ${early.path}: ${early.message}`)
const raw = time('JSON.parse', () => JSON.parse(text) as unknown)
const strict = time('restorePack (strict: scan, zod, integrity)', () => restorePack(raw))
if (!strict.ok) throw new Error(`strict refused: ${strict.error.path}`)
// 1 % of commitments broken: the review a user would see
const bad = JSON.parse(text) as { commitments: Record<string, unknown>[] }
for (let i = 0; i < bad.commitments.length; i += 100) bad.commitments[i].value = 'NaN'
const partial = time('restorePackPartial (1 % bad commitments)', () => restorePackPartial(bad))
console.log(`rejected ${partial.ok ? partial.rejected.length : 'whole pack'}`)
