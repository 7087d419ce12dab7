// Which updates count. Updates are append-only: a correction is a new update naming the one it
// corrects in `supersedes`, and only the newest link of such a chain is an effective observation.
import type { Update } from '../model/types'
import { dayNumber } from './dates'

/** Order: observation date, then the longer period first (a Jan–Sep figure before a Q3 one on the
 * same day), then entry time, then id — so every caller sees one stable order. */
function compareUpdates(a: Update, b: Update): number {
  if (a.observedOn !== b.observedOn) return a.observedOn < b.observedOn ? -1 : 1
  const sa = a.periodStart ?? ''
  const sb = b.periodStart ?? ''
  if (sa !== sb) return sa < sb ? 1 : -1
  if (a.enteredAt !== b.enteredAt) return a.enteredAt < b.enteredAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Updates with every superseded one removed, sorted by observedOn (oldest first). */
export function effectiveUpdates(updates: Update[]): Update[] {
  const superseded = new Set<string>()
  for (const u of updates) if (u.supersedes) superseded.add(u.supersedes)
  return updates.filter((u) => !superseded.has(u.id)).sort(compareUpdates)
}

/** The last effective update carrying a number, or null. */
export function latestValued(effective: Update[]): Update | null {
  for (let i = effective.length - 1; i >= 0; i--) {
    const v = effective[i].value
    if (v !== null && Number.isFinite(v)) return effective[i]
  }
  return null
}

/** Days from the event to the publication of its evidence; null when the source is undated. */
export function reportLagDays(u: Update): number | null {
  const p = u.evidence?.publishedOn
  if (!p) return null
  return dayNumber(p) - dayNumber(u.observedOn)
}
