// The period a reported figure covers, from the words around it: 前三季度 → 1 January–30 September,
// 上半年 → to 30 June, 1-7月 / 前七个月 → to 31 July, 全年 → the whole year.
import { normalize } from '../extract/normalize'

export interface Period {
  /** YYYY-MM-DD, first day covered */
  start: string
  /** YYYY-MM-DD, last day covered */
  end: string
  /** the words that gave it (前三季度) */
  label: string
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 }
const N = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])'

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CN[s] ?? NaN)
}

const pad = (n: number) => String(n).padStart(2, '0')
const first = (y: number, m: number) => `${y}-${pad(m)}-01`
function last(y: number, m: number): string {
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`
}

type Rule = [RegExp, (m: RegExpExecArray, y: number, asOf: string | null) => [string, string] | null]

// Most specific first; each pattern is tried everywhere and the best-placed hit wins (see below).
const RULES: Rule[] = [
  [new RegExp(`前${N}个?季度`, 'g'), (m, y) => quarterSpan(1, num(m[1]), y)],
  [new RegExp(`(?<!前)第?${N}季度`, 'g'), (m, y) => quarterSpan(num(m[1]), num(m[1]), y)],
  [/上半年/g, (_m, y) => [first(y, 1), last(y, 6)]],
  [/下半年/g, (_m, y) => [first(y, 7), last(y, 12)]],
  [new RegExp(`前${N}个月`, 'g'), (m, y) => monthSpan(1, num(m[1]), y)],
  [new RegExp(`${N}\\s*(?:月份?)?\\s*[-—–~～至到]\\s*${N}\\s*月`, 'g'), (m, y) => monthSpan(num(m[1]), num(m[2]), y)],
  [new RegExp(`截[至止](?:到)?${N}月(?:底|末|份)?`, 'g'), (m, y) => monthSpan(1, num(m[1]), y)],
  [/今年以来|截[至止](?:目前|当前|现在)/g, (_m, y, asOf) => (asOf && asOf.startsWith(String(y)) ? [first(y, 1), asOf] : null)],
  [/全年|年度|全年度/g, (_m, y) => [first(y, 1), last(y, 12)]],
  [new RegExp(`(?<![至到\\d-])${N}月份`, 'g'), (m, y) => monthSpan(num(m[1]), num(m[1]), y)],
]

function quarterSpan(q1: number, q2: number, y: number): [string, string] | null {
  if (!(q1 >= 1 && q2 <= 4 && q1 <= q2)) return null
  return [first(y, q1 * 3 - 2), last(y, q2 * 3)]
}

function monthSpan(m1: number, m2: number, y: number): [string, string] | null {
  if (!(m1 >= 1 && m2 <= 12 && m1 <= m2)) return null
  return [first(y, m1), last(y, m2)]
}

/** The year an expression refers to, from the words just before it (2024年, 去年, 今年). */
function yearBefore(text: string, index: number, year: number): number {
  const before = text.slice(Math.max(0, index - 6), index)
  const explicit = /(\d{4})年(?:的)?$/.exec(before)
  if (explicit) return Number(explicit[1])
  if (/去年(?:的)?$/.test(before)) return year - 1
  if (/前年(?:的)?$/.test(before)) return year - 2
  return year
}

interface Hit {
  index: number
  period: Period
}

function findAll(text: string, year: number, asOf: string | null): Hit[] {
  const hits: Hit[] = []
  const taken: [number, number][] = []
  for (const [re, make] of RULES) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index
      const e = s + m[0].length
      if (taken.some(([a, b]) => s < b && e > a)) continue // a more specific rule already read these words
      const y = yearBefore(text, s, year)
      const span = make(m, y, asOf)
      if (!span) continue
      taken.push([s, e])
      hits.push({ index: s, period: { start: span[0], end: span[1], label: m[0] } })
    }
  }
  // a bare past year, 去年 or 2023年, with no period words: that whole year
  if (hits.length === 0) {
    const bare = /(\d{4})年|去年/g
    for (let m = bare.exec(text); m; m = bare.exec(text)) {
      const y = m[1] ? Number(m[1]) : year - 1
      if (y < year) hits.push({ index: m.index, period: { start: first(y, 1), end: last(y, 12), label: m[0] } })
    }
  }
  return hits.sort((a, b) => a.index - b.index)
}

/**
 * The period of a figure quoted as `quote` inside `sentence`, in a text published in `year`.
 * Period words in the quote win; then the nearest ones before the quote; then any in the sentence.
 * `asOf` (the publication date) closes open periods such as 今年以来.
 */
export function periodFromText(quote: string, sentence: string, year: number, asOf: string | null = null): Period | null {
  const q = normalize(quote)
  const s = normalize(sentence)
  const inQuote = findAll(q, year, asOf)
  if (inQuote.length > 0) return inQuote[0].period
  const at = s.indexOf(q)
  const all = findAll(s, year, asOf)
  if (at >= 0) {
    const before = all.filter((h) => h.index < at)
    if (before.length > 0) return before[before.length - 1].period
  }
  return all[0]?.period ?? null
}
