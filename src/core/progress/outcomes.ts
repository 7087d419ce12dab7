// Later-reported outcomes (the shape of ../shared/outcomes/seed-2024.json) as Update records.
// Each outcome names its commitment by quote; with no match it is listed as unmatched, never guessed.
import { z } from 'zod'
import { COMPARATORS, type Commitment, type MilestoneState, type Update } from '../model/types'
import { fnv1a64 } from '../ids'
import { stablePackJson } from '../pack/stableJson'
import { isIsoDate } from './dates'
import { isHttpUrl } from './validateUpdate'
import { unitConversion } from './units'

const isoDate = z.string().refine(isIsoDate, { message: 'expected a real date as YYYY-MM-DD' })
const STATES: Readonly<Record<string, MilestoneState>> = {
  'not started': 'not_started',
  not_started: 'not_started',
  'under way': 'under_way',
  under_way: 'under_way',
  done: 'done',
}

const outcomeSchema = z.object({
  commitmentQuote: z.string().min(1),
  observedOn: isoDate,
  periodStart: isoDate.nullable().optional(),
  value: z.number().finite().nullable().optional(),
  unit: z.string().nullable().optional(),
  comparator: z.enum(COMPARATORS).nullable().optional(),
  state: z.enum(Object.keys(STATES) as [string, ...string[]]).nullable().optional(),
  evidence: z.object({
    url: z.string().refine(isHttpUrl, { message: 'expected an http(s) link' }).nullable(),
    quote: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: isoDate.nullable(),
  }),
  confidence: z.string().optional(),
  note: z.string().nullable().optional(),
})
const outcomesSchema = z.object({ updates: z.array(outcomeSchema) })
type Outcome = z.infer<typeof outcomeSchema>

export interface OutcomesOptions {
  /** entry time stamped on every update; fixed so builds are reproducible */
  enteredAt?: string
}

/** The day ../shared/outcomes/seed-2024.json was compiled. */
export const SEED_OUTCOMES_ENTERED_AT = '2026-11-27T00:00:00.000Z'

/**
 * Map an outcomes file to updates. Throws on a malformed file, naming the first bad field.
 * Matching: the commitment whose quote contains the outcome's quote (white space ignored, since
 * newspaper columns break lines inside words); among several, one whose kind and unit fit the
 * outcome, then the shortest quote. Failing that, a commitment whose quote (6+ characters) lies
 * inside the outcome's quote and fits it. Ids hash the commitment id and the whole entry, so two
 * reports of one milestone with different dates are two updates, and rebuilding gives the same ids.
 */
export function outcomesToUpdates(
  outcomes: unknown,
  commitments: Commitment[],
  options: OutcomesOptions = {},
): { updates: Update[]; unmatched: string[] } {
  const parsed = outcomesSchema.safeParse(outcomes)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`outcomes: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
  const enteredAt = options.enteredAt ?? SEED_OUTCOMES_ENTERED_AT
  const updates: Update[] = []
  const unmatched: string[] = []
  const seen = new Set<string>()
  for (const o of parsed.data.updates) {
    const c = matchOutcome(o, commitments)
    if (!c) {
      if (!unmatched.includes(o.commitmentQuote)) unmatched.push(o.commitmentQuote)
      continue
    }
    let id = `upd-${fnv1a64(c.id + '\n' + stablePackJson(o))}`
    for (let n = 2; seen.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}` // a repeated entry
    seen.add(id)
    updates.push(toUpdate(o, c.id, id, enteredAt))
  }
  return { updates, unmatched }
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

/** Whether a commitment can take this outcome: a figure needs a numeric target, a state a milestone. */
function fits(o: Outcome, c: Commitment): boolean {
  if (o.state) return c.kind === 'milestone' || c.kind === 'qualitative' || c.value === null
  if (o.value === null || o.value === undefined || c.value === null) return false
  return !o.unit || !c.unit || unitConversion(o.unit, c.unit).ok
}

function matchOutcome(o: Outcome, commitments: Commitment[]): Commitment | null {
  const q = squeeze(o.commitmentQuote)
  const rank = (c: Commitment) => [fits(o, c) ? 0 : 1, squeeze(c.quote) === q ? 0 : 1, c.quote.length, c.start] as const
  const better = (a: Commitment, b: Commitment) => {
    const [ra, rb] = [rank(a), rank(b)]
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i]
    return a.id < b.id
  }
  let best: Commitment | null = null
  for (const c of commitments) if (squeeze(c.quote).includes(q) && (!best || better(c, best))) best = c
  if (best) return best
  for (const c of commitments) {
    const cq = squeeze(c.quote)
    if (cq.length >= 6 && q.includes(cq) && fits(o, c) && (!best || better(c, best))) best = c
  }
  return best
}

function toUpdate(o: Outcome, commitmentId: string, id: string, enteredAt: string): Update {
  const notes = [o.note ?? null, o.confidence ? `Confidence: ${o.confidence}.` : null].filter(Boolean)
  return {
    id,
    commitmentId,
    observedOn: o.observedOn,
    periodStart: o.periodStart ?? null,
    value: o.value ?? null,
    unit: o.unit ?? null,
    comparator: o.comparator ?? null,
    state: o.state ? STATES[o.state] : null,
    evidence: { ...o.evidence },
    enteredBy: 'seed',
    enteredAt,
    supersedes: null,
    note: notes.length ? notes.join(' ') : null,
    origin: 'person',
  }
}
