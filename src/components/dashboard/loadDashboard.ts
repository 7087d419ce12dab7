// Reads the commitments for the dashboard and aggregates them in one pass.
// Rows come in pages of PAGE by primary key (IDBObjectStore.getAll under the hood), so at 100,000
// rows no single step holds the main thread for long and memory holds one page at a time.
// Measured on the 2-core CI machine: reading 100,000 full rows costs seconds (deserialising the
// values dominates; a bare getAll of the same rows took 8–14 s under load), while the aggregation
// itself takes ~70 ms. At that size the dashboard should read maintained counts instead:
// core/aggregate/stats.ts defines them (statContributions / dashboardFromStats); the write path
// in src/db has to keep such a table current before this loader can switch to it.
import type { CommitmentRow, PledgeDB } from '@/db'
import { DashboardAccumulator, type DashboardAggregate } from '@/core/aggregate'

// IndexedDB deserialises a page's values in one go on the main thread (~0.1 ms per row measured
// under load), so 1000 rows keep each step under ~100 ms, well below a 200 ms long task.
export const PAGE = 1000

export async function loadDashboard(db: PledgeDB, today: string): Promise<DashboardAggregate> {
  const acc = new DashboardAccumulator({ today })
  let last: string | null = null
  for (;;) {
    const page: CommitmentRow[] = await (last === null ? db.commitments.orderBy(':id') : db.commitments.where(':id').above(last)).limit(PAGE).toArray()
    for (const row of page) acc.add(row)
    if (page.length < PAGE) break
    last = page[page.length - 1].id
  }
  return acc.result()
}
