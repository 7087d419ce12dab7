// The typed Dexie database and the app-wide instance.
import Dexie, { type EntityTable } from 'dexie'
import type { Article, Commitment, Link, Source, Update, Verdict } from '../core/model/types'
import { deadlineYear } from '../core/model/matchFilter'
import { type CommitmentRow, DB_NAME, DB_VERSION, type MetaRow, SCHEMA_HISTORY, type StatRow } from './schema'
import { buildStatsTable, reviseStatsTable } from './stats'
import { storedVersion } from './stored'
import { commitmentRowProblem, requireRows } from './upgrade'

export class PledgeDB extends Dexie {
  sources!: EntityTable<Source, 'id'>
  articles!: EntityTable<Article, 'id'>
  commitments!: EntityTable<CommitmentRow, 'id'>
  updates!: EntityTable<Update, 'id'>
  verdicts!: EntityTable<Verdict, 'id'>
  meta!: EntityTable<MetaRow, 'key'>
  stats!: EntityTable<StatRow, 'id'>
  links!: EntityTable<Link, 'id'>

  /**
   * True when the stored database was upgraded by a newer app (another tab, a later visit).
   * Dexie 4 opens such a database anyway; our writes refuse to touch it (see writes.ts).
   */
  newerThanApp = false
  /** True once another tab asked to upgrade: Dexie has closed this connection. */
  upgradedElsewhere = false
  private readonly upgradeListeners = new Set<() => void>()

  constructor(name: string = DB_NAME) {
    super(name)
    for (const { version, stores } of SCHEMA_HISTORY) this.version(version).stores(stores)
    // v2: the maintained counts start from the rows a v1 database already holds (a row they
    // cannot be built from fails the upgrade, see upgrade.ts)
    this.version(2).upgrade(async (tx) => {
      await requireRows(tx, 'commitments', commitmentRowProblem)
      await buildStatsTable(tx)
    })
    // v4: the counts become packed cells that every dashboard filter can be answered from
    this.version(4).upgrade(async (tx) => {
      await requireRows(tx, 'commitments', commitmentRowProblem)
      await buildStatsTable(tx)
    })
    // v6: every stats row gets a revision, so a data change reads only the rows it changed
    this.version(6).upgrade(reviseStatsTable)
    this.on('ready', () => {
      // Dexie stores version N as IndexedDB version N × 10
      this.newerThanApp = this.backendDB().version > DB_VERSION * 10
    })
    this.on('versionchange', () => {
      this.upgradedElsewhere = true
      // Close for good. Dexie's own handler (which runs after this one, unless this returns false)
      // closes too but reopens on the next query, and reopening a database whose schema it does not
      // know makes Dexie change that schema. The app asks the user to reload instead.
      this.close({ disableAutoOpen: true })
      for (const listener of this.upgradeListeners) listener()
      return false
    })
  }

  /** Calls `listener` when another tab upgrades the database, so the app can ask to reload. */
  onUpgradeElsewhere(listener: () => void): () => void {
    this.upgradeListeners.add(listener)
    return () => this.upgradeListeners.delete(listener)
  }
}

let instance: PledgeDB | null = null

/** The app's database, created on first use (Dexie opens it lazily on the first query). */
export function getDb(): PledgeDB {
  instance ??= new PledgeDB()
  return instance
}

/** Replace the app-wide instance (tests, or a reopen after another tab upgraded). */
export function setDb(db: PledgeDB | null): void {
  instance = db
}

/** Why the app's database cannot be used; the UI explains each (DatabaseProblem.vue). */
export type DbProblem =
  /** an upgrade threw: IndexedDB aborted it, so the database is still at `stored` with its data */
  | { kind: 'upgradeFailed'; stored: number; target: number; detail: string }
  /** written by a newer app: neither read nor written, so nothing this version does can harm it */
  | { kind: 'newer'; stored: number; app: number }

/**
 * Opens the app's database. Looks at the stored version first with the raw IndexedDB API: a
 * database newer than the app is not opened at all (Dexie would open it, and even change its schema
 * when tables it declares are missing). When the upgrade fails, says so if the stored version is
 * unchanged (the versionchange transaction was aborted). Any other failure is thrown.
 */
export async function openDatabase(db: PledgeDB): Promise<DbProblem | null> {
  if (db.isOpen()) return null
  const before = await storedVersion(db.name)
  if (before !== null && before > DB_VERSION) return { kind: 'newer', stored: before, app: DB_VERSION }
  try {
    await db.open()
    return null
  } catch (e) {
    if (before === null || before >= DB_VERSION) throw e
    const after = await storedVersion(db.name).catch(() => null)
    if (after !== before) throw e
    const err = e as { name?: string; message?: string; inner?: { name?: string; message?: string } }
    const detail = `${err.inner?.name ?? err.name ?? 'Error'}: ${err.inner?.message ?? err.message ?? String(e)}`
    return { kind: 'upgradeFailed', stored: before, target: DB_VERSION, detail }
  }
}

/** The stored form of a commitment: adds the indexed deadline year. */
export function toRow(c: Commitment): CommitmentRow {
  return { ...c, year: deadlineYear(c) }
}

/** The model form of a stored commitment (drops the derived index field), e.g. for export. */
export function fromRow(row: CommitmentRow): Commitment {
  const { year: _year, ...c } = row
  return c
}
