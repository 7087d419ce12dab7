// The review step's model: each extracted commitment as the extractor read it, the person's edits,
// and whether it is dropped. Turning the reviewed draft into the pack to save is pure (and tested):
// edited items become origin 'person' with the extractor's reading kept in `original`.
import type { Commitment, DataPack, ExtractedCommitment, Kind, Precision } from '../../core/model/types'
import { SCHEMA_VERSION } from '../../core/model/types'

/** The fields a person may correct in review (owner = district, department, person). */
export interface EditableFields {
  kind: Kind
  metric: string
  /** in base units, as text from the input ('' = none) */
  value: string
  unit: string
  /** YYYY-MM-DD or '' for none */
  deadlineDate: string
  deadlinePrecision: Precision
  district: string
  department: string
  person: string
}

export interface DraftItem {
  reading: Commitment
  edit: EditableFields
  dropped: boolean
}

export function editableOf(c: Commitment): EditableFields {
  return {
    kind: c.kind,
    metric: c.metric ?? '',
    value: c.value === null ? '' : String(c.value),
    unit: c.unit ?? '',
    deadlineDate: c.deadline?.date ?? '',
    deadlinePrecision: c.deadline?.precision ?? 'day',
    district: c.district ?? '',
    department: c.department ?? '',
    person: c.person ?? '',
  }
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

/** The commitment fields an edit stands for; a value that is not a number stays as NaN for validation to name. */
export function fieldsOf(e: EditableFields): Pick<Commitment, 'kind' | 'metric' | 'value' | 'unit' | 'deadline' | 'district' | 'department' | 'person'> {
  const v = e.value.trim().replace(/,/g, '')
  return {
    kind: e.kind,
    metric: orNull(e.metric),
    value: v === '' ? null : Number(v),
    unit: orNull(e.unit),
    deadline: orNull(e.deadlineDate) ? { date: e.deadlineDate.trim(), precision: e.deadlinePrecision } : null,
    district: orNull(e.district),
    department: orNull(e.department),
    person: orNull(e.person),
  }
}

/** The extractor's values of the fields the person changed (empty when nothing changed). */
export function changedFrom(reading: Commitment, e: EditableFields): Partial<ExtractedCommitment> {
  const next = fieldsOf(e)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(next)) {
    const before = reading[k as keyof typeof next]
    if (JSON.stringify(before) !== JSON.stringify(v)) out[k] = before
  }
  return out as Partial<ExtractedCommitment>
}

export function isEdited(item: DraftItem): boolean {
  return Object.keys(changedFrom(item.reading, item.edit)).length > 0
}

/** A first problem with an edit, as a message key, or null. */
export function editProblem(e: EditableFields): string | null {
  const f = fieldsOf(e)
  if (f.value !== null && !Number.isFinite(f.value)) return 'import.review.badValue'
  if (f.deadline && !/^\d{4}-\d{2}-\d{2}$/.test(f.deadline.date)) return 'import.review.badDate'
  return null
}

/**
 * One pack from the reviewed sources (one transaction saves all or nothing): dropped items left out,
 * edited items marked as a person's with the extractor's reading in `original`.
 */
export function reviewedPack(packs: readonly DataPack[], items: ReadonlyMap<string, DraftItem>, reviewedAt: string): DataPack {
  const commitments: Commitment[] = []
  for (const p of packs) {
    for (const c of p.commitments) {
      const item = items.get(c.id)
      if (!item) {
        commitments.push(c)
        continue
      }
      if (item.dropped) continue
      const original = changedFrom(item.reading, item.edit)
      if (Object.keys(original).length === 0) commitments.push(c)
      else commitments.push({ ...c, ...fieldsOf(item.edit), origin: 'person', reviewedAt, original })
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedBy: packs[0]?.generatedBy,
    sources: packs.flatMap((p) => p.sources),
    articles: packs.flatMap((p) => p.articles),
    commitments,
    updates: [],
    verdicts: [],
  }
}
