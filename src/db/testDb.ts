// Test helpers: a fresh fake-indexeddb database per test, and row counts per table.
import 'fake-indexeddb/auto'
import { PledgeDB } from './db'

let n = 0
export function freshDb(): PledgeDB {
  return new PledgeDB(`pledge-ledger-test-${++n}-${Math.random().toString(36).slice(2)}`)
}

export async function counts(db: PledgeDB): Promise<Record<string, number>> {
  return {
    sources: await db.sources.count(),
    articles: await db.articles.count(),
    commitments: await db.commitments.count(),
    updates: await db.updates.count(),
    verdicts: await db.verdicts.count(),
  }
}
