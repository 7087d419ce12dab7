// Attaches later-reported outcomes (../shared/outcomes/seed-2024.json format) to a built pack as
// updates. Each outcome names its commitment by an exact quote; no match means no update,
// never a guess.
import { z } from 'zod'
import type { Commitment, DataPack, MilestoneState, Update } from '../model/types'
import { COMPARATORS } from '../model/types'
import { fnv1a64 } from '../ids'
import { stablePackJson } from './stableJson'
import { httpUrl, isoDate } from './schema'

const outcomeSchema = z.object({
  commitmentQuote: z.string().min(1),
  observedOn: isoDate,
  periodStart: isoDate.nullable().optional(),
  value: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  comparator: z.enum(COMPARATORS).nullable().optional(),
  // the outcomes file writes states in words ("under way"); the model uses snake_case
  state: z.enum(['not started', 'under way', 'done', 'not_started', 'under_way']).nullable().optional(),
  evidence: z.object({
    url: httpUrl.nullable(),
    quote: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: isoDate.nullable(),
  }),
  confidence: z.string().optional(),
  note: z.string().nullable().optional(),
})

const outcomesFileSchema = z.object({ updates: z.array(outcomeSchema) })

export type Outcome = z.infer<typeof outcomeSchema>

export interface AttachResult {
  pack: DataPack
  attached: number
  warnings: string[]
}

/**
 * @param outcomesFile the parsed outcomes JSON ({ updates: [...] })
 * @param enteredAt a fixed stamp for every attached update, so builds are reproducible
 */
export function attachOutcomes(pack: DataPack, outcomesFile: unknown, enteredAt: string): AttachResult {
  const parsed = outcomesFileSchema.safeParse(outcomesFile)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`outcomes file: ${issue.path.join('.')}: ${issue.message}`)
  }
  const warnings: string[] = []
  const updates: Update[] = [...pack.updates]
  for (const outcome of parsed.data.updates) {
    const target = matchCommitment(pack.commitments, outcome.commitmentQuote)
    if (!target) {
      warnings.push(`no extracted commitment contains "${outcome.commitmentQuote}"; outcome of ${outcome.observedOn} skipped`)
      continue
    }
    // two reports of one milestone (different dates) are both kept: ids hash the whole entry
    updates.push(outcomeToUpdate(outcome, target.id, enteredAt))
  }
  return { pack: { ...pack, updates }, attached: updates.length - pack.updates.length, warnings }
}

/** The commitment whose quote equals `quote`, else the shortest one containing it. */
export function matchCommitment(commitments: readonly Commitment[], quote: string): Commitment | undefined {
  const exact = commitments.find((c) => c.quote === quote)
  if (exact) return exact
  let best: Commitment | undefined
  for (const c of commitments) {
    if (c.quote.includes(quote) && (!best || c.quote.length < best.quote.length)) best = c
  }
  return best
}

function outcomeToUpdate(o: Outcome, commitmentId: string, enteredAt: string): Update {
  const notes = [o.note ?? null, o.confidence ? `Confidence: ${o.confidence}.` : null].filter(Boolean)
  return {
    id: `upd-${fnv1a64(commitmentId + '\n' + stablePackJson(o))}`,
    commitmentId,
    observedOn: o.observedOn,
    periodStart: o.periodStart ?? null,
    value: o.value ?? null,
    unit: o.unit ?? null,
    comparator: o.comparator ?? null,
    state: o.state ? milestoneState(o.state) : null,
    evidence: {
      url: o.evidence.url,
      quote: o.evidence.quote,
      publisher: o.evidence.publisher,
      publishedOn: o.evidence.publishedOn,
    },
    enteredBy: 'seed',
    enteredAt,
    supersedes: null,
    note: notes.length > 0 ? notes.join(' ') : null,
    origin: 'person',
  }
}

function milestoneState(s: string): MilestoneState {
  return s.replace(' ', '_') as MilestoneState
}
