// Scores an extractor's commitments against a hand annotation (issue 2).
//
// Matching: each prediction is paired with at most one gold item and vice versa. A pair is
// possible when the spans overlap and, if the gold item has a value, the predicted value equals it
// (within 1e-6 relative). Pairs are taken greedily by largest overlap; ties go to the pair whose
// kinds agree, then to a gold item without doubt, then to the closer start.
// Gold items with `doubt` count neither for nor against: a prediction paired with one is neither a
// hit nor a false positive, and an unmatched doubt item is not a miss.
import { Converter } from 'opencc-js/t2cn'
import type { Kind } from '@/core/model/types'
import { KINDS } from '@/core/model/types'
import type { GoldItem } from './gold'

/** The fields of an extracted commitment the scorer reads (category/confidence are not scored). */
export interface Predicted {
  kind: Kind
  quote: string
  start: number
  end: number
  metric: string | null
  value: number | null
  unit: string | null
  comparator: string | null
  growth: boolean
  deadline: { date: string; precision: string } | null
  district: string | null
  department: string | null
  person: string | null
}

export const FIELDS = [
  'value',
  'unit',
  'comparator',
  'growth',
  'deadline',
  'deadlineDate',
  'district',
  'department',
  'person',
  'metric',
] as const
export type Field = (typeof FIELDS)[number]

/** target and milestone pooled: the pledges with a number or a date. */
export const GROUPS = { 'target+milestone': ['target', 'milestone'] } as const satisfies Record<string, readonly Kind[]>
export type Group = keyof typeof GROUPS
export type KindKey = Kind | Group

export interface Counts {
  /** non-doubt gold items of this kind */
  gold: number
  /** predictions of this kind, not paired with a doubt item */
  predicted: number
  /** pairs whose predicted kind equals the gold kind */
  hits: number
}

export interface Rates extends Counts {
  /** hits / gold, null when there is no gold item */
  recall: number | null
  /** hits / predicted, null when nothing was predicted */
  precision: number | null
}

export interface FieldTally {
  correct: number
  total: number
  /** correct / total over matched items, null when nothing matched */
  rate: number | null
}

export interface Pair {
  gold: GoldItem
  predicted: Predicted
  overlap: number
  /** the fields on which the prediction differs from the gold item */
  wrong: Field[]
}

export interface SourceScore {
  kinds: Record<KindKey, Rates>
  fields: Record<Field, FieldTally>
  /** pairs with a non-doubt gold item */
  matched: Pair[]
  /** pairs with a doubt gold item (ignored in every figure) */
  ignored: Pair[]
  /** non-doubt gold items nothing was paired with */
  misses: GoldItem[]
  /** predictions paired with nothing */
  falsePositives: Predicted[]
}

const KIND_KEYS: readonly KindKey[] = [...KINDS, ...(Object.keys(GROUPS) as Group[])]

export function valuesEqual(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  if (a === b) return true
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b))
}

function overlapOf(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start)
}

// Names compare across scripts: 寧德市 in a Hong Kong paper is the same owner as 宁德市, and a
// metric read from traditional text may be reported in either script. Built lazily (a large table).
let toSimplified: ((s: string) => string) | null = null
export function sameScript(s: string): string {
  toSimplified ??= Converter({ from: 'hk', to: 'cn' })
  return toSimplified(s.trim())
}

function namesEqual(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return a === b || sameScript(a) === sameScript(b)
}

// Quotes, brackets and punctuation say nothing about what a metric measures.
const PUNCT = /[\s“”"'‘’「」『』《》〈〉()()[\]【】、,,。.;;::!!??·—-]/gu

/**
 * Loose metric comparison: metrics are readable names, not a vocabulary. Equal when one contains
 * the other (after dropping punctuation and folding traditional characters to simplified) or when their characters overlap by at least half
 * (Dice coefficient over character multisets).
 */
export function metricsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const x = sameScript(a).replace(PUNCT, '')
  const y = sameScript(b).replace(PUNCT, '')
  if (x === '' || y === '') return x === y
  if (x.includes(y) || y.includes(x)) return true
  const counts = new Map<string, number>()
  for (const ch of x) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let common = 0
  for (const ch of y) {
    const n = counts.get(ch) ?? 0
    if (n > 0) {
      common++
      counts.set(ch, n - 1)
    }
  }
  return (2 * common) / ([...x].length + [...y].length) >= 0.5
}

