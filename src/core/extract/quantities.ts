// Quantities in one clause: number + unit with comparator, growth flag and a readable metric.
// Numbers that are names, ordinals, dates, size classes or qualifiers are left out.
import type { Comparator } from '../model/types'
import { containsComparator, isGrowth, postComparatorAt, preComparator } from './cues'
import { isCnNumCode, isDigit, readNumber, type NumberToken } from './numbers'
import { wordDecimal, wordPercent } from './word-numbers'
import { isWhiteSpace } from './chars'
import { readUnit } from './units'
import { isWordNotFigure } from './not-figures'
import { moneyWordFigure, withoutPinyin } from './word-figures'
import { rangeLowerEnd, rangeReading, type RangeLow } from './ranges'

export interface Quantity {
  /** offsets inside the clause */
  start: number
  end: number
  value: number
  unit: string
  comparator: Comparator | null
  growth: boolean
  metric: string
  /** followed by 的: an attribute of what comes after (总投资598亿元的项目) */
  attribute: boolean
  /** a progress report (工作过半): a fact whatever the modal words around it */
  progress?: boolean
}

const COUNT_UNITS = new Set(['个', '家', '所', '名', '人', '条', '门', '项', '座', '户', '套', '间', '张', '辆', '台', '件', '处', '场', '艘', '架', '位', '支', '批', '次'])
const LEAD_CUES =
  /^(?:[\s“”"]|力争|确保|争取|计划|预计|目标|将|要|推动|共有|共计|累计|已经|已|先后|还|初步|全年|今年|年内|年度|明年|\d{4}年(?:度)?|到|在|对|其中|全市|全区|全县|全省|同比|实现|完成)+/
// deadline words at the head of a metric (年底前建成… → 建成…)
const DEADLINE_LEAD = /^(?:\d{4}年)?(?:年底前|年底|年末|年内|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}月底前|\d{1,2}月底|\d{1,2}月\d{1,2}日前|\d{1,2}月前|春节前|国庆前|“十一”前)/
const PUNCT_RE = /[,。;:!?、“”"()]/
// Every character a LEAD_CUES or DEADLINE_LEAD match can open with (whitespace, quotes, digits,
// the first characters of their words): a stem opening on none of them is left as it is, without
// running the three anchored replaces (quantities.test.ts checks this set against the patterns).
export const LEAD_FIRST = new Uint8Array(65536)
for (const ch of '“”"0123456789力确争计预目将要推共累已先还初全今年明到在对其同实完上下前第一二三四春国') LEAD_FIRST[ch.charCodeAt(0)] = 1
for (let c = 0; c < 65536; c++) if (isWhiteSpace(c)) LEAD_FIRST[c] = 1
export { LEAD_CUES, DEADLINE_LEAD }

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

interface Raw {
  tok: NumberToken
  unitEnd: number
  unit: string
  /** the comparator read with a word number (过百亿), when no comparator word is found the usual way */
  comparator?: Comparator
  /** the lower end when this figure closes a range (5至7万人次) */
  low?: RangeLow
}

const NO_QUOTES: ReadonlyArray<[number, number]> = []

function quotedRanges(s: string): ReadonlyArray<[number, number]> {
  let out: Array<[number, number]> | null = null
  let open = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x201c || c === 0x300a || c === 0x300c || c === 0x300e) open = i
    else if ((c === 0x201d || c === 0x300b || c === 0x300d || c === 0x300f) && open >= 0) {
      // short quoted names: "345"发展战略, “三大改造”, 《十四五规划》
      if (i - open <= 14) (out ??= []).push([open, i + 1])
      open = -1
    }
  }
  // most clauses quote nothing: no array for them
  return out ?? NO_QUOTES
}

// what most clauses return: no figure (shared, never written to)
const NONE: Quantity[] = Object.freeze([]) as unknown as Quantity[]
const HALF = '过半'

// the quoted ranges findRaws found for the clause it last read (null: it did not look), so
// quantitiesOf does not scan the clause for them again
let lastQuoted: ReadonlyArray<[number, number]> | null = null

export function findQuantities(clause: string): Quantity[] {
  const raws = findRaws(clause)
  const half = clause.indexOf(HALF)
  if (raws === null && half <= 0) return NONE
  return quantitiesOf(clause, raws ?? [], half, lastQuoted ?? quotedRanges(clause))
}

