// The seed pack recipe, shared by `npm run data:build` and the staleness test: extract the seed
// page, build its pack, attach the real outcomes, and validate the result.
import type { DataPack, ExtractedSource } from '../model/types'
import { packFromExtraction } from './fromExtraction'
import { outcomesToUpdates, SEED_OUTCOMES_ENTERED_AT } from '../progress/outcomes'
import { describeError } from './errors'
import { restorePack } from './restore'

export const SEED_META = {
  publisher: '洛阳日报',
  publishedOn: '2024-01-14',
  url: null,
  // the page is printed as "01/04版" in the archive but its number is not certain: unknown
  page: null,
} as const

/** Fixed stamps: builds must be byte-identical between runs (no wall-clock time). */
export const SEED_IMPORTED_AT = '2024-01-14T00:00:00.000Z'

export type ExtractFn = (text: string, opts: { date: string | null; file: string }) => ExtractedSource

export interface SeedBuild {
  pack: DataPack
  warnings: string[]
}

export function buildSeedPack(
  text: string,
  file: string,
  outcomes: unknown,
  extract: ExtractFn,
  extractorVersion: string,
): SeedBuild {
  const extracted = extract(text, { date: SEED_META.publishedOn, file })
  const meta = { ...SEED_META, title: pageTitle(text) }
  const base = packFromExtraction(text, meta, extracted, SEED_IMPORTED_AT, extractorVersion)
  // outcome matching (by quote, never guessed) belongs to the progress engine
  const { updates, unmatched } = outcomesToUpdates(outcomes, base.commitments, { enteredAt: SEED_OUTCOMES_ENTERED_AT })
  const pack: DataPack = { ...base, updates: [...base.updates, ...updates] }
  const warnings = unmatched.map((q) => `no extracted commitment holds "${q}": its outcomes were skipped`)
  const restored = restorePack(pack)
  if (!restored.ok) throw new Error(`seed pack is invalid: ${describeError(restored.error)}`)
  return { pack: restored.pack, warnings }
}

/** A page's title is its first non-empty line (the banner headline). */
export function pageTitle(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')
  return (line ?? '').trim().slice(0, 200)
}
