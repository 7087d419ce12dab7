// The due-soon and overdue commitments, live: the panel, the /due view and the header badge share
// ONE read (a detached scope keeps it for the app's lifetime), so the dashboard does not query
// twice. Only open statuses with a deadline year up to the 90-day window are read (the
// [year+status] index), not the whole table.
import { computed, effectScope, type ComputedRef, type Ref } from 'vue'
import { distinctOwners, listCommitments, localToday } from '@/db'
import { useLiveQuery } from '@/db/useLiveQuery'
import type { Commitment } from '@/core/model/types'
import { THRESHOLDS } from '@/core/progress'
import { badgeCount, dueYears, groupDue, OPEN_STATUSES, type DueGroups } from './dueGroups'

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
      const years = dueYears((await distinctOwners()).years, today.value, THRESHOLDS.dueSoonDays[1])
      if (!years.length) return []
      return listCommitments({ year: years, status: [...OPEN_STATUSES] }, { key: 'deadline', dir: 'asc' })
    }, undefined)
    const groups = computed(() => (rows.value ? groupDue(rows.value, today.value) : null))
    const count = computed(() => (groups.value ? badgeCount(groups.value) : 0))
    return { groups, count, today }
  })!
  return shared
}
