// Numbers the way Chinese officials write them: 3500万人次, 250亿元, 6.36亿元, 7%.
// Values are stored in base units (design.md §2); these helpers turn them back into words.
import type { Comparator } from '../model/types'
import type { Locale } from './locale'

/** Round to at most `digits` decimals and drop trailing zeros (float noise such as 6.3599999 → 6.36). */
function trimDecimals(x: number, digits: number): string {
  const s = x.toFixed(digits)
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** A bare number in Chinese style: 35000000 → "3500万", 25000000000 → "250亿", 1.2e12 → "1.2万亿". */
export function formatNumberZh(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  if (abs >= 1e12) return sign + trimDecimals(abs / 1e12, 2) + '万亿'
  if (abs >= 1e8) return sign + trimDecimals(abs / 1e8, 2) + '亿'
  if (abs >= 1e4) return sign + trimDecimals(abs / 1e4, 2) + '万'
  return sign + trimDecimals(abs, 2)
}

/** A bare number in English short scale: 35000000 → "35 million", 4150000000 → "4.15 billion". */
export function formatNumberEn(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  if (abs >= 1e12) return sign + trimDecimals(abs / 1e12, 2) + ' trillion'
  if (abs >= 1e9) return sign + trimDecimals(abs / 1e9, 2) + ' billion'
  if (abs >= 1e6) return sign + trimDecimals(abs / 1e6, 2) + ' million'
  // thousands separators for the rest: 37000 → "37,000"
  const [int, frac] = trimDecimals(abs, 2).split('.')
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '')
}

// English words for the units the extractor meets most; anything else keeps its Chinese unit.
const UNIT_EN: Record<string, string> = {
  人次: 'visits',
  人: 'people',
  名: 'people',
  个: '',
  家: 'firms',
  所: 'schools',
  亩: 'mu',
  平方公里: 'km²',
  公里: 'km',
  吨: 't',
  条: 'items',
  次: 'times',
  门: 'courses',
  套: 'units',
  户: 'households',
}

export interface Quantity {
  value: number | null
  unit: string | null
  comparator?: Comparator | null
  growth?: boolean
}

/** Value and unit only, no comparator: "3500万人次", "250亿元", "7%", "增长7%". Empty when there is no value. */
export function formatValue(q: Quantity, locale: Locale = 'zh-CN'): string {
  if (q.value == null || !Number.isFinite(q.value)) return ''
  const unit = q.unit ?? ''
  if (locale === 'zh-CN') {
    const body = unit === '%' ? trimDecimals(q.value, 2) + '%' : formatNumberZh(q.value) + unit
    return q.growth ? '增长' + body : body
  }
  let body: string
  if (unit === '%') body = trimDecimals(q.value, 2) + '%'
  else if (unit === '元') body = 'CNY ' + formatNumberEn(q.value)
  else {
    const en = unit in UNIT_EN ? UNIT_EN[unit] : unit
    body = formatNumberEn(q.value) + (en ? ' ' + en : '')
  }
  return q.growth ? body + ' growth' : body
}

const COMPARATOR_ZH: Record<Comparator, string> = {
  '>': '超过',
  '≥': '不低于',
  '=': '',
  '≤': '不超过',
  '<': '低于',
  '≈': '约',
}
const COMPARATOR_EN: Record<Comparator, string> = {
  '>': 'more than',
  '≥': 'at least',
  '=': '',
  '≤': 'at most',
  '<': 'less than',
  '≈': 'about',
}

/** The word a comparator reads as: > 超过, ≥ 不低于, ≈ 约; '' for '=' and for none. */
export function comparatorWord(c: Comparator | null | undefined, locale: Locale = 'zh-CN'): string {
  if (!c) return ''
  return (locale === 'zh-CN' ? COMPARATOR_ZH : COMPARATOR_EN)[c]
}

/** Comparator and value as one phrase: "超过3500万人次", "增长不低于7%", "at least 7% growth". */
export function formatQuantity(q: Quantity, locale: Locale = 'zh-CN'): string {
  const value = formatValue({ ...q, growth: false }, locale)
  if (!value) return ''
  const word = comparatorWord(q.comparator, locale)
  if (locale === 'zh-CN') return (q.growth ? '增长' : '') + word + value
  return (word ? word + ' ' : '') + value + (q.growth ? ' growth' : '')
}
