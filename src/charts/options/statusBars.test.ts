import { describe, expect, it } from 'vitest'
import type { BarSeriesOption } from 'echarts/charts'
import { aggregateDashboard, type AggRow } from '@/core/aggregate'
import { STATUS_FILL } from '@/core/model/statusPalette'
import { STATUSES } from '@/core/model/types'
import { legendLines } from './common'
import { labelsFor } from '../testLabels'
import { statusBarsHeight, statusBarsOption } from './statusBars'

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
    const segments = series(opt).filter((s) => s.stack === 'status')
    expect(segments.reduce((n, s) => n + (s.data as number[])[i], 0)).toBe(8)
  })

  it('names segments with the Chinese status words, coloured from the palette', () => {
    const segments = series(opt).filter((s) => s.stack === 'status')
    expect(segments.map((s) => s.name)).toEqual(['按序时', '慢序时', '未评估'])
    expect(segments.map((s) => (s.itemStyle as { color: string }).color)).toEqual([STATUS_FILL.on_pace, STATUS_FILL.behind, STATUS_FILL.no_data])
  })

  it('labels a missing owner 未注明 and puts it last', () => {
    expect(categories(opt)).toEqual(['老城区', '西工区', '未注明'])
  })

  it('speaks English when asked', () => {
    const en = statusBarsOption(agg.byDistrict, { labels: labelsFor('en') })
    expect(categories(en)[2]).toBe('Not stated')
    expect(series(en).filter((s) => s.stack).map((s) => s.name)).toEqual(['on pace', 'behind pace', 'no data'])
  })

  it('truncates long department names instead of overlapping them', () => {
    const dept = statusBarsOption(agg.byDepartment, { labels: zh, labelWidth: 100 })
    const axisLabel = (dept.yAxis as { axisLabel: { width: number; overflow: string; interval: number } }).axisLabel
    expect(axisLabel).toMatchObject({ width: 100, overflow: 'truncate', interval: 0 })
  })

  it('scrolls instead of squeezing when there are more bars than fit', () => {
    const many = aggregateDashboard(
      Array.from({ length: 30 }, (_, i) => r(`部门${i}`)),
      { today: '2024-06-01' },
    )
    const o = statusBarsOption(many.byDistrict, { labels: zh, maxVisible: 10 })
    expect(o.dataZoom).toHaveLength(2)
    expect((o.dataZoom as { endValue?: number }[])[0].endValue).toBe(9)
    expect(statusBarsHeight(30, 10)).toBe(statusBarsHeight(10, 10))
    expect(statusBarsOption(agg.byDistrict, { labels: zh }).dataZoom).toEqual([])
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
    expect(series(o).filter((s) => s.stack)).toHaveLength(0)
  })
})
