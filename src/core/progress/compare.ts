// Comparing an actual figure with a target, with the target's comparator taken seriously:
// 超过 (>) needs more than the target, 不低于 (≥) at least it, 控制在…以内 (≤/<) turns everything round.
import type { Comparator } from '../model/types'
import { THRESHOLDS } from './thresholds'

export type PaceBand = 'ahead' | 'on_pace' | 'behind'

/** up: more is better (>, ≥, =, ≈, none); down: the target is a ceiling (≤, <). */
export function isCeiling(cmp: Comparator | null): boolean {
  return cmp === '≤' || cmp === '<'
}

/** Equality that ignores binary noise at the 10th significant digit. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Whether a final figure meets the target. `actualCmp` is how the figure itself was reported:
 * "突破3500万" (>) meets "超过3500万", a bare 3500万 does not.
 * `percent`: the target is a rate, so 左右 tolerance is in percentage points.
 */
export function meetsTarget(
  actual: number,
  actualCmp: Comparator | null,
  target: number,
  targetCmp: Comparator | null,
  percent: boolean,
): boolean {
  const eq = same(actual, target)
  switch (targetCmp) {
    case '>':
      return (actual > target && !eq) || (eq && actualCmp === '>')
    case '<':
      return (actual < target && !eq) || (eq && actualCmp === '<')
    case '≤':
      return actual < target || (eq && actualCmp !== '>')
    case '≈': {
      const floor = percent ? target - THRESHOLDS.ratePoints : target - Math.abs(target) * THRESHOLDS.approxShare
      return actual > floor || same(actual, floor)
    }
    default: // ≥, =, none: reaching the figure is meeting it
      return actual > target || (eq && actualCmp !== '<')
  }
}

/** 序时进度 band for a paced quantity: actual against expected-by-now. */
export function paceBand(actual: number, expected: number, ceiling: boolean): PaceBand {
  if (expected <= 0) {
    if (same(actual, 0) || actual < 0) return 'on_pace'
    return ceiling ? 'behind' : 'ahead'
  }
  // for a ceiling, being under the expected use is the good direction
  const goodness = ceiling ? (actual <= 0 ? Infinity : expected / actual) : actual / expected
  return ratioBand(goodness)
}

export function ratioBand(goodness: number): PaceBand {
  const g = Number(goodness.toPrecision(12))
  if (g >= THRESHOLDS.aheadRatio) return 'ahead'
  if (g < THRESHOLDS.behindRatio) return 'behind'
  return 'on_pace'
}

/** Band for a rate compared directly (增长7%): difference in percentage points. */
export function rateBand(actual: number, target: number, ceiling: boolean): PaceBand {
  const diff = Number((ceiling ? target - actual : actual - target).toFixed(9))
  if (diff >= THRESHOLDS.ratePoints) return 'ahead'
  if (diff < -THRESHOLDS.ratePoints) return 'behind'
  return 'on_pace'
}

/** Band for an intensive level compared directly (PM2.5 35微克/立方米): ratio bands. */
export function levelBand(actual: number, target: number, ceiling: boolean): PaceBand {
  return paceBand(actual, target, ceiling)
}
