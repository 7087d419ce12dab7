import { describe, expect, it } from 'vitest'
import { computed, ref } from 'vue'
import { cellOf, foldCells, CellColumns, type AggRow } from '@/core/aggregate'
import { sameStatusTable } from '@/core/aggregate/same'
import { stable } from './stable'

const rows: AggRow[] = [
  { kind: 'target', status: 'on_pace', district: '老城区', department: '老城区委', category: '文旅', deadline: { date: '2024-12-31', precision: 'year' } },
  { kind: 'target', status: 'overdue', district: '西工区', department: null, category: '工业', deadline: { date: '2023-12-31', precision: 'year' } },
]

describe('stable chart tables', () => {
  it('keep the same object for a chart whose figures did not change, and a new one when they did', () => {
    const data = ref(rows)
    const agg = computed(() => CellColumns.fromCells(foldCells(data.value.map(cellOf))).aggregate({ today: '2024-06-01' }))
    const byCategory = stable(() => agg.value.byCategory, sameStatusTable)
    const byDistrict = stable(() => agg.value.byDistrict, sameStatusTable)
    const [cat0, dist0] = [byCategory.value, byDistrict.value]
    // one commitment moves to another district: the category chart must not get a new table
    data.value = [{ ...rows[0], district: '洛龙区' }, rows[1]]
    expect(byCategory.value).toBe(cat0)
    expect(byDistrict.value).not.toBe(dist0)
    expect(byDistrict.value!.rows.map((r) => r.key)).toContain('洛龙区')
  })
})
