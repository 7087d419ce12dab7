// The units the update form offers for a target: the target's own unit and the everyday
// magnitudes of it (万人次 for a 人次 target, 万元/亿元 for 元), each one the engine can convert.
import { decomposeUnit, unitConversion, unitNature } from '@/core/progress'

/** Units with another base that convert exactly (公顷 → 亩, 公里 → 米, 吨 → 公斤). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  亩: ['公顷'],
  平方米: ['平方公里'],
  米: ['公里'],
  公斤: ['吨', '万吨'],
  千瓦时: ['度'],
}

export function unitChoices(targetUnit: string | null): string[] {
  if (!targetUnit) return []
  const parts = decomposeUnit(targetUnit)
  if (!parts) return [targetUnit]
  const base = parts.base
  const candidates = unitNature(targetUnit) === 'percent' ? [targetUnit] : [targetUnit, base, `万${base}`, `亿${base}`, ...(ALIASES[base] ?? [])]
  const out: string[] = []
  for (const u of candidates) if (!out.includes(u) && unitConversion(u, targetUnit).ok) out.push(u)
  return out
}
