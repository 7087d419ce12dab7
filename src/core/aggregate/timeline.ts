// The deadline timeline needs every month between the first and the last deadline, including the
// empty ones, or bars of different years would sit side by side as if adjacent.
import { emptyCounts, type StatusRow, type StatusTable } from './statusTable'

/** 'YYYY-MM' → the next month. */
export function nextMonth(ym: string): string {
  let y = Number(ym.slice(0, 4))
  let m = Number(ym.slice(5, 7)) + 1
  if (m > 12) {
    m = 1
    y++
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
}

/** Rows keyed 'YYYY-MM' (sorted ascending) → the same rows with empty months inserted. */
export function fillMonths(t: StatusTable): StatusTable {
  const months = t.rows.filter((r): r is StatusRow & { key: string } => r.key !== null && /^\d{4}-\d{2}$/.test(r.key))
  if (months.length === 0) return { ...t, rows: [] }
  const byKey = new Map(months.map((r) => [r.key, r]))
  const last = months[months.length - 1].key
  const rows: StatusRow[] = []
  // a runaway range (a typo such as 2204) must not produce thousands of bars
  for (let k = months[0].key, guard = 0; guard < 1200; k = nextMonth(k), guard++) {
    rows.push(byKey.get(k) ?? { key: k, total: 0, counts: emptyCounts() })
    if (k === last) break
  }
  return { ...t, rows }
}
