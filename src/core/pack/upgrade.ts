// Upgrades of older pack formats, one step per schema version, applied before validation.
import { SCHEMA_VERSION } from '../model/types'
import type { PackError } from './errors'

/** Turns a pack of schema version N (the key) into one of version N + 1. */
export type PackUpgrade = (pack: Record<string, unknown>) => Record<string, unknown>

/** Version 1 is the first format; add `1: (p) => …` here when SCHEMA_VERSION becomes 2. */
export const UPGRADES: Readonly<Record<number, PackUpgrade>> = {}

export type UpgradeResult = { ok: true; pack: Record<string, unknown> } | { ok: false; error: PackError }

export function upgradePack(
  input: Record<string, unknown>,
  upgrades: Readonly<Record<number, PackUpgrade>> = UPGRADES,
  target: number = SCHEMA_VERSION,
): UpgradeResult {
  const version = input.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { path: 'schemaVersion', message: 'expected a whole number ≥ 1' } }
  }
  if (version > target) {
    return {
      ok: false,
      error: {
        path: 'schemaVersion',
        message: `this pack was written by a newer version of the app (schema ${version}, this app reads up to ${target})`,
      },
    }
  }
  let pack = input
  for (let v = version; v < target; v++) {
    const step = upgrades[v]
    if (!step) return { ok: false, error: { path: 'schemaVersion', message: `no upgrade from schema ${v}` } }
    try {
      pack = { ...step(pack), schemaVersion: v + 1 }
    } catch (e) {
      return { ok: false, error: { path: 'schemaVersion', message: `upgrade from schema ${v} failed: ${String(e)}` } }
    }
  }
  return { ok: true, pack }
}
