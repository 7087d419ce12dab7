import { describe, expect, it } from 'vitest'
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts'
import { aggregateDashboard, mapSeries, type AggRow } from '@/core/aggregate'
import { labelsFor } from '../testLabels'
import { optionShape } from '../optionShape'
import { categoryPieOption, categorySlices } from './categoryPie'
import { deadlineTimelineOption } from './deadlineTimeline'
import { districtMapView, NO_VALUE_COLOUR, SEQUENTIAL_BLUES, sequentialColour } from './districtMap'
import { filterForBar, filterForTimelineClick } from './clicks'

const zh = labelsFor('zh-CN')
const en = labelsFor('en')
const r = (over: Partial<AggRow>): AggRow => ({ kind: 'target', status: 'no_data', district: null, department: null, category: '文旅', deadline: null, ...over })

describe('categoryPie', () => {
  const cats = ['文旅', '工业', '金融', '教育', '城建', '就业', '生态环境', '农业', '科技', '商贸', '卫生']
  const rows = cats.flatMap((c, i) => Array.from({ length: cats.length - i }, () => r({ category: c })))
  const agg = aggregateDashboard(rows, { today: '2024-06-01' })

  it('folds the smallest categories into 其他, which still carries their names for the list filter', () => {
    const slices = categorySlices(agg.byCategory, zh, 9)
    expect(slices).toHaveLength(9)
    expect(slices[0]).toMatchObject({ name: '文旅', value: 11, keys: ['文旅'] })
    expect(slices[8]).toMatchObject({ name: '其他', keys: ['科技', '商贸', '卫生'], value: 3 + 2 + 1 })
    expect(slices.reduce((n, s) => n + s.value, 0)).toBe(rows.length)
  })

  it('draws one slice per category with its count', () => {
    const slices = categorySlices(agg.byCategory, zh)
    const opt = categoryPieOption(slices, zh)
    const data = (opt.series as PieSeriesOption[])[0].data as { name: string; value: number }[]
    expect(data.find((d) => d.name === '工业')!.value).toBe(rows.filter((x) => x.category === '工业').length)
  })

  it('writes each legend item as its name and count, with the thousands separator of the language', () => {
    const slices = [
      { name: '文旅', value: 12345, keys: ['文旅'], colour: '#332288' },
      { name: '工业', value: 7, keys: ['工业'], colour: '#88ccee' },
    ]
    const legend = (labels: typeof zh) => categoryPieOption(slices, labels).legend as { type: string; formatter: (n: string) => string }
    expect(legend(zh).formatter('文旅')).toBe('文旅  12,345')
    expect(legend(en).formatter('工业')).toBe('工业  7')
    // every item is drawn at once (no pager to operate): at most CATEGORY_COLOURS.length of them
    expect(legend(zh).type).toBe('plain')
  })
})

describe('deadlineTimelineOption', () => {
  const rows = [
    r({ deadline: { date: '2024-02-10', precision: 'day' } }),
    r({ deadline: { date: '2024-10-01', precision: 'day' }, status: 'overdue' }),
    r({ deadline: { date: '2024-12-31', precision: 'year' } }),
    r({ deadline: { date: '2024-12-31', precision: 'year' } }),
  ]
  const agg = aggregateDashboard(rows, { today: '2024-06-15' })
  const opt = deadlineTimelineOption(agg.byMonth, agg.todayMonth, zh)
  const bars = opt.series as BarSeriesOption[]

  it('puts every month from the first to the last deadline on the axis, labelled in Chinese', () => {
    const axis = opt.xAxis as { data: string[]; axisLabel: { formatter: (v: string) => string } }
    expect(axis.data[0]).toBe('2024-02')
    expect(axis.data).toHaveLength(11)
    expect(axis.axisLabel.formatter('2024-12')).toBe('24年12月')
  })

  it('shows what falls due in December and what is overdue in October', () => {
    const months = (opt.xAxis as { data: string[] }).data
    const noData = bars.find((s) => s.id === 'no_data')!.data as number[]
    const overdue = bars.find((s) => s.id === 'overdue')!
    expect(noData[months.indexOf('2024-12')]).toBe(2)
    expect((overdue.data as number[])[months.indexOf('2024-10')]).toBe(1)
    expect(overdue.name).toBe('逾期')
  })

  it('marks the current month with a dashed line when it is in range', () => {
    const mark = bars.find((s) => s.markLine)!.markLine as { data: { xAxis: string }[]; label: { formatter: string } }
    expect(mark.data[0].xAxis).toBe('2024-06')
    expect(mark.label.formatter).toBe('本月')
    const later = aggregateDashboard(rows, { today: '2026-11-27' })
    const lines = (deadlineTimelineOption(later.byMonth, later.todayMonth, zh).series as BarSeriesOption[]).flatMap((s) => s.markLine?.data ?? [])
    expect(lines).toEqual([])
  })

  it('keeps the shape of its option across filters (statuses, today in range or not, scrolling or not), so the chart is updated rather than rebuilt', () => {
    const long = aggregateDashboard(
      Array.from({ length: 40 }, (_, i) => r({ deadline: { date: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, precision: 'day' }, status: i % 2 ? 'overdue' : 'achieved' })),
      { today: '2030-01-01' },
    )
    const wide = deadlineTimelineOption(long.byMonth, long.todayMonth, zh)
    expect((wide.dataZoom as { show?: boolean }[])[0].show).toBe(true)
    expect((opt.dataZoom as { show?: boolean }[])[0].show).toBe(false)
    expect(optionShape(wide)).toEqual(optionShape(opt))
  })
})

