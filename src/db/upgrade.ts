// Checks an upgrade runs over stored rows before it builds anything from them. A row the upgrade
// cannot use fails the whole upgrade rather than being skipped: a skipped commitment would leave
// the maintained counts disagreeing with the list for good, while a failed upgrade is aborted by
// IndexedDB (the database keeps its old version and every row) and the app names the row.
import type { Transaction } from 'dexie'

/** A stored row an upgrade cannot use; the message names the table, the row and what is wrong. */
export class UpgradeRowError extends Error {
  override name = 'UpgradeRowError'
  constructor(
    readonly table: string,
    readonly rowId: string,
    readonly problem: string,
  ) {
    super(`${table} "${rowId}": ${problem}`)
  }
}

const isText = (v: unknown) => v === null || v === undefined || typeof v === 'string'

/** What is wrong with a stored commitment for the fields counts and statuses are built from, or null. */
export function commitmentRowProblem(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return 'not a record'
  const r = row as Record<string, unknown>
  if (typeof r.kind !== 'string') return 'kind is missing'
  if (typeof r.status !== 'string') return 'status is missing'
  for (const field of ['district', 'department', 'category'] as const) {
    if (!isText(r[field])) return `${field} is not text`
  }
  const deadline = r.deadline
  if (deadline !== null && deadline !== undefined) {
    if (typeof deadline !== 'object') return 'deadline is not a record'
    if (!isText((deadline as { date?: unknown }).date)) return 'deadline.date is not text'
  }
  return null
}

/**
 * Fails the upgrade on the first row of `table` that `problem` rejects. (Dexie's `each` swallows
 * an error thrown inside its callback and carries on, so problems are collected, then thrown.)
 */
export async function requireRows(tx: Transaction, table: string, problem: (row: unknown) => string | null): Promise<void> {
  let bad: UpgradeRowError | null = null
  await tx.table(table).each((row: { id?: unknown } | null) => {
    if (bad) return
    const p = problem(row)
    if (p) bad = new UpgradeRowError(table, String(row?.id), p)
  })
  if (bad) throw bad
}
