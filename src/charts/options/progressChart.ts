// A commitment's progress over time: reported figures against the target line and the expected-pace
// line of 序时进度, with the deadline marked. Superseded figures stay on the chart, faded, so a
// correction is visible. Growth-rate targets plot the reported rate against the pledged rate (no
// pace line); milestones and other state pledges plot a timeline of reported states.
import type { EChartsOption } from 'echarts'
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { Commitment, MilestoneState, Update } from '@/core/model/types'
import { MILESTONE_STATES } from '@/core/model/types'
import { effectiveUpdates, expectedPaceSeries, pledgePeriod, scaleValue, targetMode, unitConversion } from '@/core/progress'
import { AXIS_COLOUR, baseTextStyle, escapeHtml, MUTED_COLOUR } from './common'

export interface ProgressChartLabels {
  actual: string
  expected: string
  target: string
  deadline: string
  superseded: string
  /** "1—9月累计" style note for a figure covering part of the period: (from, to) → text */
  periodFigure: (from: string, to: string) => string
  state: (s: MilestoneState) => string
  /** a figure in the target's unit, in words: 31530000 → "3153万人次" */
  value: (n: number) => string
  /** a short axis form of the same figure: 31530000 → "3153万" */
  axisValue: (n: number) => string
  date: (iso: string) => string
}

export const ACTUAL_COLOUR = '#0072b2'
export const EXPECTED_COLOUR = '#8c959f'
export const TARGET_COLOUR = '#d55e00'
export const DEADLINE_COLOUR = '#24292f'
const FADED = 'rgba(87, 96, 106, 0.35)'

/** One plotted figure in the target's unit; null when its unit does not convert. */
export interface PlotPoint {
  date: string
  value: number
  update: Update
}

/** The update's figure in the target's unit (万人次 → 人次), or null. */
export function figureOf(c: Commitment, u: Update): number | null {
  if (u.value === null || !Number.isFinite(u.value)) return null
  if (!u.unit || !c.unit || u.unit === c.unit) return u.value
  const conv = unitConversion(u.unit, c.unit)
  return conv.ok ? scaleValue(u.value, conv.factor) : null
}

/** Effective and superseded figures, each ordered by observation date. */
export function plotPoints(c: Commitment, updates: Update[]): { effective: PlotPoint[]; superseded: PlotPoint[] } {
  const own = updates.filter((u) => u.commitmentId === c.id)
  const live = new Set(effectiveUpdates(own).map((u) => u.id))
  const toPoint = (u: Update): PlotPoint | null => {
    const v = figureOf(c, u)
    return v === null ? null : { date: u.observedOn, value: v, update: u }
  }
  const byDate = (a: PlotPoint, b: PlotPoint) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
  const points = own.map(toPoint).filter((p): p is PlotPoint => p !== null)
  return {
    effective: points.filter((p) => live.has(p.update.id)).sort(byDate),
    superseded: points.filter((p) => !live.has(p.update.id)).sort(byDate),
  }
}

function deadlineOf(c: Commitment): string | null {
  return c.deadline?.date ?? null
}

function deadlineMark(c: Commitment, labels: ProgressChartLabels): LineSeriesOption['markLine'] | undefined {
  const d = deadlineOf(c)
  if (!d) return undefined
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: DEADLINE_COLOUR, type: 'dashed', width: 1 },
    // a short horizontal word above the line: a rotated full date collides with the last figure's label
    label: { formatter: labels.deadline, color: DEADLINE_COLOUR, position: 'end' },
    data: [{ xAxis: d }],
  }
}

const base = (): EChartsOption => ({
  textStyle: baseTextStyle,
  animationDuration: 300,
  legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, itemGap: 12 },
})

const timeAxis = (labels: ProgressChartLabels) => ({
  type: 'time' as const,
  axisLine: { lineStyle: { color: AXIS_COLOUR } },
  axisLabel: { color: MUTED_COLOUR, hideOverlap: true },
  splitLine: { show: false },
  axisPointer: { label: { formatter: (p: { value: unknown }) => labels.date(new Date(Number(p.value)).toISOString().slice(0, 10)) } },
})

interface Options {
  /** the source's publication date: refines the pace period (see pledgePeriod) */
  pledgedOn?: string | null
}

/**
 * The chart's option for `c` and its updates (all of them, superseded ones included).
 * Numeric targets get actual/expected/target lines; state pledges get a state timeline.
 */
