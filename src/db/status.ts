// The one bridge from the database to the progress engine: which status a stored row gets.
import type { Commitment, Status, Update, Verdict } from '../core/model/types'
import { computeStatus } from '../core/progress'

/**
 * The status shown and indexed for `c` on `today`: the progress engine's, with a verdict's
 * override when one with a reason exists. Falls back to 'no_data' if the engine throws, so one
 * odd record can never block an import.
 */
export function statusFor(
  c: Commitment,
  updates: Update[],
  verdicts: Verdict[],
  today: string,
  pledgedOn: string | null,
): Status {
  try {
    return computeStatus(c, updates, verdicts, today, { pledgedOn }).status
  } catch (e) {
    console.warn(`status of ${c.id} could not be computed`, e)
    return 'no_data'
  }
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
