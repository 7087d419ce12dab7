// The IndexedDB schema in one place, as plain data: PledgeDB applies it, and a snapshot test can
// compare it so that no index or table changes without a new version and a migration.
import type { Commitment } from '../core/model/types'
import type { PackedCells } from '../core/aggregate/stats'

export const DB_NAME = 'pledge-ledger'
export const DB_VERSION = 6

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

/**
 * Version 2 adds `stats`: maintained dashboard counts, one row per (dimension, key, status), kept
 * current in the same transaction as every commitment write (see stats.ts), so the dashboard reads
 * a few hundred small rows instead of every commitment. Its upgrade builds the table from the rows.
 * The commitments gain a page-order index ([sourceId+start+end]) for the list's ids-first query.
 */
export const STORES_V2 = {
  ...STORES_V1,
  // + page order as an index, so the list can take ids in order without loading rows
  commitments: STORES_V1.commitments + ', [sourceId+start+end]',
  stats: 'id',
} as const

/**
 * Version 3 adds `links`: lineage links between commitments (suggested, confirmed or rejected by a
 * person). Nothing to fill on upgrade: a new table starts empty, every other table is unchanged.
 */
export const STORES_V3 = {
  ...STORES_V2,
  links: 'id, fromId, toId, state',
} as const

/**
 * Version 4 changes what `stats` rows hold, not its indexes: one row per district with its cells
 * (district, department, category, kind, status, deadline month) packed, so every dashboard filter
 * can be answered from counts (core/aggregate/stats.ts). Its upgrade rebuilds the table from rows.
 */
export const STORES_V4 = { ...STORES_V3 } as const

/**
 * Version 5 adds indexes on the times person-made records were entered, so the backup reminder's
 * "records not yet backed up" (storage.ts backupState) is a handful of index counts after each write
 * instead of reading every source (texts included) and every person's row. Compound indexes hold
 * only rows whose both parts are set, and null is no key: an unreviewed commitment (reviewedAt
 * null) or an undecided link costs no index entry. IndexedDB builds new indexes from the stored rows during the upgrade;
 * no row changes, so there is no upgrade function.
 */
export const STORES_V5 = {
  ...STORES_V4,
  sources: STORES_V4.sources + ', importedAt',
  commitments: STORES_V4.commitments + ', reviewedAt',
  updates: STORES_V4.updates + ', [origin+enteredAt]',
  verdicts: STORES_V4.verdicts + ', enteredAt',
  links: STORES_V4.links + ', [state+decidedAt]',
} as const

/**
 * Version 6 gives every `stats` row a revision (`rev`, new on every write of the row, see stats.ts)
 * and indexes it with the row's id, so a reader that holds the counts already asks the index which
 * rows changed (their keys only) and reads just those: a data change re-reads one or two districts'
 * cells instead of all of them. Its upgrade gives the stored rows their first revision.
 */
export const STORES_V6 = {
  ...STORES_V5,
  stats: STORES_V5.stats + ', [id+rev]',
} as const

/** Every version's stores, oldest first; upgrades live in db.ts (they need Dexie). */
export const SCHEMA_HISTORY = [
  { version: 1, stores: STORES_V1 },
  { version: 2, stores: STORES_V2 },
  { version: 3, stores: STORES_V3 },
  { version: 4, stores: STORES_V4 },
  { version: 5, stores: STORES_V5 },
  { version: 6, stores: STORES_V6 },
] as const

/**
 * A district's maintained counts, packed (see core/aggregate/stats.ts); `id` is packId(district).
 * `rev` changes on every write of the row (version 6; see stats.ts statRevision).
 */
export type StatRow = PackedCells & { rev: string }

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
