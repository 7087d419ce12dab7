// Human verdicts. A verdict changes the status shown only when it carries a written reason; the
// engine's own status is always kept beside it so a reader sees both.
import type { Status, Verdict, VerdictKind } from '../model/types'

/**
 * The status a verdict shows. partial (部分完成) and dropped (已放弃) are not achievements, so they
 * show as missed (未完成) with the verdict's own label beside it; revised (目标调整) leaves the computed
 * status in place, because the ledger keeps judging the pledge as first published.
 */
export const VERDICT_STATUS: Readonly<Record<VerdictKind, Status | null>> = {
  achieved: 'achieved',
  missed: 'missed',
  partial: 'missed',
  dropped: 'missed',
  revised: null,
}

/** A verdict counts only with a non-empty reason. */
export function hasReason(v: Verdict): boolean {
  return typeof v.reason === 'string' && v.reason.trim().length > 0
}

/** The latest verdict with a reason (by entry time, then id), or null. */
export function latestVerdict(verdicts: Verdict[], commitmentId: string): Verdict | null {
  let best: Verdict | null = null
  for (const v of verdicts) {
    if (v.commitmentId !== commitmentId || !hasReason(v)) continue
    if (!best || v.enteredAt > best.enteredAt || (v.enteredAt === best.enteredAt && v.id > best.id)) best = v
  }
  return best
}