/** Number + unit pairs that can be figures, left to right; null when there is none. */
function findRaws(clause: string): Raw[] | null {
  // quoted names and the first 、 are only looked for once a number turns up
  let quoted: ReadonlyArray<[number, number]> | null = null
  // numbers are met left to right, so one pointer walks the quoted ranges (no rescans)
  let qi = 0
  let firstDun = -2
  let raws: Raw[] | null = null
  let nameRun = -1 // end of a "N大…" name run: numbers right after it are part of the name
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i)
    if (!isDigit(c) && !isCnNumCode(c)) continue
    // neighbours compared by code (NaN off either end): no one-character string per number
    const prev = clause.charCodeAt(i - 1)
    if (i > 0 && (isDigit(prev) || isCnNumCode(prev) || prev === DOT)) continue
    // figures written in words: 百分之九 (a percentage), 两千零一十八点一亿 (a decimal point)
    const percent = c === BAI ? wordPercent(clause, i) : null
    const read = percent ?? readNumber(clause, i)
    const tok = read && read.chinese && clause.charCodeAt(read.end) === DIAN ? (wordDecimal(clause, read.start, read.end) ?? read) : read
    if (!tok) continue
    const next = clause.charCodeAt(tok.end)
    const skipTo = tok.end - 1
    quoted ??= quotedRanges(clause)
    while (qi < quoted.length && quoted[qi][1] <= i) qi++
    const inQuote = qi < quoted.length && quoted[qi][0] <= i
    if (inQuote || prev === DI || prev === PLUS || next === PLUS || isAsciiLetter(prev) || isAsciiLetter(next)) {
      i = skipTo
      continue
    }
    if (next === DA || next === JI) {
      nameRun = runEnd(clause, tok.end)
      i = skipTo
      continue
    }
    if (i < nameRun) {
      i = skipTo
      continue
    }
    const u = percent ? { unit: '%', end: tok.end } : readUnit(clause, tok.end)
    // GDP超过百亿: a word number after an indicator measured in 元 is a figure in 元
    const word = tok.bare && !u ? moneyWordFigure(clause, i) : null
    if (word) {
      ;(raws ??= []).push({ tok, unitEnd: tok.end, unit: word.unit, comparator: word.comparator })
      i = skipTo
      continue
    }
    if (!u || tok.bare || (tok.chinese && tok.value <= 1)) {
      i = skipTo
      continue
    }
    const afterUnit = clause.charCodeAt(u.end)
    if (afterUnit === JI || afterUnit === DA) {
      i = u.end
      continue
    }
    if (isCounter(clause, u.unit, u.end) || isWordNotFigure(clause, tok, u.unit, u.end)) {
      i = u.end - 1
      continue
    }
    // a Chinese count right after a list (A、B两个…) restates the list, it is not a quantity
    if (firstDun === -2) firstDun = clause.indexOf('、')
    if (tok.chinese && tok.value <= 10 && firstDun >= 0 && firstDun < i) {
      i = u.end - 1
      continue
    }
    const low = rangeLowerEnd(clause, tok, u.end)
    if (low) {
      // 5%—6%: the lower end was read as a figure of its own
      if (raws && raws[raws.length - 1].tok.start === low.start) raws.pop()
      ;(raws ??= []).push({ tok, unitEnd: u.end, unit: u.unit, low })
    } else (raws ??= []).push({ tok, unitEnd: u.end, unit: u.unit })
    i = u.end - 1
  }
  lastQuoted = quoted
  return raws
}

const DOT = 46
const BAI = '百'.charCodeAt(0)
const DIAN = '点'.charCodeAt(0)
const PLUS = 43
const DI = '第'.charCodeAt(0)
const DA = '大'.charCodeAt(0)
const JI = '级'.charCodeAt(0)

