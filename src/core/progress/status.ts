// The status engine: what a commitment's latest evidence says about it on a given day.
import type { Commitment, Status, Update, Verdict } from '../model/types'
import { THRESHOLDS } from './thresholds'
import { isIsoDate, toDate } from './dates'
import { effectiveUpdates, reportLagDays } from './effective'
import { isCeiling, levelBand, meetsTarget, paceBand, rateBand, type PaceBand } from './compare'
import { elapsedShare, expectedAt, pledgePeriod, targetMode, type PeriodOptions, type TargetMode } from './period'
import { scaleValue, unitConversion } from './units'
import { latestVerdict, VERDICT_STATUS } from './verdict'

export interface StatusResult {
  /** what to show: the verdict's mapping if a verdict with a reason exists, else computed */
  status: Status
  /** always the engine's own status */
  computed: Status
  /** the latest verdict with a reason, shown beside the computed status */
  verdict: Verdict | null
  /** true when the shown status comes from the verdict */
  overridden: boolean
  /** the effective latest observation (superseded ones excluded) */
  latest: Update | null
  /** the observation the computed status rests on (for a milestone: the counted 'done' report) */
  basis: Update | null
  /** other 'done' reports giving a different date; shown, not counted */
  conflicts: Update[]
  mode: TargetMode
  /** expected-by-now at the basis observation's date (序时进度); the target itself when not paced */
  expected: number | null
  /** the basis figure in the target's unit */
  actual: number | null
  /** actual ÷ expected (pace) or actual ÷ target (final, rates, open-ended targets) */
  ratio: number | null
  /** pace band at the basis observation, kept even when the deadline has since passed */
  pace: PaceBand | null
  /** completion share minus time share, in percentage points (超/慢序时进度 X 个百分点) */
  gapPoints: number | null
  periodStart: string | null
  periodEnd: string | null
  /** a milestone done after its deadline */
  late: boolean
}

type Core = Omit<StatusResult, 'status' | 'verdict' | 'overridden' | 'latest' | 'mode'>

const EMPTY: Core = {
  computed: 'no_data',
  basis: null,
  conflicts: [],
  expected: null,
  actual: null,
  ratio: null,
  pace: null,
  gapPoints: null,
  periodStart: null,
  periodEnd: null,
  late: false,
}

/**
 * Status of commitment `c` on `today` (YYYY-MM-DD) from its updates and verdicts. Updates and
 * verdicts of other commitments are ignored, so callers may pass whole tables.
 * `options.pledgedOn` (the source's date) refines the pledge period; see pledgePeriod.
 */
export function computeStatus(
  c: Commitment,
  updates: Update[],
  verdicts: Verdict[],
  today: string,
  options: PeriodOptions = {},
): StatusResult {
  const day = toDate(today)
  const effective = effectiveUpdates(updates.filter((u) => u.commitmentId === c.id))
  const latest = effective.length ? effective[effective.length - 1] : null
  const mode = targetMode(c)
  let core: Core
  if (mode === 'fact') core = EMPTY // facts report a result; there is nothing to assess
  else if (mode === 'state') core = stateStatus(c, effective, day)
  else core = numericStatus(c, mode, effective, day, options) ?? stateStatus(c, effective, day)
  const verdict = latestVerdict(verdicts, c.id)
  const shown = verdict ? VERDICT_STATUS[verdict.verdict] : null
  return {
    ...core,
    status: shown ?? core.computed,
    verdict,
    overridden: shown !== null,
    latest,
    mode,
  }
}

/** The last effective update whose figure converts to the target's unit, with the figure converted. */
function latestFigure(c: Commitment, effective: Update[]): { update: Update; value: number } | null {
  for (let i = effective.length - 1; i >= 0; i--) {
    const u = effective[i]
    if (u.value === null || !Number.isFinite(u.value)) continue
    if (!u.unit || !c.unit || u.unit === c.unit) return { update: u, value: u.value }
    const conv = unitConversion(u.unit, c.unit)
    if (conv.ok) return { update: u, value: scaleValue(u.value, conv.factor) }
  }
  return null
}

