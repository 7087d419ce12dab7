// Figures written wholly in Chinese words, as news of the 2000s–2010s and traditional texts write
// them: a percentage (百分之九以上 → 9 %, 百分之三十八左右) and a decimal point inside a word
// number (两千零一十八点一亿 → 201810000000; 點 is 点 after normalisation).
import { chineseValue, isCnNumCode, type NumberToken } from './numbers'

const DIAN = '点'.charCodeAt(0)
const WAN = '万'.charCodeAt(0)
const YI = '亿'.charCodeAt(0)

/** Digits 〇–九 (and 零) only: the fraction after 点 is read digit by digit. */
function fractionDigits(s: string): number | null {
  let digits = ''
  for (const ch of s) {
    const v = chineseValue(ch)
    if (!Number.isInteger(v) || v > 9) return null
    digits += String(v)
  }
  return digits ? Number('0.' + digits) : null
}

/**
 * A word number with a decimal point: `intEnd` ends the integer run at 点 (两千零一十八|点一亿).
 * Null when no fraction digit follows or the integer has a scale already (一亿点五 is not a number).
 */
export function wordDecimal(view: string, start: number, intEnd: number): NumberToken | null {
  if (view.charCodeAt(intEnd) !== DIAN) return null
  const whole = view.slice(start, intEnd)
  if (whole.includes('万') || whole.includes('亿')) return null
  const int = chineseValue(whole)
  if (!Number.isFinite(int)) return null
  let j = intEnd + 1
  while (j < view.length && isCnNumCode(view.charCodeAt(j)) && view.charCodeAt(j) !== WAN && view.charCodeAt(j) !== YI) j++
  const frac = fractionDigits(view.slice(intEnd + 1, j))
  if (frac === null) return null
  let value = int + frac
  // the scale after the fraction: 亿, 万, 万亿
  while (j < view.length && (view.charCodeAt(j) === WAN || view.charCodeAt(j) === YI)) {
    value *= view.charCodeAt(j) === WAN ? 1e4 : 1e8
    j++
  }
  return { start, end: j, value: Math.round(value * 1e6) / 1e6, chinese: true, bare: false, more: false }
}

/** 百分之 + a word number at `i`: the number (its span from 百) whose unit is %. */
export function wordPercent(clause: string, i: number): NumberToken | null {
  if (!clause.startsWith('百分之', i)) return null
  let j = i + 3
  while (j < clause.length && isCnNumCode(clause.charCodeAt(j))) j++
  if (j === i + 3) return null
  const dec = wordDecimal(clause, i + 3, j)
  if (dec) return { ...dec, start: i }
  const value = chineseValue(clause.slice(i + 3, j))
  return Number.isFinite(value) ? { start: i, end: j, value, chinese: true, bare: false, more: false } : null
}
