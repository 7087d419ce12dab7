// Horizontal stacked bars: one bar per owner (district or department), one segment per status,
// laid out here and drawn as SVG by Vue (components/charts/StatusBarChart.vue), like the map. Not
// ECharts: its cost per update was mostly fixed (series data, shapes, labels, axes, legend, paint:
// ≈20 ms a chart at 100,000 commitments), and a new district rebuilt its category axis; keyed SVG
// rows only add one row.
// Horizontal because Chinese owner names are long: they read left to right without rotation and are
// truncated with an ellipsis beyond `labelWidth` (the tooltip and the row's accessible name give the
// full name). Only the biggest owners are drawn (`maxVisible` bars, the last one summing every other
// owner as text); the data table lists them all.
import { foldRows, type FoldedRows, type StatusRow, type StatusTable } from '@/core/aggregate'
import { STATUS_ORDER } from '@/core/model/statusPalette'
import type { Status } from '@/core/model/types'
import type { OwnerField } from './clicks'
import { AXIS_LABEL_ROW, axisLabelRoom, DEFAULT_PALETTE, formatCount, keyLabel, LEGEND_LINE_HEIGHT, legendLines, textWidth, type ChartLabels, type StatusPaletteFill } from './common'
import { statusBarsHeight } from '../chartHeights'

export { BAR_ROW_HEIGHT, statusBarsHeight } from '../chartHeights'

export interface StatusBarsConfig {
  labels: ChartLabels
  palette?: StatusPaletteFill
  /** width of the owner names in px before they are truncated */
  labelWidth?: number
  /** bars drawn; with more owners the last bar sums the rest ("其他 N 个部门") */
  maxVisible?: number
  /** which owners the bars are, for the name of the summed bar */
  field?: OwnerField
  /** the chart's width in px (the legend wraps, the bars scale to it) */
  width: number
  /** statuses switched off in the legend: not drawn in the bars (the totals stay) */
  hidden?: ReadonlySet<Status>
}

/** room right of the longest bar for its total */
const RIGHT = 40
/** ECharts' bars took 80 % of their band (barCategoryGap 20 %), at most 18 px */
const BAR_MAX = 18
const LEGEND_ICON = 12
const LEGEND_TEXT_GAP = 5
const LEGEND_ITEM_GAP = 10
/** an ellipsis at 12 px, for truncation */
const ELLIPSIS = '…'
/** light grey of a status switched off in the legend (ECharts' inactive colour) */
export const LEGEND_OFF_COLOUR = '#cccccc'

export interface BarSegment {
  status: Status
  x: number
  width: number
  fill: string
}

export interface BarRowView {
  /** stable across updates: the owner key, 未注明's own id, or the summed row's */
  id: string
  /** the owner, null for 未注明 and for the summed row */
  key: string | null
  /** the summed row ("其他 N 个部门"): its total as text, no bar, opens nothing */
  rest: boolean
  name: string
  /** the name as drawn, truncated to the label width */
  shown: string
  /** band top and height; the bar is centred in it */
  y: number
  band: number
  barY: number
  barHeight: number
  segments: BarSegment[]
  totalText: string
  totalX: number
  row: StatusRow
}

export interface LegendItem {
  status: Status
  name: string
  x: number
  y: number
  colour: string
  on: boolean
}

export interface AxisTick {
  x: number
  text: string
}

export interface StatusBarsView {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  legend: LegendItem[]
  rows: BarRowView[]
  ticks: AxisTick[]
  /** statuses present, in stack order (the tooltip's lines) */
  statuses: Status[]
}

/** Statuses to draw, in stack order. */
export function seriesStatuses(t: StatusTable): Status[] {
  return STATUS_ORDER.filter((s) => t.present.includes(s))
}

/** The rows a chart draws: the biggest `maxVisible − 1` owners and one row for the rest, or all of them. */
export function statusBarsRows(t: StatusTable, maxVisible = 14): FoldedRows {
  return foldRows(t, maxVisible)
}

/** A round axis end at or above `n` (1, 2, 2.5, 5 × 10^k). */
export function niceCeil(n: number): number {
  if (n <= 0) return 1
  const p = 10 ** Math.floor(Math.log10(n))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= n)!
}

/** A round step near `n` (1, 2, 3, 5 × 10^k), as ECharts rounds its value axis intervals. */
function niceStep(n: number): number {
  const p = 10 ** Math.floor(Math.log10(n))
  const f = n / p
  return (f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10) * p
}

/** The value axis: about five whole-number steps from 0 to at least `max` (or exactly to `fixedMax`). */
export function axisScale(max: number, fixedMax?: number): { max: number; step: number } {
  const top = fixedMax ?? Math.max(1, max)
  const step = Math.max(1, niceStep(top / 5))
  return { max: fixedMax ?? Math.ceil(top / step) * step, step }
}

