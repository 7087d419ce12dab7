import { describe, expect, it } from 'vitest'
import { aggregateDashboard, type AggRow } from '@/core/aggregate'
import { STATUS_FILL } from '@/core/model/statusPalette'
import { STATUSES } from '@/core/model/types'
import { LEGEND_LINE_HEIGHT } from './common'
import { labelsFor } from '../testLabels'
import { axisScale, barRowLines, statusBarsHeight, statusBarsView, truncateText, type StatusBarsView } from './statusBars'

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
const en = labelsFor('en')

const row = (v: StatusBarsView, name: string) => v.rows.find((x) => x.name === name)!
/** the bar's drawn length in px, all its segments together */
const barLength = (v: StatusBarsView, name: string) => row(v, name).segments.reduce((n, s) => n + s.width, 0)

describe('statusBarsView', () => {
  const v = statusBarsView(agg.byDistrict, { labels: zh, width: 600 })

  it("shows 老城区's total at the end of its bar, and the bar is as long as the total on the axis", () => {
    const lc = row(v, '老城区')
    expect(lc.totalText).toBe('8')
    const px = (v.plot.right - v.plot.left) / axisScale(8).max
    expect(barLength(v, '老城区')).toBeCloseTo(8 * px)
    expect(lc.totalX).toBeCloseTo(v.plot.left + 8 * px + 5)
    // 西工区's three statuses stacked one after another from the axis
    const xg = row(v, '西工区').segments
    expect(xg.map((s) => s.status)).toEqual(['on_pace', 'behind', 'no_data'])
    expect(xg[0].x).toBe(v.plot.left)
    expect(xg[1].x).toBeCloseTo(xg[0].x + xg[0].width)
  })

  it('colours segments from the palette and names the legend with the Chinese status words', () => {
    expect(row(v, '西工区').segments.map((s) => s.fill)).toEqual([STATUS_FILL.on_pace, STATUS_FILL.behind, STATUS_FILL.no_data])
    expect(v.legend.map((l) => l.name)).toEqual(['按序时', '慢序时', '未评估'])
  })

  it('labels a missing owner 未注明 and puts it last', () => {
    expect(v.rows.map((x) => x.name)).toEqual(['老城区', '西工区', '未注明'])
    expect(v.rows[2].key).toBeNull()
  })

  it('speaks English when asked', () => {
    const e = statusBarsView(agg.byDistrict, { labels: en, width: 600 })
    expect(e.rows[2].name).toBe('Not stated')
    expect(e.legend.map((l) => l.name)).toEqual(['on pace', 'behind pace', 'no data'])
  })

  it('truncates long department names with an ellipsis instead of overlapping the bars', () => {
    expect(truncateText('洛阳市发展和改革委员会重大项目办公室', 100)).toBe('洛阳市发展和改…')
    expect(truncateText('老城区', 100)).toBe('老城区')
    const long = aggregateDashboard([r(null, 'on_pace', '洛阳市发展和改革委员会重大项目办公室')], { today: '2024-06-01' })
    const d = statusBarsView(long.byDepartment, { labels: zh, width: 600, labelWidth: 100 })
    expect(d.rows[0].shown).toBe('洛阳市发展和改…')
    expect(d.rows[0].name).toBe('洛阳市发展和改革委员会重大项目办公室') // the tooltip and the link's name keep it whole
    expect(d.plot.left).toBeLessThanOrEqual(8 + 100 + 12)
  })

  it('rounds the axis to whole, even steps that reach past the biggest bar', () => {
    expect(axisScale(8)).toEqual({ max: 8, step: 2 })
    expect(axisScale(3)).toEqual({ max: 3, step: 1 })
    expect(axisScale(7_634)).toEqual({ max: 8_000, step: 2_000 })
    expect(axisScale(0)).toEqual({ max: 1, step: 1 })
    expect(v.ticks.map((t) => t.text)).toEqual(['0', '2', '4', '6', '8'])
    expect(v.ticks.at(-1)!.x).toBeCloseTo(v.plot.right)
  })

  describe('with more owners than bars', () => {
    // 30 departments with 30, 29, … 1 commitments (部门0 the biggest), plus 2 without one
    const many = aggregateDashboard(
      [...Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 - i }, (_, j) => r(null, j % 2 ? 'behind' : 'on_pace', `部门${i}`))).flat(), r(null), r(null)],
      { today: '2024-06-01' },
    )
    const o = statusBarsView(many.byDepartment, { labels: zh, maxVisible: 10, field: 'department', width: 600 })

    it('draws the 9 biggest and one 其他 row that names how many it sums', () => {
      expect(o.rows).toHaveLength(10)
      expect(o.rows.slice(0, 9).map((x) => x.name)).toEqual(Array.from({ length: 9 }, (_, i) => `部门${i}`))
      expect(o.rows[9].name).toBe('其他 22 个部门') // 21 departments + 未注明
      expect(o.rows[9].rest).toBe(true)
      expect(o.height).toBe(statusBarsHeight(10, 10))
    })

    it('keeps every commitment in the chart: the 其他 row holds the rest as text, not as a bar that dwarfs the others', () => {
      expect(o.rows.reduce((n, x) => n + x.row.total, 0)).toBe(many.total)
      expect(o.rows[9].segments).toHaveLength(0)
      expect(o.rows[9].totalText).toBe(String(many.byDepartment.rows.slice(9).reduce((n, x) => n + x.total, 0)))
      // the axis ends at the biggest drawn department (30 → 50), not at the sum of the rest (255)
      expect(o.ticks.at(-1)!.text).toBe('50')
      const tip = barRowLines(o.rows[9], o.statuses, zh)
      const behind = many.byDepartment.rows.slice(9).reduce((n, x) => n + x.counts.behind, 0)
      expect(tip.lines.map((l) => l.text)).toContain(`慢序时: ${behind}`)
      expect(tip.hint).toBe(zh.othersHint)
    })

    it('says where the rest is, in English too', () => {
      const e = statusBarsView(many.byDepartment, { labels: en, maxVisible: 10, field: 'department', width: 600 })
      expect(e.rows[9].name).toBe('22 other departments')
      expect(barRowLines(e.rows[9], e.statuses, en).hint).toBe('Full list in the data table')
    })
  })

  it('keeps each row under its owner across updates, so a new owner adds a row rather than renaming the others', () => {
    const more = aggregateDashboard([...rows, r('新区')], { today: '2024-06-01' })
    const after = statusBarsView(more.byDistrict, { labels: zh, width: 600 })
    expect(after.rows.map((x) => x.id)).toEqual(['老城区', '西工区', '新区', '__none'])
  })

  it('moves the bars down when the legend wraps at a narrow width, so it never covers the first bar', () => {
    const all = aggregateDashboard(
      STATUSES.map((s) => r('老城区', s)),
      { today: '2024-06-01' },
    )
    const wide = statusBarsView(all.byDistrict, { labels: zh, width: 1200 })
    const narrow = statusBarsView(all.byDistrict, { labels: zh, width: 300 })
    expect(new Set(wide.legend.map((l) => l.y)).size).toBe(1)
    const lastLine = Math.max(...narrow.legend.map((l) => l.y))
    expect(lastLine).toBeGreaterThan(0)
    expect(narrow.plot.top).toBeGreaterThanOrEqual(lastLine + LEGEND_LINE_HEIGHT)
    expect(narrow.height).toBeGreaterThan(wide.height)
    // every legend item inside the chart's width
    for (const l of narrow.legend) expect(l.x).toBeLessThan(300)
  })

  it('leaves a status switched off in the legend out of the bars, but not out of the totals or the tooltip', () => {
    const off = statusBarsView(agg.byDistrict, { labels: zh, width: 600, hidden: new Set(['behind']) })
    expect(row(off, '西工区').segments.map((s) => s.status)).toEqual(['on_pace', 'no_data'])
    expect(row(off, '西工区').totalText).toBe('3')
    expect(off.legend.find((l) => l.status === 'behind')!.on).toBe(false)
    expect(barRowLines(row(off, '西工区'), off.statuses, zh).lines.map((l) => l.text)).toEqual(['按序时: 1', '慢序时: 1', '未评估: 1'])
  })

  it('draws nothing but an empty axis for an empty table', () => {
    const empty = aggregateDashboard([], { today: '2024-06-01' })
    const o = statusBarsView(empty.byDistrict, { labels: zh, width: 600 })
    expect(o.rows).toHaveLength(0)
    expect(o.legend).toHaveLength(0)
  })
})
