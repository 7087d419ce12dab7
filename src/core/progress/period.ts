// The pledge's period and the expected-by-now figure of 序时进度:
//   expected = target × (days the figure covers ÷ days in the pledge's period), both ends counted.
import type { Commitment } from '../model/types'
import { THRESHOLDS } from './thresholds'
import { inclusiveDays, isIsoDate, monthEndsBetween, yearStart } from './dates'
import { unitNature } from './units'

/**
 * How a commitment is judged:
 * - pace: an additive quantity with a deadline (游客3500万人次, 项目700个, 营收4600亿元) — 序时进度;
 * - rate: a growth rate or a percentage (增长7%) — reported against pledged, no pacing;
 * - level: another intensive measure (微克/立方米, 倍) — compared directly, no pacing;
 * - cumulative: an additive quantity with no deadline (累计投放不低于500亿元) — progress share only;
 * - state: milestones, qualitative pledges and targets without a number — not started/under way/done;
 * - fact: a reported result, not a pledge — not assessed.
 */
export type TargetMode = 'pace' | 'rate' | 'level' | 'cumulative' | 'state' | 'fact'

export function targetMode(c: Commitment): TargetMode {
  if (c.kind === 'fact') return 'fact'
  if (c.kind !== 'target' || c.value === null || !Number.isFinite(c.value)) return 'state'
  const nature = unitNature(c.unit)
  if (c.growth || nature === 'percent') return 'rate'
  if (nature === 'intensive') return 'level'
  if (!c.deadline) return 'cumulative'
  return 'pace'
}

export interface PeriodOptions {
  /** The date the pledge was made (its source's publication date), when known. */
  pledgedOn?: string | null
}

export interface Period {
  start: string
  end: string
}

/**
 * The pledge's period: from 1 January of the deadline's year (an annual target) to the deadline.
 * With a known pledge date the period starts on 1 January of the year it was pledged in, so a
 * two-year target set in January 2024 for the end of 2025 is paced over both years; a pledge made
 * late in a year (see THRESHOLDS.nextYearPledgeMonth) is read as the next year's plan.
 */
export function pledgePeriod(c: Commitment, options: PeriodOptions = {}): Period | null {
  if (!c.deadline || !isIsoDate(c.deadline.date)) return null
  const end = c.deadline.date
  let start = yearStart(end)
  const pledged = options.pledgedOn
  if (pledged && isIsoDate(pledged)) {
    const y = Number(pledged.slice(0, 4))
    const m = Number(pledged.slice(5, 7))
    const fromPledge = `${m >= THRESHOLDS.nextYearPledgeMonth ? y + 1 : y}-01-01`
    if (fromPledge <= end) start = fromPledge
  }
  return { start, end }
}

/** Share of the pledge period covered by a figure running from `figureStart` to `date`, in [0, 1]. */
export function elapsedShare(period: Period, date: string, figureStart: string | null = null): number {
  const from = figureStart ?? period.start
  const until = date < period.end ? date : period.end
  const covered = until < from ? 0 : inclusiveDays(from, until)
  const total = inclusiveDays(period.start, period.end)
  if (total <= 0) return 1
  return Math.max(0, Math.min(1, covered / total))
}

/** What the target says should be reached by `date` (序时进度). */
export function expectedAt(target: number, period: Period, date: string, figureStart: string | null = null): number {
  return target * elapsedShare(period, date, figureStart)
}

/**
 * Points of the expected-pace line for the chart: 0 at the period's start, each month end, the
 * target at the deadline; clipped to [from, to] with the line's values at the clip dates.
 * Empty for commitments that are not paced (rates, levels, open-ended and state pledges).
 */
export function expectedPaceSeries(
  c: Commitment,
  from?: string,
  to?: string,
  options: PeriodOptions = {},
): { date: string; value: number }[] {
  if (targetMode(c) !== 'pace' || c.value === null) return []
  const period = pledgePeriod(c, options)
  if (!period || period.end < period.start) return []
  const target = c.value
  const points = [
    { date: period.start, value: 0 },
    ...monthEndsBetween(period.start, period.end).map((date) => ({ date, value: expectedAt(target, period, date) })),
    { date: period.end, value: target },
  ]
  const lo = from && from > period.start ? from : period.start
  const hi = to && to < period.end ? to : period.end
  if (hi < lo) return []
  const inside = points.filter((p) => p.date > lo && p.date < hi)
  const at = (date: string) => (date === period.start ? 0 : expectedAt(target, period, date))
  return [{ date: lo, value: at(lo) }, ...inside, ...(hi !== lo ? [{ date: hi, value: at(hi) }] : [])]
}
