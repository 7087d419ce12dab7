// Suggest lineage links: a newly imported commitment that restates one already in the ledger
// (same owner or same named object, a similar metric, units that convert), in either direction of
// time. Suggestions only: a person confirms or rejects each (see Link.state).
import { decomposeUnit, unitConversion, scaleValue } from '../progress/units'
import type { Commitment, Kind, Link, LinkRelation } from '../model/types'
import { compareOwners, coresOf, diceSets, longestCommon, mayShareObject, metricSimilarity, type Cores } from './similarity'

export type ReasonCode =
  | 'same_district'
  | 'same_department'
  | 'same_person'
  | 'similar_metric'
  | 'shared_object'
  | 'value_raised'
  | 'value_lowered'
  | 'value_same'
  | 'deadline_passed'
  | 'deadline_later'
  | 'different_wording'

export interface Reason {
  code: ReasonCode
  /** the owner, object or figures concerned */
  detail?: string
}

export interface Suggestion {
  /** the earlier commitment (by source date) */
  fromId: string
  /** the later commitment, which restates it */
  toId: string
  relation: LinkRelation
  /** 0–1 */
  score: number
  reasons: Reason[]
  /** the new commitment of the pair, and whether it is the later one */
  newId: string
  newIsLater: boolean
}

export interface SuggestOptions {
  /** publication date (YYYY-MM-DD) of a source, to order the pair in time */
  sourceDate?: (sourceId: string) => string | null
  /** pairs already linked, confirmed or rejected are not suggested again */
  links?: readonly Pick<Link, 'fromId' | 'toId'>[]
  /** lowest score suggested (default MIN_SCORE) */
  minScore?: number
}

export const MIN_SCORE = 0.5
/** Metrics at least this alike are "the same metric". */
export const METRIC_SIMILAR = 0.5
/** A shared run of this many characters outside generic words names the same object. */
export const OBJECT_CHARS = 3

const PLEDGE_KINDS: readonly Kind[] = ['target', 'milestone', 'qualitative']

function kindsFit(a: Kind, b: Kind): boolean {
  if (a === b) return PLEDGE_KINDS.includes(a)
  // a vague pledge (创建4A级景区) is often restated with a date, and the other way round
  const pair = new Set([a, b])
  return pair.has('milestone') && pair.has('qualitative')
}

