// What every option builder shares: the words it needs (passed in, so builders stay free of Vue
// and vue-i18n), fonts, HTML escaping for tooltips, and how to name a null key.
import type { Status } from '@/core/model/types'
import { STATUS_FILL } from '@/core/model/statusPalette'
import { LEGEND_LINE } from '../chartHeights'

export interface ChartLabels {
  locale: string
  status: (s: Status) => string
  /** the label of a null owner or category: 未注明 */
  unnamed: string
  /** tooltip line "合计" */
  total: string
  /** "2024-10" → "2024年10月" / "Oct 2024" */
  month: (ym: string) => string
  /** short axis form: "2024-10" → "24年10月" / "10/24" */
  monthShort: (ym: string) => string
  today: string
  /** the name of the folded slice in a pie: 其他 */
  others: string
  /** the bar that sums the owners not drawn one by one: 其他 12 个部门 */
  otherOwners: (n: number, field: 'district' | 'department' | 'category') => string
  /** tooltip line of that bar: where the full list is */
  othersHint: string
  /** legend/visualMap text for the map's measure */
  commitments: string
  shareOnPace: string
  notEvaluated: string
}

export type StatusPaletteFill = Readonly<Record<Status, string>>
export const DEFAULT_PALETTE: StatusPaletteFill = STATUS_FILL

export const FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif'
export const TEXT_COLOUR = '#1f2328'
export const MUTED_COLOUR = '#57606a'
export const AXIS_COLOUR = '#8c959f'

export function keyLabel(key: string | null, labels: ChartLabels): string {
  return key ?? labels.unnamed
}

/** ECharts tooltips are HTML: every piece of data text goes through this. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

// one formatter per language: building an Intl.NumberFormat is native work far dearer than using
// one, and the bar charts' total labels and the pie's legend format a count per item on every redraw
const countFormats = new Map<string, Intl.NumberFormat>()

export function formatCount(n: number, locale: string): string {
  let f = countFormats.get(locale)
  if (!f) countFormats.set(locale, (f = new Intl.NumberFormat(locale)))
  return f.format(n)
}

/** A coloured dot for a tooltip line. */
export function swatch(colour: string): string {
  return `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${colour}"></span>`
}

export const baseTextStyle = { fontFamily: FONT_FAMILY, color: TEXT_COLOUR, fontSize: 12 }

/** Rough rendered width of legend text at 12 px: CJK characters are square, Latin about half. */
export function textWidth(s: string, fontSize = 12, latin = 0.6): number {
  let w = 0
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * latin
  return w
}

export const LEGEND_LINE_HEIGHT = LEGEND_LINE

/** ECharts' gap between an axis and its labels (axisLabel.margin's default). */
const AXIS_LABEL_MARGIN = 8
/** Height of a row of 12 px axis labels below a horizontal axis, with that gap. */
export const AXIS_LABEL_ROW = 22

/**
 * Room for axis labels beside a vertical axis: the widest label (estimated, at most `maxWidth` where
 * the labels are truncated), the gap, and a little slack for the estimate. Charts set their grid's
 * margins from this instead of `containLabel`: ECharts 6 then builds every axis twice on each
 * update to measure its labels, about a fifth of a bar chart's update.
 */
export function axisLabelRoom(labels: string[], maxWidth = Infinity): number {
  const widest = labels.reduce((w, s) => Math.max(w, textWidth(s, 12, 0.62)), 0)
  return Math.ceil(Math.min(maxWidth, widest)) + AXIS_LABEL_MARGIN + 4
}

/**
 * Lines a plain ECharts legend wraps into at `width` px (item = 12 px icon + 5 px gap + text,
 * 10 px between items). Charts reserve that much room above the grid so the legend never
 * overlaps the first bar.
 */
export function legendLines(names: string[], width: number | undefined): number {
  if (!width || names.length === 0) return names.length ? 1 : 0
  let lines = 1
  let x = 0
  for (const n of names) {
    const w = 12 + 5 + textWidth(n) + 10
    if (x > 0 && x + w > width) {
      lines++
      x = 0
    }
    x += w
  }
  return lines
}