function fieldCorrect(field: Field, g: GoldItem, p: Predicted): boolean {
  switch (field) {
    case 'value':
      return valuesEqual(g.value, p.value)
    case 'deadline':
      return g.deadline === null || p.deadline === null
        ? g.deadline === p.deadline
        : g.deadline.date === p.deadline.date && g.deadline.precision === p.deadline.precision
    case 'deadlineDate':
      return (g.deadline?.date ?? null) === (p.deadline?.date ?? null)
    case 'metric':
      return metricsMatch(g.metric, p.metric)
    case 'district':
    case 'department':
    case 'person':
      return namesEqual(g[field], p[field])
    default:
      return g[field] === p[field]
  }
}

function pairUp(gold: readonly GoldItem[], predicted: readonly Predicted[]): Pair[] {
  const candidates: { gi: number; pi: number; overlap: number; sameKind: boolean; doubt: boolean; distance: number }[] = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = overlapOf(g, p)
      if (overlap <= 0) return
      if (g.value !== null && !valuesEqual(g.value, p.value)) return
      candidates.push({
        gi,
        pi,
        overlap,
        sameKind: g.kind === p.kind,
        doubt: g.doubt !== undefined,
        distance: Math.abs(g.start - p.start),
      })
    })
  })
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      Number(b.sameKind) - Number(a.sameKind) ||
      Number(a.doubt) - Number(b.doubt) ||
      a.distance - b.distance ||
      a.gi - b.gi ||
      a.pi - b.pi,
  )
  const usedGold = new Set<number>()
  const usedPred = new Set<number>()
  const pairs: Pair[] = []
  for (const c of candidates) {
    if (usedGold.has(c.gi) || usedPred.has(c.pi)) continue
    usedGold.add(c.gi)
    usedPred.add(c.pi)
    const g = gold[c.gi]
    const p = predicted[c.pi]
    pairs.push({ gold: g, predicted: p, overlap: c.overlap, wrong: FIELDS.filter((f) => !fieldCorrect(f, g, p)) })
  }
  return pairs
}

function kindsOf(key: KindKey): readonly Kind[] {
  return key in GROUPS ? GROUPS[key as Group] : [key as Kind]
}

function rates(c: Counts): Rates {
  return { ...c, recall: c.gold ? c.hits / c.gold : null, precision: c.predicted ? c.hits / c.predicted : null }
}

function tally(pairs: readonly Pair[]): Record<Field, FieldTally> {
  const out = {} as Record<Field, FieldTally>
  for (const f of FIELDS) {
    const correct = pairs.filter((p) => !p.wrong.includes(f)).length
    out[f] = { correct, total: pairs.length, rate: pairs.length ? correct / pairs.length : null }
  }
  return out
}

function countKinds(
  gold: readonly GoldItem[],
  counted: readonly Predicted[],
  matched: readonly Pair[],
): Record<KindKey, Rates> {
  const out = {} as Record<KindKey, Rates>
  for (const key of KIND_KEYS) {
    const ks = kindsOf(key)
    out[key] = rates({
      gold: gold.filter((g) => g.doubt === undefined && ks.includes(g.kind)).length,
      predicted: counted.filter((p) => ks.includes(p.kind)).length,
      hits: matched.filter((m) => m.gold.kind === m.predicted.kind && ks.includes(m.gold.kind)).length,
    })
  }
  return out
}

/** Score one source: the extractor's commitments against the gold annotation of the same text. */
export function scoreSource(gold: readonly GoldItem[], predicted: readonly Predicted[]): SourceScore {
  const pairs = pairUp(gold, predicted)
  const matched = pairs.filter((p) => p.gold.doubt === undefined)
  const ignored = pairs.filter((p) => p.gold.doubt !== undefined)
  const pairedGold = new Set(pairs.map((p) => p.gold))
  const pairedPred = new Set(pairs.map((p) => p.predicted))
  const ignoredPred = new Set(ignored.map((p) => p.predicted))
  return {
    kinds: countKinds(gold, predicted.filter((p) => !ignoredPred.has(p)), matched),
    fields: tally(matched),
    matched,
    ignored,
    misses: gold.filter((g) => g.doubt === undefined && !pairedGold.has(g)),
    falsePositives: predicted.filter((p) => !pairedPred.has(p)),
  }
}

/** Pool several sources' scores (micro-average: counts are summed, then divided). */
export function combineScores(scores: readonly SourceScore[]): SourceScore {
  const kinds = {} as Record<KindKey, Rates>
  for (const key of KIND_KEYS) {
    const sum = (k: keyof Counts) => scores.reduce((n, s) => n + s.kinds[key][k], 0)
    kinds[key] = rates({ gold: sum('gold'), predicted: sum('predicted'), hits: sum('hits') })
  }
  const matched = scores.flatMap((s) => s.matched)
  return {
    kinds,
    fields: tally(matched),
    matched,
    ignored: scores.flatMap((s) => s.ignored),
    misses: scores.flatMap((s) => s.misses),
    falsePositives: scores.flatMap((s) => s.falsePositives),
  }
}