describe('districtMapView', () => {
  const rows = [...Array.from({ length: 8 }, () => r({ district: '老城区' })), r({ district: '嵩县', status: 'on_pace' }), r({ district: '嵩县', status: 'behind' })]
  const agg = aggregateDashboard(rows, { today: '2024-06-01' })
  const m = mapSeries(agg.byDistrict, ['老城区', '嵩县', '栾川县'])

  it('colours regions by their number of commitments: the most darkest, none lightest', () => {
    const v = districtMapView(m.regions, 'count', zh)
    expect(v.regions.map((d) => [d.name, d.value, d.fill])).toEqual([
      ['老城区', 8, SEQUENTIAL_BLUES[4]],
      ['嵩县', 2, sequentialColour(2, 8)],
      ['栾川县', 0, SEQUENTIAL_BLUES[0]],
    ])
    expect(v.legend).toMatchObject({ high: '8', low: '0', noValue: false })
  })

  it('by share on pace, hatches nothing-evaluated regions and says 未评估 rather than 0%', () => {
    const v = districtMapView(m.regions, 'share', zh)
    const song = v.regions.find((d) => d.name === '嵩县')!
    expect(song.value).toBe(50)
    expect(song.fill).toBe(sequentialColour(50, 100))
    const laocheng = v.regions.find((d) => d.name === '老城区')!
    expect(laocheng.fill).toBeNull()
    expect(laocheng.lines).toEqual(['老城区', '承诺数：8', '按序时比例：未评估'])
    expect(v.legend).toMatchObject({ high: '100%', low: '0%', noValue: true, noValueText: '未评估' })
  })

  it('names the region, its count and share in the tooltip and for screen readers, in English too', () => {
    const song = districtMapView(m.regions, 'share', en).regions.find((d) => d.name === '嵩县')!
    expect(song.lines).toEqual(['嵩县', 'Commitments: 2', 'Share on pace: 50%'])
    expect(song.ariaLabel).toBe('嵩县, Commitments: 2, Share on pace: 50%')
  })

  it('leaves the small urban districts unlabelled', () => {
    const v = districtMapView(m.regions, 'count', zh)
    expect(v.regions.find((d) => d.name === '老城区')!.showLabel).toBe(false)
    expect(v.regions.find((d) => d.name === '嵩县')!.showLabel).toBe(true)
  })

  it('runs the scale through the five blues in step, clamped at both ends', () => {
    expect(sequentialColour(25, 100)).toBe(SEQUENTIAL_BLUES[1])
    expect(sequentialColour(50, 100)).toBe(SEQUENTIAL_BLUES[2])
    expect(sequentialColour(12.5, 100)).toBe('#d6e5f3')
    expect(sequentialColour(-3, 100)).toBe(SEQUENTIAL_BLUES[0])
    expect(sequentialColour(130, 100)).toBe(SEQUENTIAL_BLUES[4])
    expect(NO_VALUE_COLOUR).not.toBe(SEQUENTIAL_BLUES[0])
  })
})

describe('chart clicks → list filters', () => {
  it.each([
    [['老城区', 'no_data'], { district: ['老城区'], status: ['no_data'] }],
    [['西工区', null], { district: ['西工区'] }],
    [['西工区', 'not-a-status'], { district: ['西工区'] }],
    [[null, 'no_data'], null],
  ] as const)('%o → %o', ([key, status], filter) => expect(filterForBar(key, 'district', status)).toEqual(filter))

  it('a month bar opens its year, narrowed to the clicked status', () => {
    expect(filterForTimelineClick({ componentType: 'series', seriesId: 'overdue', dataIndex: 1 }, ['2024-09', '2024-10'])).toEqual({ year: [2024], status: ['overdue'] })
  })
})
