// The dashboard's figures, from the maintained counts (db `stats` table) rather than the rows:
// reading 100,000 full rows out of IndexedDB costs seconds (deserialising the values dominates),
// while the counts are a few hundred small rows, kept current in the same transaction as every
// commitment write (src/db/stats.ts), so the figures are the same as a pass over every row.
import { dashboardStats, type PledgeDB } from '@/db'
import type { DashboardAggregate } from '@/core/aggregate'

export function loadDashboard(db: PledgeDB, today: string): Promise<DashboardAggregate> {
  return dashboardStats(today, db)
}
