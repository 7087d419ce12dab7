// The source date: validated when given, otherwise inferred from the text when it names exactly
// one full date (2024年1月14日 / 2024-01-14).
import { isoDate, isValidIsoDate } from './calendar'

export function inferDate(text: string): string | null {
  const found = new Set<string>()
  const re = /(20\d{2}|19\d{2})(?:年(\d{1,2})月(\d{1,2})日|-(\d{2})-(\d{2})(?!\d))/g
  let m: RegExpExecArray | null
  let n = 0
  while ((m = re.exec(text)) !== null && n++ < 1000) {
    const y = Number(m[1])
    const mo = Number(m[2] ?? m[4])
    const d = Number(m[3] ?? m[5])
    const iso = isoDate(y, mo, d)
    if (isValidIsoDate(iso)) found.add(iso)
  }
  return found.size === 1 ? [...found][0] : null
}

export { isValidIsoDate }
