// Evidence from later texts: a reported figure (今年前三季度，老城区接待游客3153万人次) that measures an
// existing target (力争2024年接待游客超过3500万人次) becomes an offered progress update, with the
// sentence as evidence and the period it covers. Offers only: a person accepts or rejects each.
import { unitConversion } from '../progress/units'
import type { Commitment, Evidence, Update } from '../model/types'
import { compareOwners, coresOf, metricSimilarity } from '../lineage/similarity'
import { periodFromText, type Period } from './period'

export type ProposedUpdate = Pick<
  Update,
  'commitmentId' | 'observedOn' | 'periodStart' | 'value' | 'unit' | 'comparator' | 'state' | 'evidence' | 'supersedes' | 'note' | 'origin'
>

export type OfferReason = 'same_district' | 'same_department' | 'similar_metric' | 'unit_converts' | 'later_date' | 'period_found' | 'period_unknown'

export interface Offer {
  /** the reported figure in the new text */
  factId: string
  /** the existing target it measures */
  targetId: string
  score: number
  reasons: OfferReason[]
  period: Period | null
  /** the sentence the figure stands in */
  sentence: string
  /** the update to append if the person accepts (add id, enteredBy, enteredAt) */
  update: ProposedUpdate
}

export interface EvidenceOptions {
  /** the new source's full text, to quote the whole sentence around each figure */
  sourceText?: string
  url?: string | null
  publisher?: string | null
  /** publication date of a target's source: evidence must be later */
  targetSourceDate?: (sourceId: string) => string | null
  /** lowest score offered (default 0.6) */
  minScore?: number
}

export const MIN_OFFER_SCORE = 0.6
const METRIC_SIMILAR = 0.5

/**
 * A reported figure: kind 'fact', or a 'target' whose deadline had already passed when the text was
 * published (the extractor reads 今年前三季度…3153万人次 as a period target ending 30 September).
 */
export function isReportedFigure(c: Commitment, sourceDate: string): boolean {
  if (c.value === null || c.unit === null) return false
  if (c.kind === 'fact') return true
  return c.kind === 'target' && c.deadline !== null && c.deadline.date <= sourceDate
}

/**
 * The sentence containing text[start, end): out to 。！？ or a line break on both sides. Not ；:
 * 今年前三季度，…3153万人次；实现旅游综合收入226亿元。 is one sentence, and its period covers both.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const stop = /[。！？!?\n]/
  let s = start
  while (s > 0 && !stop.test(text[s - 1])) s--
  let e = end
  while (e < text.length && !stop.test(text[e])) e++
  if (e < text.length && text[e] !== '\n') e++
  return text.slice(s, e).trim()
}

export function matchEvidence(
  facts: readonly Commitment[],
  targets: readonly Commitment[],
  sourceDate: string,
  options: EvidenceOptions = {},
): Offer[] {
  const year = Number(sourceDate.slice(0, 4))
  const minScore = options.minScore ?? MIN_OFFER_SCORE
  const offers: Offer[] = []
  for (const f of facts) {
    if (!isReportedFigure(f, sourceDate)) continue
    const sentence = options.sourceText ? sentenceAround(options.sourceText, f.start, f.end) : f.quote
    const period = periodFromText(f.quote, sentence, year, sourceDate)
    for (const t of targets) {
      if (t.id === f.id || t.kind !== 'target' || t.value === null || t.unit === null || t.sourceId === f.sourceId) continue
      const offer = measure(f, t, period, sentence, sourceDate, options)
      if (offer && offer.score >= minScore) offers.push(offer)
    }
  }
  return offers.sort((a, b) => b.score - a.score || a.factId.localeCompare(b.factId) || a.targetId.localeCompare(b.targetId))
}

function measure(
  f: Commitment,
  t: Commitment,
  period: Period | null,
  sentence: string,
  sourceDate: string,
  options: EvidenceOptions,
): Offer | null {
  if (f.growth !== t.growth) return null
  const owner = compareOwners(f, t)
  if (owner.conflict || !(owner.district || owner.department)) return null
  if (!unitConversion(f.unit!, t.unit!).ok) return null
  const targetDate = options.targetSourceDate?.(t.sourceId) ?? null
  if (targetDate !== null && sourceDate <= targetDate) return null
  const sim = metricSimilarity(coresOf(f), coresOf(t))
  if (sim < METRIC_SIMILAR) return null
  if (period && !periodFits(period, t, targetDate)) return null

  const reasons: OfferReason[] = []
  if (owner.district) reasons.push('same_district')
  if (owner.department) reasons.push('same_department')
  reasons.push('similar_metric', 'unit_converts')
  if (targetDate !== null) reasons.push('later_date')
  reasons.push(period ? 'period_found' : 'period_unknown')
  const score = Math.round((0.5 * sim + 0.3 + (period ? 0.2 : 0)) * 1000) / 1000

  const evidence: Evidence = { url: options.url ?? null, quote: sentence, publisher: options.publisher ?? null, publishedOn: sourceDate }
  return {
    factId: f.id,
    targetId: t.id,
    score,
    reasons,
    period,
    sentence,
    update: {
      commitmentId: t.id,
      observedOn: period?.end ?? sourceDate,
      periodStart: period?.start ?? null,
      value: f.value,
      unit: f.unit,
      comparator: f.comparator,
      state: null,
      evidence,
      supersedes: null,
      note: period ? period.label : null,
      origin: 'extractor',
    },
  }
}

/** The figure's period must lie within the target's: a 2025 figure does not measure a 2024 target. */
function periodFits(p: Period, t: Commitment, targetDate: string | null): boolean {
  if (t.deadline && p.end > t.deadline.date) return false
  // a yearly target counts from the start of its year; a figure for an earlier year is a baseline
  if (t.deadline?.precision === 'year' && p.end < `${t.deadline.date.slice(0, 4)}-01-01`) return false
  if (targetDate !== null && p.end < `${targetDate.slice(0, 4)}-01-01`) return false
  return true
}
