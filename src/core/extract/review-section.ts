// A work report's review section (一、2030年工作回顾) reports the year just finished, even where its
// sentences keep the pledge words of the narrative (我们全力抓好…,奋力实现…,地区生产总值增长4.7%):
// after the clause pass, a target or milestone there without a deadline in the report's own year
// or later is a fact. The section runs to the next top-level heading (二、… or 2031年工作安排).
import type { ExtractedCommitment } from '../model/types'

// numbered (一、2030年工作回顾) or a heading line of its own (2030年工作回顾)
const REVIEW_HEADING = /^[ \t]*(?:[一二三四五六七八九十]+、)?[^\n,。;]{0,30}?回顾[^\n,。;]{0,12}$/gm
// the next top-level heading: numbered, or the coming year's plan on a line of its own
const TOP_HEADING = /^[ \t]*(?:[一二三四五六七八九十]+、|(?:19|20)\d{2}年[^\n,。;]{0,16}?(?:工作安排|工作打算|主要任务|总体要求|工作建议|目标任务)[ \t]*$)/gm

/** [start, end) spans of the review sections. */
export function reviewSections(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (text.indexOf('回顾') < 0) return out
  REVIEW_HEADING.lastIndex = 0
  for (let m = REVIEW_HEADING.exec(text); m; m = REVIEW_HEADING.exec(text)) {
    TOP_HEADING.lastIndex = m.index + m[0].length
    const next = TOP_HEADING.exec(text)
    out.push([m.index, next ? next.index : text.length])
  }
  return out
}

/** Retypes the pledges read inside review sections as facts (the report's year: `year`). */
export function retypeReviewSections(text: string, year: number | null, out: ExtractedCommitment[]): void {
  if (year === null) return
  const spans = reviewSections(text)
  if (spans.length === 0) return
  for (const c of out) {
    if (c.kind !== 'target' && c.kind !== 'milestone') continue
    if (!spans.some(([a, b]) => c.start >= a && c.start < b)) continue
    if (c.deadline && Number(c.deadline.date.slice(0, 4)) >= year) continue
    c.kind = 'fact'
    c.deadline = null
  }
}
