// The due-soon and overdue commitments, live, read through src/db/dueQueries: counts per group from
// the maintained cells and only the rows a panel shows (never every candidate row: at 100,000
// synthetic commitments ~70,000 are overdue). The header badge needs counts only; its read is
// shared app-wide (a detached scope), the panel's follows the dashboard's filter.
import { effectScope, shallowRef, watchEffect, type Ref } from 'vue'
import type { DashboardFilter } from '@/core/aggregate'
import { localToday } from '@/db'
import { dueSummary, type DueSummary } from '@/db/dueQueries'
import { useLiveQuery } from '@/db/useLiveQuery'

/**
 * @param filter the dashboard's filter (reactive; {} on /due without one)
 * @param limit rows read per group
 * @returns undefined until the first read
 */
export function useDueSummary(filter: () => DashboardFilter, limit: number): { summary: Readonly<Ref<DueSummary | undefined>>; today: string } {
  const today = localToday()
  const summary = useLiveQuery<DueSummary | undefined>(() => dueSummary(today, filter(), limit), undefined, { deps: filter })
  return { summary, today }
}

let badge: Readonly<Ref<number>> | null = null

// The badge is not what anyone opened the page for: its read (the maintained counts, hundreds of ms
// at 100,000 commitments) waits until the browser is idle, so the page's own first rows come first.
function whenIdle(run: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 })
  else setTimeout(run, 300)
}

/** The header badge's number: what needs attention now (overdue and due within 30 days, no filter); 0 until read. */
export function useDueBadge(): Readonly<Ref<number>> {
  if (badge) return badge
  const count = shallowRef(0)
  badge = count
  whenIdle(() =>
    effectScope(true).run(() => {
      const { summary } = useDueSummary(() => ({}), 0)
      watchEffect(() => (count.value = summary.value ? summary.value.counts.overdue + summary.value.counts.due30 : 0))
    }),
  )
  return count
}
