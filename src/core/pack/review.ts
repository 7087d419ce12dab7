// The import review: what the page shows when a pack fails the strict gate. The file's text is
// first checked without parsing (size, depth, counts), then parsed; a pack whose frame is broken
// is refused whole, otherwise every record is judged on its own (restorePackPartial) so the user
// can keep the valid ones or refuse the whole pack. Nothing here writes anything.
import type { DataPack } from '../model/types'
import { ROOT_PATH, type PackError } from './errors'
import { restorePackPartial, type Rejection } from './partial'
import { prescanPackJson } from './prescan'
import { csvRow } from '../export/csv'

export const PACK_TABLES = ['sources', 'articles', 'commitments', 'updates', 'verdicts', 'links'] as const
export type PackTable = (typeof PACK_TABLES)[number]

export interface PackReview {
  /** the strict gate's first error (what "refuse whole" would have named) */
  first: PackError
  /** records per table in the file */
  inFile: Record<PackTable, number>
  /** records per table that "keep valid" would import */
  valid: Record<PackTable, number>
  /** every record left out, in file order, with its reason */
  rejected: Rejection[]
}

export type ParsedText = { ok: true; input: unknown } | { ok: false; error: PackError }

/** Pre-parse checks, then JSON.parse; a syntax error (NaN, Infinity, a cut-off file) is named. */
export function parsePackText(text: string): ParsedText {
  const early = prescanPackJson(text)
  if (early) return { ok: false, error: early }
  try {
    return { ok: true, input: JSON.parse(text) as unknown }
  } catch (e) {
    return { ok: false, error: { path: ROOT_PATH, message: `not valid JSON: ${(e as Error).message}` } }
  }
}

/**
 * The review of a pack the strict gate refused with `first`: the per-record verdicts, or a whole
 * refusal when the frame is broken or when no single record is to blame (then keeping "the valid
 * records" would quietly import a pack the strict gate refused for a pack-level reason).
 */
export function reviewPack(input: unknown, first: PackError): { ok: true; review: PackReview } | { ok: false; error: PackError } {
  const partial = restorePackPartial(input)
  if (!partial.ok) return { ok: false, error: partial.error }
  if (partial.rejected.length === 0) return { ok: false, error: first }
  const raw = input as Record<string, unknown>
  const inFile = countTables((t) => (Array.isArray(raw[t]) ? (raw[t] as unknown[]).length : 0))
  const valid = countTables((t) => (partial.pack as DataPack)[t]?.length ?? 0)
  return { ok: true, review: { first, inFile, valid, rejected: partial.rejected } }
}

function countTables(f: (t: PackTable) => number): Record<PackTable, number> {
  return Object.fromEntries(PACK_TABLES.map((t) => [t, f(t)])) as Record<PackTable, number>
}

/** The rejected list as CSV (path, reason, depends on), for the download button. */
export function rejectedCsv(rows: readonly Rejection[], head: string, reason: (r: Rejection) => string): string {
  // csvRow defuses formula starts: paths and ids come from the untrusted file
  const lines = rows.map((r) => csvRow([r.path, reason(r), r.dependsOn ?? null]))
  return '\uFEFF' + [head, ...lines].join('\r\n') + '\r\n'
}
