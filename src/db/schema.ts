// The IndexedDB schema in one place, as plain data: PledgeDB applies it, and a snapshot test can
// compare it so that no index or table changes without a new version and a migration.
import type { Commitment } from '../core/model/types'

export const DB_NAME = 'pledge-ledger'
export const DB_VERSION = 1

/**
 * Dexie store strings per version: primary key first, then indexes. Compound indexes serve the
 * dashboard's "by owner, by status" views; `year` is the deadline year, derived on write.
 */
export const STORES_V1 = {
  sources: 'id, textHash, publishedOn, origin',
  articles: 'id, sourceId',
  commitments:
    'id, sourceId, articleId, district, department, category, kind, status, deadline.date, year, origin, ' +
    '[district+status], [department+status], [category+status], [year+status]',
  updates: 'id, commitmentId, observedOn, origin',
  verdicts: 'id, commitmentId',
  meta: 'key',
} as const

/** Every version's stores, oldest first; add { version: 2, stores, upgrade } entries here. */
export const SCHEMA_HISTORY = [{ version: 1, stores: STORES_V1 }] as const

/** A commitment as stored: the model record plus its indexed deadline year (null: no deadline). */
export type CommitmentRow = Commitment & { year: number | null }

/** Small key/value facts about the database itself (the seed version loaded, …). */
export interface MetaRow {
  key: string
  value: unknown
}

export const META_SEED = 'seed'
/** The day (YYYY-MM-DD) stored statuses were last computed for; statuses move with the calendar. */
export const META_STATUSES_ON = 'statusesOn'
/** ISO date-time of the last export (backup), for the "no recent backup" reminder. */
export const META_LAST_EXPORT = 'lastExportAt'

export interface SeedMeta {
  /** content hash of the seed pack last loaded */
  version: string
  generatedBy: string | null
  loadedAt: string
}
