import { describe, expect, it } from 'vitest'
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { Commitment, Update } from '@/core/model/types'
import { figureOf, plotPoints, progressChartOption, type ProgressChartLabels } from './progressChart'

const labels: ProgressChartLabels = {
  actual: '实际',
  expected: '序时进度',
  target: '目标',
  deadline: '截止',
  superseded: '已被更正',
  periodFigure: (a, b) => `${a}至${b}`,
  state: (s) => ({ not_started: '未启动', under_way: '推进中', done: '已完成' })[s],
  value: (n) => `${n / 1e4}万人次`,
  axisValue: (n) => `${n / 1e4}万`,
  date: (d) => d,
}

const visitors: Commitment = {
  id: 'c1', sourceId: 's', articleId: null, kind: 'target', quote: '接待游客超过3500万人次', start: 0, end: 1,
  metric: '游客', value: 35_000_000, unit: '人次', comparator: '>', growth: false,
  deadline: { date: '2024-12-31', precision: 'year' }, district: '老城区', department: null, person: null,
  category: '文旅', confidence: 1, extractorVersion: 't', origin: 'extractor', reviewedAt: null, original: null,
  status: 'no_data', createdAt: '2024-01-01T00:00:00Z',
}

const upd = (id: string, observedOn: string, value: number | null, unit: string | null, extra: Partial<Update> = {}): Update => ({
  id, commitmentId: 'c1', observedOn, periodStart: '2024-01-01', value, unit, comparator: null, state: null,
  evidence: { url: null, quote: 'q', publisher: null, publishedOn: null }, enteredBy: 't', enteredAt: `${observedOn}T00:00:00Z`,
  supersedes: null, note: null, origin: 'person', ...extra,
})

const series = (o: ReturnType<typeof progressChartOption>) => o.series as (LineSeriesOption | ScatterSeriesOption)[]
const byId = (o: ReturnType<typeof progressChartOption>, id: string) => series(o).find((s) => s.id === id)
const xy = (s: LineSeriesOption | ScatterSeriesOption | undefined) => ((s?.data ?? []) as { value: [string, number | string] }[]).map((d) => d.value)

describe('progressChartOption', () => {
  it('plots a partial-period figure at its observation date, converted to the target unit', () => {
    const o = progressChartOption(visitors, [upd('u1', '2024-09-30', 3153, '万人次')], labels)
    expect(xy(byId(o, 'actual'))).toEqual([['2024-09-30', 31_530_000]])
  })

  it('draws the expected-pace line from 0 on 1 January to the target on the deadline', () => {
    const pace = xy(byId(progressChartOption(visitors, [], labels), 'expected'))
    expect(pace[0]).toEqual(['2024-01-01', 0])
    expect(pace[pace.length - 1]).toEqual(['2024-12-31', 35_000_000])
    const sep = pace.find((p) => p[0] === '2024-09-30')!
    expect(Number(sep[1])).toBeCloseTo((35_000_000 * 274) / 366, 0)
  })

  it('draws the target line across the chart and marks the deadline', () => {
    const o = progressChartOption(visitors, [upd('u1', '2024-09-30', 31_530_000, '人次')], labels)
    expect(xy(byId(o, 'target'))).toEqual([['2024-01-01', 35_000_000], ['2024-12-31', 35_000_000]])
    const mark = (byId(o, 'actual') as LineSeriesOption).markLine as { data: { xAxis: string }[] }
    expect(mark.data).toEqual([{ xAxis: '2024-12-31' }])
  })

  it('shows a superseded figure apart (faded), not on the actual line', () => {
    const ups = [upd('u1', '2024-09-30', 30_000_000, '人次'), upd('u2', '2024-09-30', 31_530_000, '人次', { supersedes: 'u1', enteredAt: '2024-10-09T00:00:00Z' })]
    const o = progressChartOption(visitors, ups, labels)
    expect(xy(byId(o, 'actual'))).toEqual([['2024-09-30', 31_530_000]])
    expect(xy(byId(o, 'superseded'))).toEqual([['2024-09-30', 30_000_000]])
  })

  it('has no superseded series when nothing was corrected', () => {
    expect(byId(progressChartOption(visitors, [upd('u1', '2024-09-30', 1, '人次')], labels), 'superseded')).toBeUndefined()
  })

  it('labels a figure under the target line below its point and one above it on top', () => {
    const o = progressChartOption(visitors, [upd('u1', '2024-09-30', 31_530_000, '人次'), upd('u2', '2024-12-31', 36_000_000, '人次')], labels)
    const data = byId(o, 'actual')!.data as { label: { position: string } }[]
    expect(data.map((d) => d.label.position)).toEqual(['bottom', 'top'])
  })

  it('skips figures whose unit does not fit the target', () => {
    expect(figureOf(visitors, upd('u1', '2024-09-30', 5, '元'))).toBeNull()
    expect(plotPoints(visitors, [upd('u1', '2024-09-30', 5, '元')]).effective).toEqual([])
  })

  it('plots a growth rate against the pledged rate, without a pace line', () => {
    const rate: Commitment = { ...visitors, value: 7, unit: '%', growth: true, comparator: '≥' }
    const o = progressChartOption(rate, [upd('u1', '2024-06-30', 6.5, '%')], labels)
    expect(byId(o, 'expected')).toBeUndefined()
    expect(xy(byId(o, 'actual'))).toEqual([['2024-06-30', 6.5]])
    expect(xy(byId(o, 'target')).map((p) => p[1])).toEqual([7, 7])
  })

  it('shows a milestone as a timeline of reported states, both of two conflicting reports', () => {
    const ms: Commitment = { ...visitors, kind: 'milestone', value: null, unit: null, comparator: null }
    const st = (id: string, d: string) => upd(id, d, null, null, { state: 'done', periodStart: null })
    const o = progressChartOption(ms, [st('a', '2024-07-20'), st('b', '2024-08-01')], labels)
    expect(xy(byId(o, 'states'))).toEqual([['2024-07-20', '已完成'], ['2024-08-01', '已完成']])
    expect((o.yAxis as { data: string[] }).data).toEqual(['未启动', '推进中', '已完成'])
  })

  it('escapes evidence text in tooltips', () => {
    const ms: Commitment = { ...visitors, kind: 'milestone', value: null, unit: null }
    const u = upd('a', '2024-07-20', null, null, { state: 'done', evidence: { url: null, quote: 'q', publisher: '<b>x</b>', publishedOn: null } })
    const tip = (byId(progressChartOption(ms, [u], labels), 'states')!.data as { tip: string }[])[0].tip
    expect(tip).toContain('&lt;b&gt;x&lt;/b&gt;')
  })
})
