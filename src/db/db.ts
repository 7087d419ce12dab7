// The typed Dexie database and the app-wide instance.
import Dexie, { type EntityTable } from 'dexie'
import type { Article, Commitment, Source, Update, Verdict } from '../core/model/types'
import { deadlineYear } from '../core/model/matchFilter'
import { type CommitmentRow, DB_NAME, type MetaRow, SCHEMA_HISTORY } from './schema'

export class PledgeDB extends Dexie {
  sources!: EntityTable<Source, 'id'>
  articles!: EntityTable<Article, 'id'>
  commitments!: EntityTable<CommitmentRow, 'id'>
  updates!: EntityTable<Update, 'id'>
  verdicts!: EntityTable<Verdict, 'id'>
  meta!: EntityTable<MetaRow, 'key'>

  constructor(name: string = DB_NAME) {
    super(name)
    for (const { version, stores } of SCHEMA_HISTORY) this.version(version).stores(stores)
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