function numericStatus(
  c: Commitment,
  mode: TargetMode,
  effective: Update[],
  today: string,
  options: PeriodOptions,
): Core | null {
  const figure = latestFigure(c, effective)
  if (!figure || c.value === null) return null
  const { update, value: actual } = figure
  const target = c.value
  const ceiling = isCeiling(c.comparator)
  const meets = meetsTarget(actual, update.comparator, target, c.comparator, mode === 'rate')
  const deadline = c.deadline && isIsoDate(c.deadline.date) ? c.deadline.date : null
  const final = deadline !== null && update.observedOn >= deadline
  const pastDeadline = deadline !== null && today > deadline
  const ofTarget = target !== 0 ? actual / target : null
  const base: Core = { ...EMPTY, basis: update, actual, periodEnd: deadline }

  if (mode === 'cumulative') {
    // open-ended (累计…): progress share only, never paced, never overdue
    const computed: Status = ceiling ? (meets ? 'not_yet' : 'missed') : meets ? 'achieved' : 'not_yet'
    return { ...base, computed, ratio: ofTarget }
  }

  if (mode === 'rate' || mode === 'level') {
    const pace = mode === 'rate' ? rateBand(actual, target, ceiling) : levelBand(actual, target, ceiling)
    const computed: Status = final ? (meets ? 'achieved' : 'missed') : pastDeadline ? 'overdue' : pace
    const gapPoints = mode === 'rate' ? round((actual - target) * (ceiling ? -1 : 1)) : null
    return { ...base, computed, expected: target, ratio: ofTarget, pace, gapPoints }
  }

  // mode 'pace': 序时进度
  const period = pledgePeriod(c, options)
  if (!period) return null
  const withPeriod = { ...base, periodStart: period.start, periodEnd: period.end }
  if (final) {
    const pace = paceBand(actual, target, ceiling)
    const gapPoints = ofTarget === null ? null : round((ofTarget - 1) * 100 * (ceiling ? -1 : 1))
    return { ...withPeriod, computed: meets ? 'achieved' : 'missed', expected: target, ratio: ofTarget, pace, gapPoints }
  }
  const share = elapsedShare(period, update.observedOn, update.periodStart)
  const expected = expectedAt(target, period, update.observedOn, update.periodStart)
  const pace = paceBand(actual, expected, ceiling)
  const ratio = expected > 0 ? actual / expected : null
  const gapPoints = ofTarget === null ? null : round((ofTarget - share) * 100 * (ceiling ? -1 : 1))
  let computed: Status
  // an additive figure only grows: the full target reached early stays reached, a ceiling broken stays broken
  if (!ceiling && meets) computed = 'achieved_early'
  else if (ceiling && !meets) computed = 'missed'
  else if (pastDeadline) computed = 'overdue'
  else computed = pace
  return { ...withPeriod, computed, expected, ratio, pace, gapPoints }
}

/** Milestones, qualitative pledges, and targets whose reports carry only a state. */
function stateStatus(c: Commitment, effective: Update[], today: string): Core {
  const states = effective.filter((u) => u.state !== null)
  const deadline = c.deadline && isIsoDate(c.deadline.date) ? c.deadline.date : null
  // nothing reported: stay 未评估 rather than guess, even after the deadline
  if (!states.length) return { ...EMPTY, periodEnd: deadline }
  const done = states.filter((u) => u.state === 'done')
  if (done.length) {
    const firstHand = done.filter((u) => {
      const lag = reportLagDays(u)
      return lag !== null && lag >= 0 && lag <= THRESHOLDS.firstHandDays
    })
    const basis = (firstHand.length ? firstHand : done)[0] // effective updates are sorted by date
    const conflicts = done.filter((u) => u !== basis && u.observedOn !== basis.observedOn)
    const late = deadline !== null && basis.observedOn > deadline
    return { ...EMPTY, computed: 'done', basis, conflicts, periodEnd: deadline, late }
  }
  const basis = states[states.length - 1]
  const computed: Status = deadline !== null && today > deadline ? 'overdue' : 'not_yet'
  return { ...EMPTY, computed, basis, periodEnd: deadline }
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}
