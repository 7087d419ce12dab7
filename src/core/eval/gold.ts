// The golden-fixture format: a hand annotation of one text (../shared/gold/README.md) and the
// metadata saying where the text came from. Framework-free: used by the scorer, the eval script
// and the fixture validation test.
import { z } from 'zod'
import { COMPARATORS, KINDS, PRECISIONS } from '@/core/model/types'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'not a calendar date')

export const goldDeadlineSchema = z.object({ date: isoDate, precision: z.enum(PRECISIONS) })

export const goldItemSchema = z.object({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(KINDS),
  metric: z.string().nullable(),
  value: z.number().finite().nullable(),
  unit: z.string().nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  growth: z.boolean(),
  deadline: goldDeadlineSchema.nullable(),
  district: z.string().nullable(),
  department: z.string().nullable(),
  person: z.string().nullable(),
  /** a reading reasonable people may take differently: neither counts for nor against */
  doubt: z.string().optional(),
  note: z.string().optional(),
})
export type GoldItem = z.infer<typeof goldItemSchema>

export const goldFileSchema = z.array(goldItemSchema)

export const fixtureMetaSchema = z.object({
  /** publication date; the extraction date */
  date: isoDate,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().url().nullable(),
  /** how and where the text was obtained */
  retrieved: z.string().min(1),
  place: z.string().min(1),
  kind: z.string().min(1),
  script: z.enum(['simplified', 'traditional']),
  notes: z.string().optional(),
})
export type FixtureMeta = z.infer<typeof fixtureMetaSchema>

/** Problems with a gold file against its text; empty when the annotation is well formed. */
export function goldProblems(text: string, raw: unknown): string[] {
  const parsed = goldFileSchema.safeParse(raw)
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }
  const problems: string[] = []
  parsed.data.forEach((item, i) => {
    const where = `#${i} ${JSON.stringify(item.quote.slice(0, 20))}`
    if (text.slice(item.start, item.end) !== item.quote) {
      problems.push(`${where}: quote !== text.slice(${item.start}, ${item.end})`)
    } else if (text.indexOf(item.quote) !== item.start) {
      // The convention (shared/gold/README.md): offsets of the quote's first occurrence.
      problems.push(`${where}: start ${item.start} is not the first occurrence (${text.indexOf(item.quote)})`)
    }
    if (item.value === null && (item.unit !== null || item.comparator !== null)) {
      problems.push(`${where}: unit or comparator without a value`)
    }
    if (item.growth && item.value === null) problems.push(`${where}: growth without a value`)
  })
  return problems
}