/** `s` cut to `maxWidth` px at 12 px (estimated as the axis labels' room is), with an ellipsis. */
export function truncateText(s: string, maxWidth: number): string {
  if (textWidth(s, 12, 0.62) <= maxWidth) return s
  let out = ''
  for (const ch of s) {
    if (textWidth(out + ch + ELLIPSIS, 12, 0.62) > maxWidth) break
    out += ch
  }
  return out + ELLIPSIS
}

/** Where each legend item goes: left to right, wrapping as legendLines counts the lines. */
function legendItems(statuses: Status[], cfg: StatusBarsConfig, palette: StatusPaletteFill): LegendItem[] {
  let x = 0
  let line = 0
  return statuses.map((s) => {
    const name = cfg.labels.status(s)
    const w = LEGEND_ICON + LEGEND_TEXT_GAP + textWidth(name) + LEGEND_ITEM_GAP
    if (x > 0 && x + w > cfg.width) {
      line++
      x = 0
    }
    const item = { status: s, name, x, y: line * LEGEND_LINE_HEIGHT, colour: palette[s], on: !cfg.hidden?.has(s) }
    x += w
    return item
  })
}

export function statusBarsView(t: StatusTable, cfg: StatusBarsConfig): StatusBarsView {
  const { labels, width } = cfg
  const palette = cfg.palette ?? DEFAULT_PALETTE
  const maxVisible = cfg.maxVisible ?? 14
  const labelWidth = cfg.labelWidth ?? 112
  const { head, rest, restOwners } = statusBarsRows(t, maxVisible)
  const statuses = seriesStatuses(t)
  const legend = legendItems(statuses, cfg, palette)
  const legendRows = legendLines(statuses.map((s) => labels.status(s)), width)
  const height = statusBarsHeight(t.rows.length, maxVisible, legendRows)

  const names = head.map((r) => keyLabel(r.key, labels))
  const restName = rest ? labels.otherOwners(restOwners, cfg.field ?? 'department') : ''
  const left = 8 + axisLabelRoom(rest ? [...names, restName] : names, labelWidth)
  const plot = { left, right: Math.max(left + 1, width - RIGHT), top: legendRows * LEGEND_LINE_HEIGHT + 10, bottom: height - 8 - AXIS_LABEL_ROW }
  // The summed row has no bar, only its total as text: drawn to scale it would dwarf every owner
  // (45 districts together against the biggest one), so the axis ends at the biggest drawn owner.
  const biggest = Math.max(0, ...head.map((r) => r.total))
  const scale = axisScale(biggest, rest ? niceCeil(biggest) : undefined)
  const px = (plot.right - plot.left) / scale.max
  const ticks: AxisTick[] = []
  for (let v = 0; v <= scale.max; v += scale.step) ticks.push({ x: plot.left + v * px, text: formatCount(v, labels.locale) })

  const drawn = statuses.filter((s) => !cfg.hidden?.has(s))
  const all = rest ? [...head, rest] : head
  const band = (plot.bottom - plot.top) / Math.max(1, all.length)
  const barHeight = Math.min(BAR_MAX, band * 0.8)
  const rows = all.map((row, i): BarRowView => {
    const isRest = row === rest
    const name = isRest ? restName : names[i]
    const y = plot.top + i * band
    let x = plot.left
    const segments: BarSegment[] = []
    if (!isRest)
      for (const s of drawn) {
        const n = row.counts[s]
        if (n <= 0) continue
        segments.push({ status: s, x, width: n * px, fill: palette[s] })
        x += n * px
      }
    return {
      id: isRest ? '__rest' : (row.key ?? '__none'),
      key: isRest ? null : row.key,
      rest: isRest,
      name,
      shown: truncateText(name, labelWidth),
      y,
      band,
      barY: y + (band - barHeight) / 2,
      barHeight,
      segments,
      totalText: formatCount(row.total, labels.locale),
      totalX: isRest ? plot.left + 5 : plot.left + row.total * px + 5,
      row,
    }
  })
  return { width, height, plot, legend, rows, ticks, statuses }
}

/** A row's figures in words: the tooltip's lines and the row's accessible name. */
export function barRowLines(r: BarRowView, statuses: Status[], labels: ChartLabels): { title: string; lines: { status: Status; text: string }[]; hint: string | null } {
  return {
    title: `${r.name} · ${labels.total} ${r.totalText}`,
    // from the row itself, not the drawn segments: the summed row draws none, a status may be off
    lines: statuses.filter((s) => r.row.counts[s] > 0).map((s) => ({ status: s, text: `${labels.status(s)}: ${formatCount(r.row.counts[s], labels.locale)}` })),
    hint: r.rest ? labels.othersHint : null,
  }
}
