// The due-soon and overdue commitments, live: the panel, the /due view and the header badge share
// ONE read (a detached scope keeps it for the app's lifetime), so the dashboard does not query
// twice. Two index reads, never the whole table: the 90-day window through the `deadline.date`
// index (dueBetween), and the open commitments whose deadline has passed (openBefore: past years
// through [year+status], so settled rows are never read).
import { computed, effectScope, type ComputedRef, type Ref } from 'vue'
import { localToday } from '@/db'
import { dueBetween, openBefore } from '@/db/listQueries'
import { useLiveQuery } from '@/db/useLiveQuery'
import type { Commitment } from '@/core/model/types'
import { THRESHOLDS } from '@/core/progress'
import { badgeCount, groupDue, OPEN_STATUSES, windowEnd, type DueGroups } from './dueGroups'

interface Due {
  groups: ComputedRef<DueGroups | null>
  count: ComputedRef<number>
  today: Ref<string>
}

let shared: Due | null = null

export function useDue(): Due {
  if (shared) return shared
  const scope = effectScope(true)
  shared = scope.run(() => {
    const today = computed(() => localToday())
    const rows = useLiveQuery<Commitment[] | undefined>(async () => {
      const day = today.value
      const [past, coming] = await Promise.all([
        openBefore(day, OPEN_STATUSES),
        dueBetween(day, windowEnd(day, THRESHOLDS.dueSoonDays[1]), OPEN_STATUSES),
      ])
      return [...past, ...coming]
    }, undefined)
    const groups = computed(() => (rows.value ? groupDue(rows.value, today.value) : null))
    const count = computed(() => (groups.value ? badgeCount(groups.value) : 0))
    return { groups, count, today }
  })!
  return shared
}
