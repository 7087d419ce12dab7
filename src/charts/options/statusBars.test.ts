import { describe, expect, it } from 'vitest'
import type { BarSeriesOption } from 'echarts/charts'
import { aggregateDashboard, type AggRow } from '@/core/aggregate'
import { STATUS_FILL } from '@/core/model/statusPalette'
import { STATUSES } from '@/core/model/types'
import { legendLines } from './common'
import { labelsFor } from '../testLabels'
import { optionShape } from '../optionShape'
import { statusBarsHeight, statusBarsKeys, statusBarsOption } from './statusBars'
import { filterForBarClick } from './clicks'

const r = (district: string | null, status: AggRow['status'] = 'no_data', department: string | null = null): AggRow => ({
  kind: 'target',
  status,
  district,
  department,
  category: '文旅',
  deadline: null,
})
const rows = [
  ...Array.from({ length: 8 }, () => r('老城区', 'no_data', '老城区委')),
  r('西工区', 'on_pace'),
  r('西工区', 'behind'),
  r('西工区'),
  r(null),
]
const agg = aggregateDashboard(rows, { today: '2024-06-01' })
const zh = labelsFor('zh-CN')

function series(opt: ReturnType<typeof statusBarsOption>): BarSeriesOption[] {
  return opt.series as BarSeriesOption[]
}
/** The status segments that draw something (every status has a series; absent ones have no data). */
function drawn(opt: ReturnType<typeof statusBarsOption>): BarSeriesOption[] {
  return series(opt).filter((s) => s.stack && (s.data as unknown[]).length > 0)
}
function categories(opt: ReturnType<typeof statusBarsOption>): string[] {
  return (opt.yAxis as { data: string[] }).data
}

