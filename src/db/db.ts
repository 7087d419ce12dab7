// The typed Dexie database and the app-wide instance.
import Dexie, { type EntityTable } from 'dexie'
import type { Article, Commitment, Link, Source, Update, Verdict } from '../core/model/types'
import { deadlineYear } from '../core/model/matchFilter'
import { type CommitmentRow, DB_NAME, DB_VERSION, type MetaRow, SCHEMA_HISTORY, type StatRow } from './schema'
import { buildStatsTable } from './stats'

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
    // v2: the maintained counts start from the rows a v1 database already holds
    this.version(2).upgrade(buildStatsTable)
    this.on('ready', () => {
      // Dexie stores version N as IndexedDB version N × 10
      this.newerThanApp = this.backendDB().version > DB_VERSION * 10
    })
    this.on('versionchange', () => {
      this.upgradedElsewhere = true
      for (const listener of this.upgradeListeners) listener()
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

/** The stored form of a commitment: adds the indexed deadline year. */
export function toRow(c: Commitment): CommitmentRow {
  return { ...c, year: deadlineYear(c) }
}

/** The model form of a stored commitment (drops the derived index field), e.g. for export. */
export function fromRow(row: CommitmentRow): Commitment {
  const { year: _year, ...c } = row
  return c
}
