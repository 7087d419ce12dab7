// A range of figures (3至5所, 5%—6%, 5-6%, 5至7万人次, 300万~350万人次). The contract has one value
// per commitment and no range form, so a range is read as the figure the pledge is sure to mean:
// its lower end as a floor (3至5所 → ≥ 3), or its upper end when the text caps it (控制在3%—5%以内
// → ≤ 5). The gold conventions mark ranges doubt (test/holdout4/README.md), so this reading is for
// the ledger's users: a tracker calls the pledge met once the lower end is reached.
import type { Comparator } from '../model/types'
import { isCnNumCode, isDigit, readNumber, type NumberToken } from './numbers'

export interface RangeLow {
  /** offset of the lower end in the clause */
  start: number
  /** the lower end in base units (5至7万 → 50000) */
  value: number
}

// char code → 1 for a range connector (a flat table: this is asked after every figure)
const CONNECTOR = new Uint8Array(65536)
for (const ch of '至到—–-~〜') CONNECTOR[ch.charCodeAt(0)] = 1
const DASH = '—'.charCodeAt(0)
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** The trailing 万/亿 of a number's text (7万 → 1e4, 1.2亿 → 1e8, 5 → 1), past a final 余/多. */
function trailingScale(text: string): number {
  let end = text.length
  while (end > 0 && (text[end - 1] === '余' || text[end - 1] === '多')) end--
  let f = 1
  for (let k = end - 1; k >= 0 && SCALE[text[k]]; k--) f *= SCALE[text[k]]
  return f
}

function hasScale(text: string): boolean {
  return text.includes('万') || text.includes('亿')
}

/**
 * When the figure `upper` (its unit written from upper.end to `unitEnd`) closes a range, the
 * range's lower end; else null. The lower end may repeat the unit (5%—6%, 5个至7个) or leave it
 * out (5-6%).
 */
export function rangeLowerEnd(clause: string, upper: NumberToken, unitEnd: number): RangeLow | null {
  let p = upper.start - 1
  if (p < 1 || CONNECTOR[clause.charCodeAt(p)] !== 1) return null
  if (clause.charCodeAt(p) === DASH && clause.charCodeAt(p - 1) === DASH) p--
  // the lower end's own unit, if written
  let numEnd = p
  const unitLen = unitEnd - upper.end
  if (unitLen > 0 && p - unitLen >= 0 && clause.startsWith(clause.slice(upper.end, unitEnd), p - unitLen)) numEnd = p - unitLen
  // back over the lower number: digits, point, Chinese numerals and scales
  let s = numEnd
  while (s > 0) {
    const c = clause.charCodeAt(s - 1)
    if (isDigit(c) || c === 46 || isCnNumCode(c)) s--
    else break
  }
  if (s === numEnd) return null
  // the run may start with a scale word of something before it (…万元、5至7万): start on a digit
  while (s < numEnd && !isDigit(clause.charCodeAt(s)) && SCALE[clause[s]]) s++
  const low = readNumber(clause, s)
  if (!low || low.end !== numEnd || low.bare) return null
  const lowText = clause.slice(low.start, low.end)
  const upText = clause.slice(upper.start, upper.end)
  const value = hasScale(lowText) ? low.value : low.value * trailingScale(upText)
  // a range runs upwards: 2至1 or a date-like 2021-12 is no range
  if (!(value < upper.value) || value <= 0) return null
  return { start: s, value: Math.round(value * 1e6) / 1e6 }
}

/** The value and comparator a range stands for, given the comparator read around it. */
export function rangeReading(low: RangeLow, upperValue: number, comparator: Comparator | null): { value: number; comparator: Comparator } {
  if (comparator === '≤' || comparator === '<') return { value: upperValue, comparator }
  return { value: low.value, comparator: '≥' }
}
