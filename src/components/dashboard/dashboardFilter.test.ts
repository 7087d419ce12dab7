import { describe, expect, it } from 'vitest'
import { dashboardFilterOf, dashboardQueryOf, narrowFilter, toggleValue } from './dashboardFilter'
import { listLocation } from './listLocation'

describe('dashboard filter', () => {
  it('reads the filter keys it knows from the URL query and drops free text and junk', () => {
    expect(dashboardFilterOf({ year: ['2024', 'x'], category: '文旅', kind: ['target', 'nope'], status: 'overdue', q: '旅游', sort: '-deadline' })).toEqual({
      year: [2024],
      category: ['文旅'],
      kind: ['target'],
      status: ['overdue'],
    })
    expect(dashboardFilterOf({})).toEqual({})
  })

  it('writes the same query back (round trip), nothing when unfiltered', () => {
    const f = { year: [2024, 2025], district: ['老城区'] }
    expect(dashboardFilterOf(dashboardQueryOf(f))).toEqual(f)
    expect(dashboardQueryOf({})).toEqual({})
  })

  it.each([
    ['a district bar inside a year filter', { year: [2024] }, { district: ['老城区'] }, { year: [2024], district: ['老城区'] }],
    ['a status segment inside a status filter', { status: ['overdue' as const, 'missed' as const] }, { district: ['西工区'], status: ['overdue' as const] }, { status: ['overdue'], district: ['西工区'] }],
    ['a month bar inside a year range', { year: [2024, 2025] }, { year: [2025] }, { year: [2025] }],
    ['a headline group against a status filter', { status: ['overdue' as const] }, { status: ['overdue' as const, 'missed' as const] }, { status: ['overdue'] }],
    ['a clicked value outside the filter', { category: ['文旅'] }, { category: ['工业'] }, { category: ['工业'] }],
  ])('narrows: %s', (_name, base, extra, want) => {
    expect(narrowFilter(base, extra)).toEqual(want)
  })

  it('opens the list with the narrowed filter in its URL', () => {
    expect(listLocation(narrowFilter({ year: [2024], kind: ['target'] }, { district: ['老城区'] }))).toEqual({
      path: '/list',
      query: { district: ['老城区'], kind: ['target'], year: ['2024'] },
    })
  })

  it('toggles values on and off, dropping an emptied key', () => {
    const a = toggleValue({}, 'year', [2024])
    expect(a).toEqual({ year: [2024] })
    expect(toggleValue(a, 'year', [2025])).toEqual({ year: [2024, 2025] })
    expect(toggleValue(a, 'year', [2024])).toEqual({})
    // a group of statuses goes on and off together
    const g = toggleValue({ status: ['behind'] }, 'status', ['overdue', 'missed'])
    expect(g).toEqual({ status: ['behind', 'overdue', 'missed'] })
    expect(toggleValue(g, 'status', ['overdue', 'missed'])).toEqual({ status: ['behind'] })
  })
})
