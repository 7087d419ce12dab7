// Deadline expressions inside a clause, resolved against the source's date:
// 2024年, 全年/今年/年内, 年底前, X月底前, 上/下半年, 一季度…四季度/前三季度, 春节前, "十一"/国庆,
// "十四五"末, 到2025年. Years carry over a sentence; the caller passes the year in force.
import type { Deadline } from '../model/types'
import { isoDate, lastDayOfMonth, springFestival } from './calendar'
import { chineseValue } from './numbers'

export interface DeadlineHit {
  deadline: Deadline
  /** the year named or implied, for carrying over to later clauses */
  year: number
  start: number
  end: number
  /** a date that is not just a year (a milestone's dated deliverable) */
  dated: boolean
  /** the year is written (2024年) or carried from a written one, not implied by 今年/全年 */
  explicit?: boolean
}

export interface DateContext {
  /** source date's year and month, when known */
  year: number | null
  month: number
  day: number
}

const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 }
const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 }

// One left-to-right pattern; alternatives are anchored on short literal cues, so no backtracking
// over long text (the clause is short anyway).
const RE =
  /(?:(\d{4})年)?(?:(上半年|下半年|前三季度|第?([一二三四1-4])季度|年底|年末|底)|(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份)?(?:(\d{1,2})日)?(前|底前|之前)?)|(\d{4})年|(今年|全年|年内|本年度|年度|明年)|(春节)|[“"'](十一)[”"']|(国庆)|[“"'](十[三四五六]五)[”"']?(?:末|期末|时期末)|(元旦)|(明日|明天|次日)|(?<![\d一二三四五六七八九十百千])(十一)(?=前|期间|黄金周|假期|长假)|[“"'](五一)[”"']|(?<![\d一二三四五六七八九十百千])(五一)(?=前|期间|假期|长假)/g

function monthNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : chineseValue(s)
}

/** A date that may already have passed this year moves to next year. */
function upcoming(ctx: DateContext, m: number, d: number, yearGiven: number | null): number | null {
  if (yearGiven !== null) return yearGiven
  if (ctx.year === null) return null
  if (ctx.month > m || (ctx.month === m && ctx.day > d)) return ctx.year + 1
  return ctx.year
}

// A plain month or day is a deadline when the clause schedules something for it:
// 预计2023年12月完工, 将于6月底, 8月30日可以交付使用 (a plain "1月12日," stays a dateline).
const SCHEDULED_BEFORE = /(?:预计|将于|将在|计划|拟于|拟在|有望|已于|于)$/
const SCHEDULED_AFTER = /^(?:份)?(?:前后|左右)?(?:可以|可|能|将|正式|全面|基本|建成|完工|竣工|开工|投用|投产|交付|通车|开放|开业|投入|启用|运营|开通|上线)/

const FUTURE_BEFORE = /预计|将于|将在|计划|拟于|拟在|有望|将/

function scheduled(clause: string, start: number, end: number): boolean {
  return SCHEDULED_BEFORE.test(clause.slice(Math.max(0, start - 3), start)) || SCHEDULED_AFTER.test(clause.slice(end, end + 4))
}

