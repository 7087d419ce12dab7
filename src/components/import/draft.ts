// The review step's model: each extracted commitment as the extractor read it, the person's edits,
// and whether it is dropped. Turning the reviewed draft into the pack to save is pure (and tested):
// edited items become origin 'person' with the extractor's reading kept in `original`.
import type { Commitment, DataPack, ExtractedCommitment, Kind, Precision } from '../../core/model/types'
import { KINDS, PRECISIONS, SCHEMA_VERSION } from '../../core/model/types'

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

/**
 * Whether the review search `q` finds this item: in its quote or the extractor's reading (not the
 * person's edits, so an item does not vanish from a search while it is being corrected).
 */
export function matchesQuery(item: DraftItem, q: string): boolean {
  const r = item.reading
  // the quote as shown (line breaks inside it removed)
  const quote = r.quote.replace(/\s*\n\s*/g, '')
  return [quote, r.metric, r.value === null ? null : String(r.value), r.unit, r.district, r.department, r.person].some((s) => s?.includes(q))
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

/**
 * What the person decided in a review, kept in this tab across a reload: the edits and drops by
 * commitment id (ids are deterministic, so extracting the same text again finds the same ids) and
 * the offers accepted or rejected. Only items the person touched are kept.
 */
export interface ReviewDraft {
  items: Record<string, { edit?: EditableFields; dropped?: true }>
  decisions: Record<string, 'accept' | 'reject'>
}

export function reviewDraftOf(items: readonly DraftItem[], decisions: Readonly<Record<string, 'accept' | 'reject' | null>>): ReviewDraft {
  const out: ReviewDraft = { items: {}, decisions: {} }
  for (const i of items) {
    const edited = isEdited(i)
    if (!edited && !i.dropped) continue
    out.items[i.reading.id] = { ...(edited ? { edit: { ...i.edit } } : {}), ...(i.dropped ? { dropped: true as const } : {}) }
  }
  for (const [k, d] of Object.entries(decisions)) if (d) out.decisions[k] = d
  return out
}

const FIELD_NAMES = ['kind', 'metric', 'value', 'unit', 'deadlineDate', 'deadlinePrecision', 'district', 'department', 'person'] as const

/** A stored draft, checked field by field (sessionStorage is not trusted); null when it is not one. */
export function parseReviewDraft(json: string | null): ReviewDraft | null {
  let raw: unknown
  try {
    raw = JSON.parse(json ?? 'null')
  } catch {
    return null
  }
  if (!isRecord(raw) || !isRecord(raw.items) || !isRecord(raw.decisions)) return null
  const out: ReviewDraft = { items: {}, decisions: {} }
  for (const [id, v] of Object.entries(raw.items)) {
    if (!isRecord(v) || id === '__proto__') continue
    const entry: ReviewDraft['items'][string] = {}
    if (v.dropped === true) entry.dropped = true
    const e = v.edit
    if (isRecord(e) && FIELD_NAMES.every((f) => typeof e[f] === 'string') && (KINDS as readonly unknown[]).includes(e.kind) && (PRECISIONS as readonly unknown[]).includes(e.deadlinePrecision)) {
      entry.edit = Object.fromEntries(FIELD_NAMES.map((f) => [f, e[f]])) as unknown as EditableFields
    }
    if (entry.edit || entry.dropped) out.items[id] = entry
  }
  for (const [k, d] of Object.entries(raw.decisions)) if (d === 'accept' || d === 'reject') out.decisions[k] = d
  return out
}

/** Put a kept draft back on a fresh review; returns how many items and offers it restored. */
export function applyReviewDraft(items: DraftItem[], decisions: Record<string, 'accept' | 'reject' | null>, draft: ReviewDraft | null): number {
  if (!draft) return 0
  let n = 0
  for (const i of items) {
    const kept = draft.items[i.reading.id]
    if (!kept) continue
    if (kept.edit) i.edit = { ...kept.edit }
    if (kept.dropped) i.dropped = true
    n++
  }
  for (const [k, d] of Object.entries(draft.decisions)) {
    if (Object.hasOwn(decisions, k)) {
      decisions[k] = d
      n++
    }
  }
  return n
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
