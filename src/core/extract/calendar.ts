// Calendar helpers for deadlines: month ends and the Spring Festival (春节) table generated from
// lunar-typescript by scripts/build-calendar.ts.
import { SPRING_FESTIVAL_FIRST_YEAR, SPRING_FESTIVAL_OFFSETS } from './generated/spring-festival'

export function pad(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function lastDayOfMonth(y: number, m: number): number {
  // the years and months deadlines name, by arithmetic (this runs for every dated clause); anything
  // else (two-digit years, which Date reads as 19xx) asks Date as before
  if (Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    if (m !== 2) return MONTH_DAYS[m - 1]
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** ISO date of the Spring Festival in year y, or null outside the table (1950–2100). */
export function springFestival(y: number): string | null {
  const idx = y - SPRING_FESTIVAL_FIRST_YEAR
  if (idx < 0 || idx >= SPRING_FESTIVAL_OFFSETS.length) return null
  const offset = SPRING_FESTIVAL_OFFSETS.charCodeAt(idx) - 65
  const d = new Date(Date.UTC(y, 0, 1 + offset))
  return isoDate(y, d.getUTCMonth() + 1, d.getUTCDate())
}

/** A valid ISO date string YYYY-MM-DD (checked against the calendar). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo)
}
