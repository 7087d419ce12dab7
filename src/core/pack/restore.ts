// The ONE gate every incoming pack passes (the shipped seed, an import, an older schema):
// scan for hostile shapes, upgrade, validate each record, then check cross-record integrity.
import type { DataPack } from '../model/types'
import { formatPath, ROOT_PATH, type PackError, type RestoreResult as Result } from './errors'
import { checkIntegrity } from './integrity'
import { MAX_PACK_BYTES, prescanPackJson } from './prescan'
import { scanUntrusted } from './scan'
import { dataPackSchema } from './schema'
import { upgradePack, type PackUpgrade, UPGRADES } from './upgrade'

export type RestoreResult = Result<DataPack>

/**
 * Characters of pack JSON accepted before parsing: the same limit as the file's bytes
 * (prescan.ts), so the page, the import worker and this function agree on what is too big.
 */
export const MAX_PACK_JSON_CHARS = MAX_PACK_BYTES

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

/** For imports of a file: refuses oversized, too deep or too long text before JSON.parse, then restores. */
export function restorePackJson(json: string): RestoreResult {
  const early = prescanPackJson(json)
  if (early) return fail(early)
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
