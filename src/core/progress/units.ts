// Units an update may be entered in, and how they convert to the target's unit.
// A unit is read as an optional magnitude prefix (万, 亿 …) on a base unit, and a few units are
// exact multiples of another (公顷 = 15 亩). Two units fit when they share a base.

/** Magnitude prefixes, longest first so 千万 is not read as 千 + 万…. */
const PREFIXES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
]

/**
 * Units that are themselves a multiple of a base. Checked before prefixes, so 千瓦 stays kilowatts
 * and 千米 is 1000 米 rather than "a thousand 米".
 */
const KNOWN: Readonly<Record<string, readonly [string, number]>> = {
  元: ['元', 1],
  人次: ['人次', 1],
  人: ['人', 1],
  名: ['人', 1],
  个: ['个', 1],
  亩: ['亩', 1],
  公顷: ['亩', 15],
  平方米: ['平方米', 1],
  平方公里: ['平方米', 1e6],
  平方千米: ['平方米', 1e6],
  米: ['米', 1],
  公里: ['米', 1e3],
  千米: ['米', 1e3],
  公斤: ['公斤', 1],
  千克: ['公斤', 1],
  吨: ['公斤', 1e3],
  千瓦: ['千瓦', 1],
  千瓦时: ['千瓦时', 1],
  度: ['千瓦时', 1],
  '%': ['%', 1],
  '％': ['%', 1],
  '‰': ['%', 0.1],
  个百分点: ['个百分点', 1],
  百分点: ['个百分点', 1],
}

export interface UnitParts {
  base: string
  factor: number
}

/** Read a unit as base × factor (万人次 → 人次 × 10⁴). Unknown units are their own base. */
export function decomposeUnit(unit: string): UnitParts | null {
  const u = unit.trim()
  if (!u) return null
  const known = KNOWN[u]
  if (known) return { base: known[0], factor: known[1] }
  for (const [prefix, factor] of PREFIXES) {
    if (u.length > prefix.length && u.startsWith(prefix)) {
      const rest = decomposeUnit(u.slice(prefix.length))
      if (rest) return { base: rest.base, factor: rest.factor * factor }
    }
  }
  return { base: u, factor: 1 }
}

export type Conversion =
  | { ok: true; factor: number }
  | { ok: false; reason: 'percent_vs_points' | 'mismatch' }

/** How to turn a value in `from` into the target's unit `to`. */
export function unitConversion(from: string, to: string): Conversion {
  const a = decomposeUnit(from)
  const b = decomposeUnit(to)
  if (!a || !b) return { ok: false, reason: 'mismatch' }
  if (a.base !== b.base) {
    const pair = new Set([a.base, b.base])
    if (pair.has('%') && pair.has('个百分点')) return { ok: false, reason: 'percent_vs_points' }
    return { ok: false, reason: 'mismatch' }
  }
  return { ok: true, factor: a.factor / b.factor }
}

/** value × factor without binary noise (1.1 × 10⁴ is 11000, not 11000.000000000002). */
export function scaleValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15))
}

/**
 * How a quantity behaves over time. Additive quantities (人次, 元, 个) pile up during a period and
 * are paced; percentages and other intensive measures (微克/立方米, 倍) are compared directly.
 */
export type UnitNature = 'additive' | 'percent' | 'intensive'

export function unitNature(unit: string | null): UnitNature {
  if (!unit) return 'additive'
  const parts = decomposeUnit(unit)
  if (parts && (parts.base === '%' || parts.base === '个百分点')) return 'percent'
  if (/[/／每]|倍|率/.test(unit)) return 'intensive'
  return 'additive'
}
