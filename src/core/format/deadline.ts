// Deadlines carry a precision (design.md §2): 2024年 → year, 今年下半年 → half, 3月底前 → month, 春节前 → day.
// Show only as much as was promised: "2024年底", not "2024年12月31日".
import type { Deadline } from '../model/types'
import type { Locale } from './locale'

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return null
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** A calendar date: "2024年1月13日" / "13 Jan 2024". Unparseable input is returned as it came. */
export function formatDate(iso: string | null | undefined, locale: Locale = 'zh-CN'): string {
  if (!iso) return ''
  const p = parts(iso)
  if (!p) return iso
  const [y, m, d] = p
  return locale === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`
}

/** A deadline at its precision: "2024年底", "2024年下半年", "2024年3月底", "2024年2月10日". */
export function formatDeadline(dl: Deadline | null | undefined, locale: Locale = 'zh-CN'): string {
  if (!dl) return ''
  const p = parts(dl.date)
  if (!p) return dl.date
  const [y, m] = p
  const zh = locale === 'zh-CN'
  switch (dl.precision) {
    case 'year':
      return zh ? `${y}年底` : `end of ${y}`
    case 'half':
      if (m <= 6) return zh ? `${y}年上半年` : `H1 ${y}`
      return zh ? `${y}年下半年` : `H2 ${y}`
    case 'month':
      return zh ? `${y}年${m}月底` : `end of ${MONTHS_EN[m - 1]} ${y}`
    case 'day':
    default:
      return formatDate(dl.date, locale)
  }
}
