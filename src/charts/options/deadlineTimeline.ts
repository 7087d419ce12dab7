// Deadlines by month, stacked by status: what falls due when, and — in the overdue/missed colours —
// what passed its deadline unmet. A dashed line marks the current month when it lies in the range.
import type { EChartsOption } from 'echarts'
import type { BarSeriesOption } from 'echarts/charts'
import type { StatusTable } from '@/core/aggregate'
import { STATUS_ORDER } from '@/core/model/statusPalette'
import { niceCeil } from './statusBars'
import { AXIS_COLOUR, AXIS_LABEL_ROW, axisLabelRoom, baseTextStyle, DEFAULT_PALETTE, escapeHtml, formatCount, LEGEND_LINE_HEIGHT, legendLines, MUTED_COLOUR, swatch, type ChartLabels, type StatusPaletteFill } from './common'

/** Months visible at once before the chart scrolls. */
export const TIMELINE_WINDOW = 24

export function deadlineTimelineOption(
  t: StatusTable,
  todayMonth: string,
  labels: ChartLabels,
  palette: StatusPaletteFill = DEFAULT_PALETTE,
  /** chart width in px, or the legend's line count when the component has measured it */
  layout?: number | { legendRows: number },
): EChartsOption {
  const months = t.rows.map((r) => r.key as string)
  const statuses = STATUS_ORDER.filter((s) => t.present.includes(s))
  const scroll = months.length > TIMELINE_WINDOW
  const legendNames = statuses.map((s) => labels.status(s))
  const legendTop = (typeof layout === 'object' ? layout.legendRows : legendLines(legendNames, layout)) * LEGEND_LINE_HEIGHT
  const todayInRange = months.includes(todayMonth)
  // a month in the past: the window opens so that "now" is visible
  const end = todayInRange ? Math.min(months.length - 1, Math.max(TIMELINE_WINDOW - 1, months.indexOf(todayMonth) + 6)) : months.length - 1

  // The option keeps one shape whatever the filter (every status a series, absent ones without
  // data; the today line and both zoom components always there), so vue-echarts merges it into the
  // chart: a series or component that disappears makes ECharts rebuild every component and view.
  const series: BarSeriesOption[] = STATUS_ORDER.map((s) => ({
    type: 'bar',
    id: s,
    name: labels.status(s),
    stack: 'due',
    barMaxWidth: 28,
    large: months.length > 200,
    itemStyle: { color: palette[s] },
    emphasis: { focus: 'series' },
    data: statuses.includes(s) ? t.rows.map((r) => r.counts[s]) : [],
  }))
  // the current month's line, on a series of its own in the same stack with no bars of its own
  series.push({
    type: 'bar',
    id: '__today',
    stack: 'due',
    silent: true,
    tooltip: { show: false },
    data: [],
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#24292f', type: 'dashed', width: 1 },
      label: { formatter: labels.today, color: '#24292f', position: 'end' },
      data: todayInRange ? [{ xAxis: todayMonth }] : [],
    },
  })

  return {
    textStyle: baseTextStyle,
    // no tweening: the dashboard draws once and a filter change redraws at once (an animation repaints
    // the canvas every frame for 300 ms, while the next chart mounts or the next filter answers)
    animation: false,
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, itemGap: 10, data: legendNames },
    // margins set here, not measured by ECharts (containLabel), see axisLabelRoom; the value axis's
    // widest label is about its round end, written as ECharts writes it (thousands separated)
    grid: { left: 8 + axisLabelRoom([niceCeil(Math.max(0, ...t.rows.map((r) => r.total))).toLocaleString('en')]), right: 16, top: legendTop + 14, bottom: (scroll ? 40 : 8) + AXIS_LABEL_ROW, outerBoundsMode: 'none' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params]
        const i = list[0].dataIndex
        const row = t.rows[i]
        const head = `<b>${escapeHtml(labels.month(months[i]))}</b> · ${escapeHtml(labels.total)} ${formatCount(row.total, labels.locale)}`
        return [head, ...list.filter((p) => Number(p.value) > 0).map((p) => `${swatch(String(p.color))}${escapeHtml(String(p.seriesName))}: ${formatCount(Number(p.value), labels.locale)}`)].join('<br/>')
      },
    },
    xAxis: {
      type: 'category',
      data: months,
      triggerEvent: true,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisLabel: { color: MUTED_COLOUR, hideOverlap: true, formatter: (v: string) => labels.monthShort(v) },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: '#eaeef2' } } },
    // both always present: without scrolling the slider is hidden and the window is every month
    dataZoom: [
      { type: 'slider', show: scroll, xAxisIndex: 0, bottom: 4, height: 16, startValue: scroll ? Math.max(0, end - TIMELINE_WINDOW + 1) : 0, endValue: end, showDetail: false, brushSelect: false },
      { type: 'inside', disabled: !scroll, xAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
    ],
    series,
  }
}
