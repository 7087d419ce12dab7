// The due-soon and overdue commitments, live: the panel, the /due view and the header badge share
// this read. Only open statuses with a deadline year up to the 90-day window are read (the
// [year+status] index), not the whole table.
import { computed } from 'vue'
import { distinctOwners, listCommitments, localToday } from '@/db'
import { useLiveQuery } from '@/db/useLiveQuery'
import type { Commitment } from '@/core/model/types'
import { THRESHOLDS } from '@/core/progress'
import { badgeCount, dueYears, groupDue, OPEN_STATUSES } from './dueGroups'

export function useDue(today: string = localToday()) {
  const rows = useLiveQuery<Commitment[] | undefined>(async () => {
    const years = dueYears((await distinctOwners()).years, today, THRESHOLDS.dueSoonDays[1])
    if (!years.length) return []
    return listCommitments({ year: years, status: [...OPEN_STATUSES] }, { key: 'deadline', dir: 'asc' })
  }, undefined)
  const groups = computed(() => (rows.value ? groupDue(rows.value, today) : null))
  const count = computed(() => (groups.value ? badgeCount(groups.value) : 0))
  return { groups, count, today }
}