// 8项重点工作 / 十一个方面工作: the text counting its own parts; 两次共开工: how often, not how many;
// ‘三次’产业: the three sectors with the numeral quoted
const WORK_PARTS = /^(?:[\u4e00-\u9fa5]{0,4}工作|方面)/
const TIMES_NOT_FIGURE = /^(?:[’'”"]?产业|共|累计|集中)/

function isCounter(clause: string, unit: string, end: number): boolean {
  const after = clause.slice(end, end + 8)
  if (unit === '项' || unit === '个') return WORK_PARTS.test(after)
  if (unit === '次') return TIMES_NOT_FIGURE.test(after)
  return false
}

/** The figures of a clause from its number + unit pairs (and 过半 at `half`). */
function quantitiesOf(clause: string, raws: Raw[], half: number, quoted: ReadonlyArray<[number, number]>): Quantity[] {
  const out: Quantity[] = []
  // 过半 ("more than half done") is a figure without digits: > 50 %
  if (half > 0 && !inQuoteAt(quoted, half) && /[\u4e00-\u9fa5]/.test(clause[half - 1])) {
    const stem = clause.slice(Math.max(0, half - 48), half)
    out.push({ start: half, end: half + 2, value: 50, unit: '%', comparator: '>', growth: false, metric: metricFor(clause, stem, half + 2, '%'), attribute: false, progress: true })
  }
  for (let k = 0; k < raws.length; k++) {
    const { tok, unitEnd, unit, comparator: wordComparator, low } = raws[k]
    // a range (5至7万人次) starts at its lower end
    const start = low ? low.start : tok.start
    // no read past either end of the array (raws[-1] is a slow named-property lookup in V8)
    const nextRaw = k + 1 < raws.length ? raws[k + 1] : undefined
    // "8.7亿美元(约57.1亿元人民币)": a conversion of the figure before, not a figure of its own
    const prevRaw = k > 0 ? raws[k - 1] : undefined
    if (prevRaw && clause.charCodeAt(prevRaw.unitEnd) === 40 && /^\((?:约|合|折合)?$/.test(clause.slice(prevRaw.unitEnd, tok.start))) continue
    // a qualifier before the pledged figure: 17条产业链营收达4600亿元
    // …but a growth rate before the level it reached (增长12.6%达92.9亿元) is a figure of its own
    if (nextRaw && containsComparator(clause.slice(unitEnd, nextRaw.low ? nextRaw.low.start : nextRaw.tok.start)) && !(isGrowth(clause.slice(Math.max(0, start - 8), start), unit) && nextRaw.unit !== unit)) continue
    // a bounded window before the figure: cue words sit right before it, and long clauses stay linear
    const before = clause.slice(Math.max(0, start - 48), start)
    const pre = preComparator(before)
    const post = postComparatorAt(clause, unitEnd)
    const end = unitEnd + (post ? post[1] : 0)
    // "500万元以上重点项目": a size class of what follows, not a quantity
    if (post && /[\u4e00-\u9fa5]/.test(clause[end] ?? '') && !'的和及与或'.includes(clause[end]) && nextRaw) continue
    let comparator: Comparator | null = pre ? pre[0] : post ? post[0] : tok.more ? '>' : (wordComparator ?? null)
    // 控制在4%左右 is about 4%; 控制在4%以内 is at most 4%
    // …and 达到65%左右 is about 65%: 左右/上下 after the figure outweighs 达到 before it
    if (pre && post && (pre[0] === '≤' || post[0] === '≈')) comparator = post[0]
    const stem = pre ? before.slice(0, before.length - pre[1]) : before
    let growth = isGrowth(stem, unit)
    // a list "达到18687元、5634元" / "增长7.8%、9.2%" shares the first item's comparator and growth
    const prev = out.length > 0 ? out[out.length - 1] : undefined
    if (prev && /[、和及与]$/.test(before) && prev.end === start - 1) {
      if (!pre && !post && !tok.more) comparator = prev.comparator
      growth = growth || prev.growth
    }
    let value = tok.value
    if (low) ({ value, comparator } = rangeReading(low, tok.value, comparator))
    out.push({
      start,
      end,
      value,
      unit,
      comparator,
      growth,
      metric: wordComparator ? withoutPinyin(metricFor(clause, stem, end, unit)) : metricFor(clause, stem, end, unit),
      attribute: clause[end] === '的',
    })
  }
  return out
}

function inQuoteAt(quoted: ReadonlyArray<[number, number]>, i: number): boolean {
  for (const [a, b] of quoted) if (i >= a && i < b) return true
  return false
}

// a name run (三大…, 二级…) also ends where a comparison verb starts the figure's own reading:
// 二级及以上公路比重达到85% names a class of roads, then reaches a figure
const NAME_RUN_END = /[达超增]/

function runEnd(s: string, i: number): number {
  let j = i
  while (j < s.length && !PUNCT_RE.test(s[j]) && !NAME_RUN_END.test(s[j])) j++
  return j
}

/** A readable metric: the noun after a count (39所中小学), else the words before the figure. */
function metricFor(clause: string, stem: string, end: number, unit: string): string {
  // the noun after the figure, past 的 and spaces (read in place: no slice of the clause's rest)
  let p = end
  while (p < clause.length && (clause.charCodeAt(p) === DE || isWhiteSpace(clause.charCodeAt(p)))) p++
  AFTER_NOUN.lastIndex = p
  const afterNoun = AFTER_NOUN.exec(clause)?.[0] ?? ''
  let lead = stem.length > 0 && LEAD_FIRST[stem.charCodeAt(0)] === 1 ? stem.replace(LEAD_CUES, '').replace(DEADLINE_LEAD, '').replace(LEAD_CUES, '') : stem
  // a trailing figure (…3.5万) is cut; it needs a digit or point among the last three characters
  if (digitNearEnd(lead)) lead = lead.replace(/[\d.]+[^\d]{0,2}$/, '')
  if (COUNT_UNITS.has(unit) && afterNoun && !/^(以上|左右|以内|以下)$/.test(afterNoun)) return withoutQuotes(afterNoun)
  return withoutQuotes(lead || afterNoun || unit).slice(-16)
}

/** s.replace(/[“”"]/g, ''), with no pattern run on the (usual) metric that has no quote mark. */
function withoutQuotes(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x201c || c === 0x201d || c === 34) return s.replace(/[“”"]/g, '')
  }
  return s
}

const DE = '的'.charCodeAt(0)
const AFTER_NOUN = /[^\d,。;:!?、]{1,12}/y

function digitNearEnd(s: string): boolean {
  for (let k = Math.max(0, s.length - 3); k < s.length; k++) {
    const c = s.charCodeAt(k)
    if ((c >= 48 && c <= 57) || c === 46) return true
  }
  return false
}
