// zod schemas mirroring src/core/model/types.ts: the shape a data pack must have before it may
// reach the database. Cross-record rules (unique ids, references, quotes) live in integrity.ts.
import { z } from 'zod'
import {
  COMPARATORS,
  KINDS,
  LINK_RELATIONS,
  LINK_STATES,
  MILESTONE_STATES,
  PRECISIONS,
  STATUSES,
  VERDICTS,
} from '../model/types'

/** Limits for hostile input; generous for real newspaper pages, small enough to refuse abuse. */
export const LIMITS = {
  /** characters of one source's full text (a newspaper page is ~20 000) */
  sourceText: 2_000_000,
  /** characters of a title, quote, metric, note or reason */
  shortText: 2_000,
  longText: 20_000,
  name: 200,
  id: 128,
  url: 2_048,
  /** records per table */
  records: 500_000,
} as const

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

export const idSchema = z
  .string({ error: 'expected an id string' })
  .min(1, { error: 'expected a non-empty id' })
  .max(LIMITS.id, { error: `expected an id of at most ${LIMITS.id} characters` })
  .regex(ID_PATTERN, { error: 'expected an id of letters, digits and . _ : -' })

const finite = z.number({ error: 'expected a finite number' })
const offset = z
  .number({ error: 'expected a finite number' })
  .int({ error: 'expected a whole number' })
  .min(0, { error: 'expected a number ≥ 0' })

function text(max: number, min = 0) {
  return z
    .string({ error: 'expected a string' })
    .min(min, { error: min === 1 ? 'expected a non-empty string' : `expected at least ${min} characters` })
    .max(max, { error: `expected at most ${max} characters` })
}

const nullableName = text(LIMITS.name).nullable()

/** YYYY-MM-DD naming a real calendar day (2023-02-29 is refused). */
export const isoDate = z.iso.date({ error: 'expected a real date as YYYY-MM-DD' })

/** An ISO date-time such as 2024-01-14T00:00:00.000Z, with a real calendar day. */
export const isoDateTime = z.iso
  .datetime({ offset: true, error: 'expected an ISO date-time such as 2024-01-14T08:00:00Z' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, {
    error: 'expected an ISO date-time with a real calendar date',
  })

/** Links may only be http(s): a javascript: or data: URL must never reach an <a href>. */
export const httpUrl = z
  .string({ error: 'expected a URL string' })
  .max(LIMITS.url, { error: `expected a URL of at most ${LIMITS.url} characters` })
  .refine(isHttpUrl, { error: 'expected an http(s) URL' })

export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false
  try {
    const u = new URL(s)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0
  } catch {
    return false
  }
}

function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `expected one of ${values.join(', ')}` })
}

export const deadlineSchema = z.object({
  date: isoDate,
  precision: oneOf(PRECISIONS),
})

const originSchema = oneOf(['extractor', 'person'] as const)

export const sourceSchema = z.object({
  id: idSchema,
  title: text(LIMITS.shortText),
  publisher: nullableName,
  publishedOn: isoDate.nullable(),
  url: httpUrl.nullable(),
  page: nullableName,
  text: text(LIMITS.sourceText),
  textHash: z.string({ error: 'expected a string' }).regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hex digits' }),
  importedAt: isoDateTime,
  origin: originSchema,
})

export const articleSchema = z.object({
  id: idSchema,
  sourceId: idSchema,
  title: text(LIMITS.shortText),
  start: offset,
  end: offset,
  subtitle: text(LIMITS.shortText).nullable(),
  byline: text(LIMITS.shortText).nullable(),
  district: nullableName,
  department: nullableName,
  person: nullableName,
})

const extractedFields = {
  kind: oneOf(KINDS),
  quote: text(LIMITS.longText, 1),
  start: offset,
  end: offset,
  metric: text(LIMITS.shortText).nullable(),
  value: finite.nullable(),
  unit: text(LIMITS.name).nullable(),
  comparator: oneOf(COMPARATORS).nullable(),
  growth: z.boolean({ error: 'expected true or false' }),
  deadline: deadlineSchema.nullable(),
  district: nullableName,
  department: nullableName,
  person: nullableName,
  category: text(LIMITS.name, 1),
  confidence: finite.min(0, { error: 'expected a number from 0 to 1' }).max(1, { error: 'expected a number from 0 to 1' }),
}

export const commitmentSchema = z.object({
  id: idSchema,
  sourceId: idSchema,
  articleId: idSchema.nullable(),
  ...extractedFields,
  extractorVersion: text(LIMITS.name, 1),
  origin: originSchema,
  reviewedAt: isoDateTime.nullable(),
  original: z.object(extractedFields).partial().nullable(),
  status: oneOf(STATUSES),
  createdAt: isoDateTime,
})

export const evidenceSchema = z.object({
  url: httpUrl.nullable(),
  quote: text(LIMITS.longText).nullable(),
  publisher: nullableName,
  publishedOn: isoDate.nullable(),
})

export const updateSchema = z
  .object({
    id: idSchema,
    commitmentId: idSchema,
    observedOn: isoDate,
    periodStart: isoDate.nullable(),
    value: finite.nullable(),
    unit: text(LIMITS.name).nullable(),
    comparator: oneOf(COMPARATORS).nullable(),
    state: oneOf(MILESTONE_STATES).nullable(),
    evidence: evidenceSchema,
    enteredBy: text(LIMITS.name, 1),
    enteredAt: isoDateTime,
    supersedes: idSchema.nullable(),
    note: text(LIMITS.longText).nullable(),
    origin: originSchema,
  })
  .superRefine((u, ctx) => {
    if (u.value === null && u.state === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected a value or a milestone state' })
    }
    if (u.periodStart !== null && u.periodStart > u.observedOn) {
      ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'expected a date on or before observedOn' })
    }
  })

export const verdictSchema = z.object({
  id: idSchema,
  commitmentId: idSchema,
  verdict: oneOf(VERDICTS),
  reason: text(LIMITS.longText, 1),
  enteredBy: text(LIMITS.name, 1),
  enteredAt: isoDateTime,
})

export const linkSchema = z
  .object({
    id: idSchema,
    fromId: idSchema,
    toId: idSchema,
    relation: oneOf(LINK_RELATIONS),
    state: oneOf(LINK_STATES),
    score: finite.min(0, { error: 'expected a number from 0 to 1' }).max(1, { error: 'expected a number from 0 to 1' }),
    decidedBy: text(LIMITS.name, 1).nullable(),
    decidedAt: isoDateTime.nullable(),
  })
  .superRefine((l, ctx) => {
    if (l.fromId === l.toId) ctx.addIssue({ code: 'custom', path: ['toId'], message: 'expected another commitment than fromId' })
  })

function table<T extends z.ZodType>(row: T) {
  return z
    .array(row, { error: 'expected an array' })
    .max(LIMITS.records, { error: `expected at most ${LIMITS.records} records` })
}

export const dataPackSchema = z.object({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion 1' }),
  generatedBy: text(LIMITS.shortText).optional(),
  sources: table(sourceSchema),
  articles: table(articleSchema),
  commitments: table(commitmentSchema),
  updates: table(updateSchema),
  verdicts: table(verdictSchema),
  // optional: packs written before lineage existed have no links
  links: table(linkSchema).optional(),
})
