// The ONE gate every incoming pack passes (the shipped seed, an import, an older schema):
// scan for hostile shapes, upgrade, validate each record, then check cross-record integrity.
import type { DataPack } from '../model/types'
import { formatPath, ROOT_PATH, type PackError, type RestoreResult as Result } from './errors'
import { checkIntegrity } from './integrity'
import { scanUntrusted } from './scan'
import { dataPackSchema } from './schema'
import { upgradePack, type PackUpgrade, UPGRADES } from './upgrade'

export type RestoreResult = Result<DataPack>

/** Bytes of pack JSON accepted before parsing (the seed is ~100 kB; a year of pages a few MB). */
export const MAX_PACK_JSON_CHARS = 64 * 1024 * 1024

export function restorePack(
  input: unknown,
  upgrades: Readonly<Record<number, PackUpgrade>> = UPGRADES,
): RestoreResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail({ path: ROOT_PATH, message: 'expected a data pack object' })
  }
  const hostile = scanUntrusted(input)
  if (hostile) return fail(hostile)
  const upgraded = upgradePack(input as Record<string, unknown>, upgrades)
  if (!upgraded.ok) return upgraded
  const parsed = dataPackSchema.safeParse(upgraded.pack)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fail({ path: formatPath(issue.path), message: issue.message })
  }
  // zod's output is typed from the schema; it mirrors DataPack field for field
  const pack = parsed.data as DataPack
  const broken = checkIntegrity(pack)
  if (broken) return fail(broken)
  return { ok: true, pack }
}

/** For imports of a file: refuses oversized text before JSON.parse, then restores. */
export function restorePackJson(json: string): RestoreResult {
  if (json.length > MAX_PACK_JSON_CHARS) {
    return fail({ path: ROOT_PATH, message: `file too large (over ${MAX_PACK_JSON_CHARS} characters)` })
  }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (e) {
    return fail({ path: ROOT_PATH, message: `not valid JSON: ${(e as Error).message}` })
  }
  return restorePack(raw)
}

function fail(error: PackError): { ok: false; error: PackError } {
  return { ok: false, error }
}