describe('statusBarsOption', () => {
  const opt = statusBarsOption(agg.byDistrict, { labels: zh })

  it("shows 老城区's total at the end of its bar, equal to its commitments", () => {
    const i = categories(opt).indexOf('老城区')
    const total = series(opt).find((s) => s.id === '__total')!
    expect((total.data as number[])[i]).toBe(rows.filter((x) => x.district === '老城区').length)
    // and the stacked segments add up to the same number
    const segments = drawn(opt)
    expect(segments.reduce((n, s) => n + (s.data as number[])[i], 0)).toBe(8)
  })

  it('names segments with the Chinese status words, coloured from the palette', () => {
    const segments = drawn(opt)
    expect(segments.map((s) => s.name)).toEqual(['按序时', '慢序时', '未评估'])
    expect(segments.map((s) => (s.itemStyle as { color: string }).color)).toEqual([STATUS_FILL.on_pace, STATUS_FILL.behind, STATUS_FILL.no_data])
  })

  it('labels a missing owner 未注明 and puts it last', () => {
    expect(categories(opt)).toEqual(['老城区', '西工区', '未注明'])
  })

  it('speaks English when asked', () => {
    const en = statusBarsOption(agg.byDistrict, { labels: labelsFor('en') })
    expect(categories(en)[2]).toBe('Not stated')
    expect(drawn(en).map((s) => s.name)).toEqual(['on pace', 'behind pace', 'no data'])
  })

  it('truncates long department names instead of overlapping them', () => {
    const dept = statusBarsOption(agg.byDepartment, { labels: zh, labelWidth: 100 })
    const axisLabel = (dept.yAxis as { axisLabel: { width: number; overflow: string; interval: number } }).axisLabel
    expect(axisLabel).toMatchObject({ width: 100, overflow: 'truncate', interval: 0 })
  })

  describe('with more owners than bars', () => {
    // 30 departments with 30, 29, … 1 commitments (部门0 the biggest), plus 2 without one
    const many = aggregateDashboard(
      [...Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 - i }, (_, j) => r(null, j % 2 ? 'behind' : 'on_pace', `部门${i}`))).flat(), r(null), r(null)],
      { today: '2024-06-01' },
    )
    const o = statusBarsOption(many.byDepartment, { labels: zh, maxVisible: 10, field: 'department' })
    const names = (o.yAxis as { data: (string | { value: string })[] }).data
    const totals = series(o).find((s) => s.id === '__total')!.data as (number | { value: number })[]

    it('draws the 9 biggest and one 其他 bar that names how many it sums', () => {
      expect(names).toHaveLength(10)
      expect(names.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `部门${i}`))
      expect((names[9] as { value: string }).value).toBe('其他 22 个部门') // 21 departments + 未注明
      expect(o.dataZoom).toBeUndefined()
      expect(statusBarsHeight(many.byDepartment.rows.length, 10)).toBe(statusBarsHeight(10, 10))
    })

    it('keeps every commitment in the chart: the 其他 row holds the rest as text, not as a bar that dwarfs the others', () => {
      expect(totals.map((v) => (typeof v === 'object' ? (v as { value: number }).value : v)).reduce((a, b) => a + b, 0)).toBe(many.total)
      expect((totals[9] as unknown as { value: number }).value).toBe(many.byDepartment.rows.slice(9).reduce((n, x) => n + x.total, 0))
      for (const s of drawn(o)) expect((s.data as unknown[])[9]).toBe('-')
      // the axis ends at the biggest drawn department (30 → 50), not at the sum of the rest (255)
      expect((o.xAxis as { max: number }).max).toBe(50)
      const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 9 }])
      const behind = many.byDepartment.rows.slice(9).reduce((n, x) => n + x.counts.behind, 0)
      expect(tip).toContain(`慢序时: ${behind}`)
    })

    it('leaves the axis to ECharts when every owner is drawn', () => {
      expect((statusBarsOption(agg.byDistrict, { labels: zh }).xAxis as { max?: number | null }).max ?? undefined).toBeUndefined()
    })

    it('opens the clicked owner, and nothing for the 其他 bar (the data table lists them)', () => {
      const keys = statusBarsKeys(many.byDepartment, 10)
      expect(filterForBarClick({ componentType: 'series', seriesId: 'behind', dataIndex: 2 }, keys, 'department')).toEqual({ department: ['部门2'], status: ['behind'] })
      expect(filterForBarClick({ componentType: 'yAxis', value: '部门8' }, keys, 'department')).toEqual({ department: ['部门8'] })
      expect(filterForBarClick({ componentType: 'series', seriesId: 'behind', dataIndex: 9 }, keys, 'department')).toBeNull()
      expect(filterForBarClick({ componentType: 'yAxis', value: '其他 22 个部门' }, keys, 'department')).toBeNull()
    })

    it('says where the rest is, in English too', () => {
      const en = statusBarsOption(many.byDepartment, { labels: labelsFor('en'), maxVisible: 10, field: 'department' })
      expect(((en.yAxis as { data: { value: string }[] }).data[9]).value).toBe('22 other departments')
      const tip = (en.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 9, seriesId: 'on_pace', seriesName: 'on pace', value: 5, color: '#000' }])
      expect(tip).toContain('22 other departments')
      expect(tip).toContain('Full list in the data table')
    })
  })

  it('moves the bars down when the legend wraps at a narrow width, so it never covers the first bar', () => {
    const all = aggregateDashboard(
      STATUSES.map((s) => r('老城区', s)),
      { today: '2024-06-01' },
    )
    const top = (width: number) => (statusBarsOption(all.byDistrict, { labels: zh, width }).grid as { top: number }).top
    expect(legendLines(all.byDistrict.present.map(zh.status), 1200)).toBe(1)
    expect(legendLines(all.byDistrict.present.map(zh.status), 360)).toBeGreaterThan(1)
    expect(top(360)).toBeGreaterThan(top(1200))
    expect(statusBarsHeight(5, 14, 3)).toBeGreaterThan(statusBarsHeight(5, 14, 1))
  })

  it('has no series but the total for an empty table', () => {
    const empty = aggregateDashboard([], { today: '2024-06-01' })
    const o = statusBarsOption(empty.byDistrict, { labels: zh })
    expect(drawn(o)).toHaveLength(0)
  })

  it('keeps the shape of its option when the filter changes what is present, so the chart is updated rather than rebuilt', () => {
    const one = aggregateDashboard([r('老城区', 'on_pace')], { today: '2024-06-01' })
    const many = aggregateDashboard(
      Array.from({ length: 30 }, (_, i) => r(`区${i}`, STATUSES[i % STATUSES.length])),
      { today: '2024-06-01' },
    )
    const a = statusBarsOption(one.byDistrict, { labels: zh, field: 'district' })
    const b = statusBarsOption(many.byDistrict, { labels: zh, field: 'district' })
    expect(drawn(a)).toHaveLength(1)
    expect(drawn(b).length).toBeGreaterThan(3)
    expect(optionShape(a)).toEqual(optionShape(b))
  })
})