export function suggestLinks(
  newOnes: readonly Commitment[],
  existing: readonly Commitment[],
  options: SuggestOptions = {},
): Suggestion[] {
  const dateOf = options.sourceDate ?? (() => null)
  const minScore = options.minScore ?? MIN_SCORE
  const known = new Set((options.links ?? []).flatMap((l) => [`${l.fromId}|${l.toId}`, `${l.toId}|${l.fromId}`]))
  const newIds = new Set(newOnes.map((c) => c.id))
  // keep the best match per new commitment and other source: one pledge restates one per report
  const best = new Map<string, Suggestion>()
  for (const n of newOnes) {
    if (!PLEDGE_KINDS.includes(n.kind)) continue
    for (const e of existing) {
      // cheap checks before any string work, which matters with 100,000 commitments
      if (!kindsFit(n.kind, e.kind) || (n.district && e.district && n.district !== e.district)) continue
      if (e.sourceId === n.sourceId || e.id === n.id || newIds.has(e.id)) continue
      if (known.size > 0 && known.has(`${n.id}|${e.id}`)) continue
      const s = matchPair(n, e, coresOf(n), coresOf(e), dateOf)
      if (!s || s.score < minScore) continue
      const key = `${n.id}|${e.sourceId}`
      const prev = best.get(key)
      if (!prev || s.score > prev.score) best.set(key, s)
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.newId.localeCompare(b.newId))
}

/** One pair: null when they are not the same pledge. Exported for tests and for re-scoring. */
export function matchPair(
  n: Commitment,
  e: Commitment,
  nc: Cores,
  ec: Cores,
  dateOf: (sourceId: string) => string | null,
): Suggestion | null {
  if (!kindsFit(n.kind, e.kind)) return null
  const owner = compareOwners(n, e)
  if (owner.conflict) return null
  if (n.kind === 'target' && !quantitiesFit(n, e)) return null
  const metricSim = metricSimilarity(nc, ec)
  // a target is its metric: 游客 and 旅游收入 of one district are different pledges
  if (n.kind === 'target' && metricSim < METRIC_SIMILAR) return null
  const sameOwner = owner.district || owner.department
  if (!sameOwner && metricSim < 0.3) return null
  const shared = mayShareObject(nc, ec) ? longestCommon(nc.object, ec.object) : ''
  const hasObject = shared.length >= OBJECT_CHARS
  if (sameOwner ? metricSim < METRIC_SIMILAR && !hasObject : !(hasObject && metricSim >= 0.3)) return null

  const reasons: Reason[] = []
  if (owner.district) reasons.push({ code: 'same_district', detail: n.district ?? undefined })
  if (owner.department) reasons.push({ code: 'same_department', detail: n.department ?? undefined })
  if (owner.person) reasons.push({ code: 'same_person', detail: n.person ?? undefined })
  if (metricSim >= METRIC_SIMILAR) reasons.push({ code: 'similar_metric', detail: n.metric ?? undefined })
  if (hasObject) reasons.push({ code: 'shared_object', detail: shared })
  const quoteSim = nc.quote === ec.quote ? 1 : diceSets(nc.quoteGrams, ec.quoteGrams)
  const ownerScore = (owner.district ? 0.6 : 0) + (owner.department ? 0.3 : 0) + (owner.person ? 0.1 : 0)
  const score = round(
    0.4 * metricSim + 0.2 * quoteSim + 0.2 * Math.min(1, ownerScore) + 0.2 * Math.min(1, shared.length / 4),
  )

  const newIsLater = isLater(dateOf(n.sourceId), dateOf(e.sourceId))
  const [from, to] = newIsLater ? [e, n] : [n, e]
  const relation = relationOf(from, to, dateOf(to.sourceId), quoteSim, reasons)
  return { fromId: from.id, toId: to.id, relation, score, reasons, newId: n.id, newIsLater }
}

/** Unknown dates: the newly imported text counts as the later one. */
function isLater(newDate: string | null, existingDate: string | null): boolean {
  if (!newDate || !existingDate) return true
  return newDate >= existingDate
}

function quantitiesFit(a: Commitment, b: Commitment): boolean {
  if (a.growth !== b.growth) return false
  if (a.unit === null || b.unit === null) return a.unit === b.unit
  return unitConversion(a.unit, b.unit).ok
}

/** The later commitment's value in the earlier one's unit. */
function laterValue(from: Commitment, to: Commitment): number | null {
  if (from.value === null || to.value === null) return null
  if (!from.unit || !to.unit) return to.value
  const conv = unitConversion(to.unit, from.unit)
  return conv.ok ? scaleValue(to.value, conv.factor) : null
}

/** A deadline that passed before the later text restated the pledge with a later one. */
export function restatedAfterDeadline(from: Commitment, to: Commitment, toPublishedOn: string | null): boolean {
  if (!from.deadline || !to.deadline || !toPublishedOn) return false
  return toPublishedOn > from.deadline.date && to.deadline.date > from.deadline.date
}

function relationOf(from: Commitment, to: Commitment, toDate: string | null, quoteSim: number, reasons: Reason[]): LinkRelation {
  const later = laterValue(from, to)
  if (from.kind === 'target' && from.value !== null && later !== null) {
    const unit = from.unit ? ` ${unitLabel(from.unit)}` : ''
    const detail = `${from.value}${unit} → ${later}${unit}`
    const rel = Math.abs(later - from.value) / Math.max(Math.abs(from.value), 1e-9)
    if (rel > 1e-9) {
      const up = later > from.value
      reasons.push({ code: up ? 'value_raised' : 'value_lowered', detail })
      return up ? 'raised' : 'lowered'
    }
    reasons.push({ code: 'value_same', detail })
  }
  if (restatedAfterDeadline(from, to, toDate)) {
    reasons.push({ code: 'deadline_passed', detail: `${from.deadline!.date} → ${to.deadline!.date}` })
    // a yearly target set again for the next year is the normal cycle, not a slipped deadline
    const yearly = from.kind === 'target' && from.deadline!.precision === 'year' && to.deadline!.precision === 'year'
    return yearly ? 'restated' : 'deadline_moved'
  }
  if (from.deadline && to.deadline && to.deadline.date > from.deadline.date) {
    reasons.push({ code: 'deadline_later', detail: `${from.deadline.date} → ${to.deadline.date}` })
  }
  if (quoteSim < 0.8) {
    reasons.push({ code: 'different_wording' })
    return 'reworded'
  }
  return 'restated'
}

function unitLabel(unit: string): string {
  return decomposeUnit(unit)?.base ?? unit
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
