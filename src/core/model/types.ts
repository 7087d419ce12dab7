// The shared vocabulary of Pledge Ledger (see ../shared/design.md §2–4).
// Framework-free: imported by the extractor, the worker, the database layer and the UI.

export const KINDS = ['target', 'milestone', 'qualitative', 'fact'] as const
export type Kind = (typeof KINDS)[number]

export const COMPARATORS = ['>', '≥', '=', '≤', '<', '≈'] as const
export type Comparator = (typeof COMPARATORS)[number]

export const PRECISIONS = ['day', 'month', 'half', 'year'] as const
export type Precision = (typeof PRECISIONS)[number]

export interface Deadline {
  /** ISO date YYYY-MM-DD */
  date: string
  precision: Precision
}

/** An article (story) inside a source, as the extractor reports it. */
export interface ExtractedArticle {
  title: string
  /** UTF-16 offsets into the source text */
  start: number
  end: number
  subtitle?: string | null
  byline?: string | null
  /** default owner named by an interview header or dateline */
  district?: string | null
  department?: string | null
  person?: string | null
}

/** One commitment as the extraction contract (design.md §3) defines it. */
export interface ExtractedCommitment {
  kind: Kind
  /** exactly text.slice(start, end) */
  quote: string
  start: number
  end: number
  metric: string | null
  value: number | null
  unit: string | null
  comparator: Comparator | null
  growth: boolean
  deadline: Deadline | null
  district: string | null
  department: string | null
  person: string | null
  category: string
  confidence: number
  /** index into the source's articles array, or null when outside any article */
  article?: number | null
}

export interface ExtractedSource {
  file: string
  date: string | null
  length: number
  articles: ExtractedArticle[]
  commitments: ExtractedCommitment[]
}

export interface ExtractionOutput {
  extractorVersion: string
  sources: ExtractedSource[]
}

// ---------------------------------------------------------------------------
// Stored records (data pack and IndexedDB rows)

export const STATUSES = [
  'ahead', // 超序时
  'on_pace', // 按序时
  'behind', // 慢序时
  'achieved', // 已完成
  'achieved_early', // 提前完成
  'missed', // 未完成
  'overdue', // 逾期 (deadline passed, no final figure)
  'done', // milestone done
  'not_yet', // milestone not yet due / under way
  'no_data', // 未评估
] as const
export type Status = (typeof STATUSES)[number]

export const MILESTONE_STATES = ['not_started', 'under_way', 'done'] as const
export type MilestoneState = (typeof MILESTONE_STATES)[number]

export const VERDICTS = ['partial', 'revised', 'dropped', 'achieved', 'missed'] as const
export type VerdictKind = (typeof VERDICTS)[number]

/** Who produced a record: the extractor unreviewed, or a person. */
export type Origin = 'extractor' | 'person'

export interface Source {
  id: string
  title: string
  publisher: string | null
  /** ISO date of publication */
  publishedOn: string | null
  url: string | null
  page: string | null
  /** full text exactly as imported; never altered */
  text: string
  /** hash of text, for duplicate detection */
  textHash: string
  importedAt: string
  origin: Origin
}

export interface Article {
  id: string
  sourceId: string
  title: string
  start: number
  end: number
  subtitle: string | null
  byline: string | null
  district: string | null
  department: string | null
  person: string | null
}

export interface Commitment {
  id: string
  sourceId: string
  articleId: string | null
  kind: Kind
  quote: string
  start: number
  end: number
  metric: string | null
  value: number | null
  unit: string | null
  comparator: Comparator | null
  growth: boolean
  deadline: Deadline | null
  district: string | null
  department: string | null
  person: string | null
  category: string
  confidence: number
  extractorVersion: string
  origin: Origin
  /** set when a person confirmed or edited the extractor's reading */
  reviewedAt: string | null
  /** the extractor's reading before a person's edit, kept visible */
  original: Partial<ExtractedCommitment> | null
  /** derived by the progress engine and stored for indexing; recomputed, never typed */
  status: Status
  createdAt: string
}

export interface Evidence {
  url: string | null
  quote: string | null
  publisher: string | null
  publishedOn: string | null
}

/** A dated observation on a commitment. Append-only; corrections supersede. */
export interface Update {
  id: string
  commitmentId: string
  /** end of the period the figure covers, or the date of the milestone state */
  observedOn: string
  /** start of a partial-period figure (前三季度 → 01-01) */
  periodStart: string | null
  value: number | null
  unit: string | null
  comparator: Comparator | null
  state: MilestoneState | null
  evidence: Evidence
  enteredBy: string
  enteredAt: string
  /** id of the update this one corrects */
  supersedes: string | null
  note: string | null
  origin: Origin
}

/** A person's explicit verdict; overrides the computed status only with a reason. */
export interface Verdict {
  id: string
  commitmentId: string
  verdict: VerdictKind
  reason: string
  enteredBy: string
  enteredAt: string
}

export const SCHEMA_VERSION = 1

export interface DataPack {
  schemaVersion: number
  generatedBy?: string
  sources: Source[]
  articles: Article[]
  commitments: Commitment[]
  updates: Update[]
  verdicts: Verdict[]
  /** lineage links between commitments (optional: packs from before lineage have none) */
  links?: Link[]
}

// ---------------------------------------------------------------------------
// Lineage (issue 5): one commitment seen again in a later (or earlier) text.

export const LINK_RELATIONS = ['restated', 'raised', 'lowered', 'deadline_moved', 'reworded'] as const
/** How the later commitment restates the earlier one. */
export type LinkRelation = (typeof LINK_RELATIONS)[number]

export const LINK_STATES = ['suggested', 'confirmed', 'rejected'] as const
export type LinkState = (typeof LINK_STATES)[number]

/** A suggested or decided lineage link; `fromId` is the earlier commitment, `toId` the later one. */
export interface Link {
  id: string
  fromId: string
  toId: string
  relation: LinkRelation
  state: LinkState
  /** the matcher's confidence, 0–1 */
  score: number
  /** who confirmed or rejected it; null while suggested */
  decidedBy: string | null
  decidedAt: string | null
}