export function findDeadlines(clause: string, ctx: DateContext, carriedYear: number | null): DeadlineHit[] {
  const out: DeadlineHit[] = []
  RE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE.exec(clause)) !== null) {
    const start = m.index
    const end = start + m[0].length
    // "今年5月", "今年国庆": the year named right before the date is the date's year
    const prev = out.length ? out[out.length - 1] : null
    const adjacentYear = prev && prev.end === start && !prev.dated ? prev.year : null
    const explicitYear = m[1] ? Number(m[1]) : adjacentYear
    const year = explicitYear ?? carriedYear ?? ctx.year
    if (m[2]) {
      if (year === null) continue
      const p = m[2]
      if (p === '底' && !explicitYear) continue
      let dl: Deadline
      if (p === '上半年') dl = { date: isoDate(year, 6, 30), precision: 'half' }
      else if (p === '下半年') dl = { date: isoDate(year, 12, 31), precision: 'half' }
      else if (p === '前三季度') dl = { date: isoDate(year, 9, 30), precision: 'month' }
      else if (m[3]) {
        const q = QUARTER[m[3]]
        dl = { date: isoDate(year, q, lastDayOfMonth(year, q)), precision: 'month' }
      } else dl = { date: isoDate(year, 12, 31), precision: 'year' }
      out.push({ deadline: dl, year, start, end, dated: p !== '年底' && p !== '年末' && p !== '底', explicit: explicitYear !== null || carriedYear !== null })
    } else if (m[4]) {
      const mo = monthNumber(m[4])
      if (!(mo >= 1 && mo <= 12)) continue
      // a month/day is a deadline only with 前/底 (a plain "1月12日" is a dateline)
      const monthEnd = /月(底|末)/.test(m[0])
      if (!m[6] && !monthEnd && !scheduled(clause, start, end)) continue
      // "项目于7月22日开工" without a future word: this year's date, even when already passed
      const plainPast = !m[6] && !monthEnd && !FUTURE_BEFORE.test(clause.slice(Math.max(0, start - 4), start))
      const y = explicitYear ?? (plainPast ? (carriedYear ?? ctx.year) : upcoming(ctx, mo, m[5] ? Number(m[5]) : 31, carriedYear))
      if (y === null) continue
      if (m[5]) {
        const d = Number(m[5])
        if (d < 1 || d > lastDayOfMonth(y, mo)) continue
        out.push({ deadline: { date: isoDate(y, mo, d), precision: 'day' }, year: y, start, end, dated: true })
      } else out.push({ deadline: { date: isoDate(y, mo, lastDayOfMonth(y, mo)), precision: 'month' }, year: y, start, end, dated: true })
    } else if (m[7]) {
      const y = Number(m[7])
      // "2022年以来" looks back: no deadline
      const after = clause.slice(end, end + 2)
      if (after.startsWith('以来') || after.startsWith('来')) continue
      out.push({ deadline: { date: isoDate(y, 12, 31), precision: 'year' }, year: y, start, end, dated: false, explicit: true })
    } else if (m[8]) {
      if (ctx.year === null && carriedYear === null) continue
      // 今年/明年 are fixed by the source date; 全年/年度 follow the year in force
      const y = m[8] === '明年' ? (ctx.year ?? 0) + 1 : m[8] === '今年' && ctx.year !== null ? ctx.year : (carriedYear ?? ctx.year ?? 0)
      // 今年/明年 name the year; 全年/年度/年内 only imply it
      const named = m[8] === '今年' || m[8] === '明年'
      out.push({ deadline: { date: isoDate(y, 12, 31), precision: 'year' }, year: y, start, end, dated: false, explicit: named || carriedYear !== null })
    } else if (m[9]) {
      const y = explicitYear
      const base = y ?? carriedYear ?? ctx.year
      if (base === null) continue
      let sf = springFestival(base)
      // the festival already passed → next year's
      if (sf && y === null && ctx.year !== null && sf < isoDate(ctx.year, ctx.month, ctx.day)) sf = springFestival(base + 1)
      if (!sf) continue
      out.push({ deadline: { date: sf, precision: 'day' }, year: Number(sf.slice(0, 4)), start, end, dated: true })
    } else if (m[16] || m[17]) {
      // 五一 (Labour Day) when quoted or in a date context
      const y = upcoming(ctx, 5, 1, explicitYear ?? carriedYear)
      if (y === null) continue
      out.push({ deadline: { date: isoDate(y, 5, 1), precision: 'day' }, year: y, start, end, dated: true })
    } else if (m[10] || m[11] || m[15]) {
      const y = upcoming(ctx, 10, 1, explicitYear ?? carriedYear)
      if (y === null) continue
      out.push({ deadline: { date: isoDate(y, 10, 1), precision: 'day' }, year: y, start, end, dated: true })
    } else if (m[12]) {
      const y = FIVE_YEAR_PLANS[m[12]]
      if (!y) continue
      out.push({ deadline: { date: isoDate(y, 12, 31), precision: 'year' }, year: y, start, end, dated: false })
    } else if (m[13]) {
      // 元旦 is 01-01 of the coming year unless a year is named
      const y = explicitYear ?? (ctx.year !== null ? ctx.year + 1 : null)
      if (y === null) continue
      out.push({ deadline: { date: isoDate(y, 1, 1), precision: 'day' }, year: y, start, end, dated: true })
    } else if (m[14]) {
      const d = nextDay(ctx)
      if (d) out.push({ deadline: { date: d, precision: 'day' }, year: Number(d.slice(0, 4)), start, end, dated: true, explicit: true })
    }
  }
  return out
}

function nextDay(ctx: DateContext): string | null {
  if (ctx.year === null) return null
  const d = new Date(Date.UTC(ctx.year, ctx.month - 1, ctx.day + 1))
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}
