// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC days, so no time zone can shift a deadline.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True only for a real calendar date written as YYYY-MM-DD (2024-02-30 is false). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01 for an ISO date (or the date part of an ISO timestamp). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days)
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** Days from a to b counting both ends (2024-01-01 … 2024-09-30 → 274). */
export function inclusiveDays(a: string, b: string): number {
  return daysBetween(a, b) + 1
}

export function yearStart(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`
}

/** Last day of each month whose end falls strictly between a and b. */
export function monthEndsBetween(a: string, b: string): string[] {
  const out: string[] = []
  let y = Number(a.slice(0, 4))
  let m = Number(a.slice(5, 7))
  for (;;) {
    const end = `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`
    if (end >= b) break
    if (end > a) out.push(end)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** The date part of an ISO date or timestamp. */
export function toDate(isoOrTimestamp: string): string {
  return isoOrTimestamp.slice(0, 10)
}
