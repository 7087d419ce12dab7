// The due-soon and overdue commitments, live, read through src/db/dueQueries: counts per group from
// the maintained cells and only the rows a panel shows (never every candidate row: at 100,000
// synthetic commitments ~70,000 are overdue). The header badge needs counts only; its read is
// shared app-wide (a detached scope), the panel's follows the dashboard's filter and reads rows only
// while they are shown (its limit is 0 while closed).
import { computed, effectScope, shallowRef, toValue, watch, watchEffect, type MaybeRefOrGetter, type Ref } from 'vue'
import type { DashboardFilter } from '@/core/aggregate'
import { localToday } from '@/db'
import { dueSummary, type DueSummary } from '@/db/dueQueries'
import { useLiveQuery } from '@/db/useLiveQuery'

// Reads nobody opened the page for (the header badge, the dashboard's due panel) wait until the
// browser is idle, so the page's own first rows and charts come first.
function whenIdle(run: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 })
  else setTimeout(run, 300)
}
const idle = () => new Promise<void>((resolve) => whenIdle(resolve))

/**
 * @param filter the dashboard's filter (reactive; {} on /due without one)
 * @param limit rows read per group (reactive: 0 reads counts only; a change re-reads at once)
 * @param afterIdle after a filter change or a data change, read only once the browser is idle: on the
 *   dashboard the panel is secondary to the charts, and its row reads (IndexedDB cursors, tens of ms
 *   at 100,000 commitments) would otherwise share the main thread with the charts' redraw. Until
 *   then the panel keeps its last figures (aria-busy says they are being refreshed).
 * @returns undefined until the first read
 */
export function useDueSummary(
  filter: () => DashboardFilter,
  limit: MaybeRefOrGetter<number>,
  afterIdle = false,
): { summary: Readonly<Ref<DueSummary | undefined>>; pending: Readonly<Ref<boolean>>; today: string } {
  const today = localToday()
  const rows = computed(() => toValue(limit))
  if (!afterIdle) {
    const summary = useLiveQuery<DueSummary | undefined>(() => dueSummary(today, filter(), rows.value), undefined, { deps: [filter, rows] })
    return { summary, pending: shallowRef(false), today }
  }
  // the first read is not deferred: the panel's rows are often the page's largest text (Lighthouse's
  // LCP came 300 ms later when they waited for idle)
  const asked = shallowRef<DashboardFilter | null>(filter())
  const pending = shallowRef(true)
  let turn = 0
  watch(
    filter,
    () => {
      const mine = ++turn
      pending.value = true
      // the latest filter wins: an idle callback from an earlier change does nothing
      whenIdle(() => {
        if (mine === turn) asked.value = filter()
      })
    },
    { deep: true },
  )
  // a data change (a write in this tab or another) re-runs the query: on the dashboard that waits
  // for idle too, as the charts redraw for the same write. A new limit (the reader opened or closed
  // the rows) reads at once: someone is waiting for them.
  let lastRun: { f: DashboardFilter; n: number } | null = null
  const summary = useLiveQuery<DueSummary | undefined>(
    async () => {
      const f = asked.value
      const n = rows.value
      if (!f) return undefined
      const rerun = f === lastRun?.f && n === lastRun.n
      lastRun = { f, n }
      if (rerun) pending.value = true
      const s = await dueSummary(today, f, n, undefined, rerun ? idle() : undefined)
      if (f === asked.value && n === rows.value) pending.value = false
      return s
    },
    undefined,
    { deps: [asked, rows] },
  )
  return { summary, pending, today }
}

let badge: Readonly<Ref<number>> | null = null

/** The header badge's number: what needs attention now (overdue and due within 30 days, no filter); 0 until read. */
export function useDueBadge(): Readonly<Ref<number>> {
  if (badge) return badge
  const count = shallowRef(0)
  badge = count
  whenIdle(() =>
    effectScope(true).run(() => {
      // a data change re-reads once the browser is idle (afterIdle): on the dashboard the same write
      // redraws the charts, which come first
      const { summary } = useDueSummary(() => ({}), 0, true)
      watchEffect(() => (count.value = summary.value ? summary.value.counts.overdue + summary.value.counts.due30 : 0))
    }),
  )
  return count
}
