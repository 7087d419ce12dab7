// Horizontal stacked bars: one bar per owner (district or department), one segment per status.
// Horizontal because Chinese owner names are long: they read left to right without rotation and are
// truncated with an ellipsis beyond `labelWidth` (the tooltip gives the full name).
import type { EChartsOption } from 'echarts'
import type { BarSeriesOption } from 'echarts/charts'
import type { StatusTable } from '@/core/aggregate'
import { STATUS_ORDER } from '@/core/model/statusPalette'
import type { Status } from '@/core/model/types'
import {
  AXIS_COLOUR,
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
  /** bars shown at once; more rows get a scroll bar (dataZoom) */
  maxVisible?: number
  /** chart width in px, when known: the legend may wrap and the grid moves down to make room */
  width?: number
}

export const BAR_ROW_HEIGHT = 26
const CHROME_HEIGHT = 50 // axis + margins, without the legend

/** Height that shows up to `maxVisible` bars without squeezing them, below `legendRows` legend lines. */
export function statusBarsHeight(rows: number, maxVisible = 14, legendRows = 1): number {
  return CHROME_HEIGHT + legendRows * LEGEND_LINE_HEIGHT + Math.max(3, Math.min(rows, maxVisible)) * BAR_ROW_HEIGHT
}

/** Statuses to draw, in stack order. */
export function seriesStatuses(t: StatusTable): Status[] {
  return STATUS_ORDER.filter((s) => t.present.includes(s))
}

export function statusBarsOption(t: StatusTable, cfg: StatusBarsConfig): EChartsOption {
  const { labels } = cfg
  const palette = cfg.palette ?? DEFAULT_PALETTE
  const maxVisible = cfg.maxVisible ?? 14
  const names = t.rows.map((r) => keyLabel(r.key, labels))
  const statuses = seriesStatuses(t)
  const scroll = t.rows.length > maxVisible
  const legendNames = statuses.map((s) => labels.status(s))
  const legendTop = legendLines(legendNames, cfg.width) * LEGEND_LINE_HEIGHT

  const series: BarSeriesOption[] = statuses.map((s) => ({
    type: 'bar',
    name: labels.status(s),
    id: s,
    stack: 'status',
    barMaxWidth: 18,
    itemStyle: { color: palette[s], borderColor: '#fff', borderWidth: 0.5 },
    emphasis: { focus: 'series' },
    data: t.rows.map((r) => r.counts[s]),
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
    data: t.rows.map((r) => r.total),
  })

  return {
    textStyle: baseTextStyle,
    // many bars (hundreds of departments at 100,000 commitments): no tweening, a filter redraws at once
    animation: t.rows.length <= 60,
    animationDuration: 300,
    animationDurationUpdate: 200,
    legend: { show: statuses.length > 0, top: 0, left: 0, itemWidth: 12, itemHeight: 12, itemGap: 10, textStyle: { fontSize: 12 }, data: legendNames },
    grid: { left: 8, right: scroll ? 56 : 40, top: legendTop + 10, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const list = (Array.isArray(params) ? params : [params]).filter((p) => p.seriesId !== '__total' && Number(p.value) > 0)
        const i = (Array.isArray(params) ? params[0] : params).dataIndex
        const row = t.rows[i]
        const head = `<b>${escapeHtml(names[i])}</b> · ${escapeHtml(labels.total)} ${formatCount(row.total, labels.locale)}`
        return [head, ...list.map((p) => `${swatch(String(p.color))}${escapeHtml(String(p.seriesName))}: ${formatCount(Number(p.value), labels.locale)}`)].join('<br/>')
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: '#eaeef2' } } },
    yAxis: {
      type: 'category',
      inverse: true, // biggest first, at the top
      data: names,
      triggerEvent: true, // clicking a name opens the list, like clicking its bar
      axisTick: { show: false },
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisLabel: { interval: 0, width: cfg.labelWidth ?? 112, overflow: 'truncate', ellipsis: '…', color: '#24292f', fontSize: 12 },
    },
    dataZoom: scroll
      ? [
          { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: maxVisible - 1, showDetail: false, brushSelect: false, zoomLock: true },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series,
  }
}
