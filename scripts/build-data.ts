// npm run data:build — regenerates data/seed-pack.json from the seed page and its outcomes.
// Deterministic: the same inputs and extractor give the same bytes (test/data-pack.test.ts checks).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { EXTRACTOR_VERSION, extract } from '../src/core/extract'
import { buildSeedPack, type SeedBuild } from '../src/core/pack/seedPack'
import { stablePackJson } from '../src/core/pack/stableJson'

const root = fileURLToPath(new URL('..', import.meta.url))
export const SEED_FILE = 'data/seed/000_fb33daffd6a12e67.txt'
export const OUTCOMES_FILE = 'data/outcomes/seed-2024.json'
export const PACK_FILE = 'data/seed-pack.json'

/** The text exactly as the extraction contract reads it: UTF-8 with a leading BOM removed. */
export function readSeedText(): string {
  return readFileSync(root + SEED_FILE, 'utf8').replace(/^\uFEFF/, '')
}

export function buildSeed(): SeedBuild {
  const outcomes: unknown = JSON.parse(readFileSync(root + OUTCOMES_FILE, 'utf8'))
  return buildSeedPack(readSeedText(), SEED_FILE.split('/').pop()!, outcomes, extract, EXTRACTOR_VERSION)
}

function main(): void {
  const { pack, warnings } = buildSeed()
  for (const w of warnings) console.warn(`warning: ${w}`)
  writeFileSync(root + PACK_FILE, stablePackJson(pack))
  console.log(
    `${PACK_FILE}: ${pack.articles.length} articles, ${pack.commitments.length} commitments, ` +
      `${pack.updates.length} updates (extractor ${EXTRACTOR_VERSION})`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (e) {
    console.error(`data:build failed: ${(e as Error).message}`)
    process.exit(1)
  }
}