export function progressChartOption(c: Commitment, updates: Update[], labels: ProgressChartLabels, opts: Options = {}): EChartsOption {
  const mode = targetMode(c)
  if (mode === 'state' || mode === 'fact') return stateTimelineOption(c, updates, labels)
  const { effective, superseded } = plotPoints(c, updates)
  const period = mode === 'pace' ? pledgePeriod(c, { pledgedOn: opts.pledgedOn }) : null
  const pace = mode === 'pace' ? expectedPaceSeries(c, undefined, undefined, { pledgedOn: opts.pledgedOn }) : []
  const target = c.value
  const dates = [...effective, ...superseded].map((p) => p.date)
  if (period) dates.push(period.start, period.end)
  const d = deadlineOf(c)
  if (d) dates.push(d)
  dates.sort()
  const xMin = dates[0]
  const xMax = dates[dates.length - 1]
  const tip = (p: PlotPoint, faded: boolean) => {
    const when = p.update.periodStart ? labels.periodFigure(p.update.periodStart, p.date) : labels.date(p.date)
    return `${escapeHtml(when)}<br/><b>${escapeHtml(labels.value(p.value))}</b>${faded ? ` · ${escapeHtml(labels.superseded)}` : ''}`
  }

  const series: (LineSeriesOption | ScatterSeriesOption)[] = [
    {
      type: 'line',
      id: 'actual',
      name: labels.actual,
      // a figure just under the target line is labelled below its point, so the two never overlap
      data: effective.map((p) => ({ value: [p.date, p.value], tip: tip(p, false), label: { position: target !== null && p.value < target ? 'bottom' : 'top' } })),
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { color: ACTUAL_COLOUR, width: 2 },
      itemStyle: { color: ACTUAL_COLOUR },
      label: { show: true, position: 'top', color: ACTUAL_COLOUR, formatter: (p) => labels.value(Number((p.value as [string, number])[1])) },
      markLine: deadlineMark(c, labels),
      z: 3,
    },
  ]
  if (pace.length)
    series.push({
      type: 'line',
      id: 'expected',
      name: labels.expected,
      data: pace.map((p) => ({ value: [p.date, p.value], tip: `${escapeHtml(labels.date(p.date))}<br/>${escapeHtml(labels.expected)}: ${escapeHtml(labels.value(p.value))}` })),
      symbol: 'none',
      lineStyle: { color: EXPECTED_COLOUR, type: 'dashed', width: 1.5 },
      itemStyle: { color: EXPECTED_COLOUR },
      z: 1,
    })
  if (target !== null && xMin && xMax)
    series.push({
      type: 'line',
      id: 'target',
      name: labels.target,
      data: [xMin, xMax].map((x) => ({ value: [x, target], tip: `${escapeHtml(labels.target)}: ${escapeHtml(labels.value(target))}` })),
      // the target's words sit at the left end, away from the latest figures near the deadline
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: TARGET_COLOUR, width: 1.5, type: 'solid' },
        label: { position: 'insideStartTop', formatter: `${labels.target} ${labels.value(target)}`, color: TARGET_COLOUR },
        data: [{ yAxis: target }],
      },
      symbol: 'none',
      lineStyle: { color: TARGET_COLOUR, width: 1.5 },
      itemStyle: { color: TARGET_COLOUR },
      z: 2,
    })
  if (superseded.length)
    series.push({
      type: 'scatter',
      id: 'superseded',
      name: labels.superseded,
      data: superseded.map((p) => ({ value: [p.date, p.value], tip: tip(p, true) })),
      symbol: 'circle',
      symbolSize: 8,
      itemStyle: { color: FADED, borderColor: MUTED_COLOUR, borderType: 'dashed' },
      z: 0,
    })

  return {
    ...base(),
    grid: { left: 8, right: 40, top: 44, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p) => String((p as { data?: { tip?: string } }).data?.tip ?? '') },
    xAxis: { ...timeAxis(labels), min: xMin, max: xMax },
    yAxis: {
      type: 'value',
      min: mode === 'rate' ? undefined : 0,
      scale: mode === 'rate',
      axisLabel: { color: MUTED_COLOUR, formatter: (v: number) => labels.axisValue(v) },
      splitLine: { lineStyle: { color: '#eaeef2' } },
    },
    series,
  }
}

/** Reported states (未启动/推进中/已完成) over time; superseded reports faded; the deadline marked. */
function stateTimelineOption(c: Commitment, updates: Update[], labels: ProgressChartLabels): EChartsOption {
  const own = updates.filter((u) => u.commitmentId === c.id && u.state !== null)
  const live = new Set(effectiveUpdates(own).map((u) => u.id))
  const categories = MILESTONE_STATES.map((s) => labels.state(s))
  const point = (u: Update) => ({
    value: [u.observedOn, labels.state(u.state!)],
    tip: `${escapeHtml(labels.date(u.observedOn))}<br/><b>${escapeHtml(labels.state(u.state!))}</b>${u.evidence.publisher ? ` · ${escapeHtml(u.evidence.publisher)}` : ''}${live.has(u.id) ? '' : ` · ${escapeHtml(labels.superseded)}`}`,
  })
  const dates = own.map((u) => u.observedOn)
  const d = deadlineOf(c)
  if (d) dates.push(d)
  dates.sort()
  const series: ScatterSeriesOption[] = [
    {
      type: 'scatter',
      id: 'states',
      name: labels.actual,
      data: own.filter((u) => live.has(u.id)).map(point),
      symbolSize: 12,
      itemStyle: { color: ACTUAL_COLOUR },
      label: { show: true, position: 'top', color: MUTED_COLOUR, formatter: (p) => labels.date(String((p.value as string[])[0])) },
      markLine: deadlineMark(c, labels) as ScatterSeriesOption['markLine'],
    },
  ]
  if (own.some((u) => !live.has(u.id)))
    series.push({
      type: 'scatter',
      id: 'superseded',
      name: labels.superseded,
      data: own.filter((u) => !live.has(u.id)).map(point),
      symbolSize: 10,
      itemStyle: { color: FADED, borderColor: MUTED_COLOUR, borderType: 'dashed' },
    })
  // a single date still needs a visible span: pad a month either side
  const pad = (iso: string | undefined, days: number) => (iso ? new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10) : undefined)
  return {
    ...base(),
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p) => String((p as { data?: { tip?: string } }).data?.tip ?? '') },
    xAxis: { ...timeAxis(labels), min: pad(dates[0], -31), max: pad(dates[dates.length - 1], 31) },
    yAxis: { type: 'category', data: categories, axisLabel: { color: MUTED_COLOUR }, splitLine: { show: true, lineStyle: { color: '#eaeef2' } } },
    series,
  }
}
