// Horizontal stacked bars: one bar per owner (district or department), one segment per status.
// Horizontal because Chinese owner names are long: they read left to right without rotation and are
// truncated with an ellipsis beyond `labelWidth` (the tooltip gives the full name).
// Only the biggest owners are drawn (`maxVisible` bars, the last one summing every other owner):
// ECharts lays out every bar it is given on every redraw, and hundreds of department bars behind a
// 14-bar scroll window cost ~1 s per draw at 100,000 commitments. The data table lists them all.
import type { EChartsOption } from 'echarts'
import type { BarSeriesOption } from 'echarts/charts'
import { foldRows, type FoldedRows, type StatusTable } from '@/core/aggregate'
import { STATUS_ORDER } from '@/core/model/statusPalette'
import type { Status } from '@/core/model/types'
import type { OwnerField } from './clicks'
import {
  AXIS_COLOUR,
  AXIS_LABEL_ROW,
  axisLabelRoom,
  baseTextStyle,
  DEFAULT_PALETTE,
  escapeHtml,
  formatCount,
  keyLabel,
  LEGEND_LINE_HEIGHT,
  legendLines,
  MUTED_COLOUR,
  swatch,
  type ChartLabels,
  type StatusPaletteFill,
} from './common'

export interface StatusBarsConfig {
  labels: ChartLabels
  palette?: StatusPaletteFill
  /** width of the category labels in px before they are truncated */
  labelWidth?: number
  /** bars drawn; with more owners the last bar sums the rest ("其他 N 个部门") */
  maxVisible?: number
  /** which owners the bars are, for the name of the summed bar */
  field?: OwnerField
  /** legend lines above the grid, when the component has measured them (keeps the option independent of the width) */
  legendRows?: number
  /** chart width in px, when known: the legend may wrap and the grid moves down to make room */
  width?: number
}

export { BAR_ROW_HEIGHT, statusBarsHeight } from '../chartHeights'

/** Statuses to draw, in stack order. */
export function seriesStatuses(t: StatusTable): Status[] {
  return STATUS_ORDER.filter((s) => t.present.includes(s))
}

/** The rows a chart draws: the biggest `maxVisible − 1` owners and one row for the rest, or all of them. */
export function statusBarsRows(t: StatusTable, maxVisible = 14): FoldedRows {
  return foldRows(t, maxVisible)
}

/** Owner keys by bar index, for click handling; the summed bar has none (it is past the end). */
export function statusBarsKeys(t: StatusTable, maxVisible = 14): (string | null)[] {
  return statusBarsRows(t, maxVisible).head.map((r) => r.key)
}

/** A round axis end at or above `n` (1, 2, 2.5, 5 × 10^k), as ECharts would pick for the drawn bars. */
export function niceCeil(n: number): number {
  if (n <= 0) return 1
  const p = 10 ** Math.floor(Math.log10(n))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= n)!
}

export function statusBarsOption(t: StatusTable, cfg: StatusBarsConfig): EChartsOption {
  const { labels } = cfg
  const palette = cfg.palette ?? DEFAULT_PALETTE
  const { head, rest, restOwners } = statusBarsRows(t, cfg.maxVisible ?? 14)
  const rows = rest ? [...head, rest] : head
  const restName = rest ? labels.otherOwners(restOwners, cfg.field ?? 'department') : ''
  // The summed row has no bar, only its total as text: drawn to scale it would dwarf every owner
  // (45 districts together against the biggest one), so the axis ends at the biggest drawn owner.
  const axisMax = rest ? niceCeil(Math.max(0, ...head.map((r) => r.total))) : undefined
  const names = head.map((r) => keyLabel(r.key, labels))
  const statuses = seriesStatuses(t)
  const legendNames = statuses.map((s) => labels.status(s))
  const legendTop = (cfg.legendRows ?? legendLines(legendNames, cfg.width)) * LEGEND_LINE_HEIGHT

  // One series per status whether present or not (an absent one has no data), and every key in
  // every option: the option keeps its shape across filter changes, so vue-echarts merges it into
  // the chart. A series or key that disappears makes it rebuild every component and view instead
  // (a new tooltip reads the page's layout), several times the cost of the update itself.
  const series: BarSeriesOption[] = STATUS_ORDER.map((s) => ({
    type: 'bar',
    name: labels.status(s),
    id: s,
    stack: 'status',
    barMaxWidth: 18,
    itemStyle: { color: palette[s], borderColor: '#fff', borderWidth: 0.5 },
    emphasis: { focus: 'series' },
    // '-' is ECharts' "no value": nothing drawn for the summed row
    data: !statuses.includes(s) ? [] : rest ? [...head.map((r) => r.counts[s]), '-'] : head.map((r) => r.counts[s]),
  }))
  // Totals at the end of each bar: an unstacked, invisible bar of the full length behind the stack.
  series.push({
    type: 'bar',
    id: '__total',
    name: labels.total,
    barGap: '-100%',
    barMaxWidth: 18,
    silent: true,
    z: 1,
    itemStyle: { color: 'transparent' },
    label: { show: true, position: 'right', color: MUTED_COLOUR, fontSize: 12, formatter: (p) => formatCount(Number(p.value), labels.locale) },
    tooltip: { show: false },
    data: rest
      ? [...head.map((r) => r.total), { value: rest.total, label: { position: 'insideLeft', fontStyle: 'italic' } }]
      : head.map((r) => r.total),
  })

  return {
    textStyle: baseTextStyle,
    // no tweening: the dashboard draws once and a filter change redraws at once (an animation repaints
    // the canvas every frame for 300 ms, while the next chart mounts or the next filter answers)
    animation: false,
    legend: { show: statuses.length > 0, top: 0, left: 0, itemWidth: 12, itemHeight: 12, itemGap: 10, textStyle: { fontSize: 12 }, data: legendNames },
    // margins set here, not measured by ECharts (containLabel), see axisLabelRoom
    grid: { left: 8 + axisLabelRoom(rest ? [...names, restName] : names, cfg.labelWidth ?? 112), right: 40, top: legendTop + 10, bottom: 8 + AXIS_LABEL_ROW, outerBoundsMode: 'none' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const i = (Array.isArray(params) ? params[0] : params).dataIndex
        const row = rows[i]
        const name = i < head.length ? names[i] : restName
        const title = `<b>${escapeHtml(name)}</b> · ${escapeHtml(labels.total)} ${formatCount(row.total, labels.locale)}`
        // from the row itself, not the hovered segments: the summed row draws none
        const lines = statuses.filter((s) => row.counts[s] > 0).map((s) => `${swatch(palette[s])}${escapeHtml(labels.status(s))}: ${formatCount(row.counts[s], labels.locale)}`)
        return [title, ...lines, ...(i < head.length ? [] : [`<i>${escapeHtml(labels.othersHint)}</i>`])].join('<br/>')
      },
    },
    // max null (automatic) rather than absent: a key that disappears makes vue-echarts rebuild the chart (see the series)
    xAxis: { type: 'value', minInterval: 1, max: axisMax ?? (null as unknown as undefined), axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: '#eaeef2' } } },
    yAxis: {
      type: 'category',
      inverse: true, // biggest first, at the top
      data: rest ? [...names, { value: restName, textStyle: { color: MUTED_COLOUR, fontStyle: 'italic' } }] : names,
      triggerEvent: true, // clicking a name opens the list, like clicking its bar
      axisTick: { show: false },
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisLabel: { interval: 0, width: cfg.labelWidth ?? 112, overflow: 'truncate', ellipsis: '…', color: '#24292f', fontSize: 12 },
    },
    series,
  }
}
