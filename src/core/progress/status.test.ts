import { describe, expect, it } from 'vitest'
import type { Commitment, Status, Update } from '../model/types'
import { computeStatus } from './status'
import { effectiveUpdates } from './effective'
import { commitment, update, verdict } from './test-fixtures'

const visitors = commitment() // 超过3500万人次 by 2024-12-31
// 36600 units over leap-year 2024: expected-by-now is exactly 100 × the day of the year
const hundredADay = commitment({ value: 36_600, unit: '个', comparator: '≥' })
const growth = commitment({ quote: '力争全年地区生产总值增长7%', value: 7, unit: '%', comparator: '≥', growth: true })
const projects = commitment({ quote: '2024年实施超千万元工业项目700个', value: 700, unit: '个', comparator: '=' })
const financing = commitment({ quote: '累计投放各类融资不低于500亿元', value: 50_000_000_000, unit: '元', comparator: '≥', deadline: null })
const landCap = commitment({ quote: '新增建设用地控制在1000亩以内', value: 1000, unit: '亩', comparator: '≤' })
const pm25 = commitment({ quote: 'PM2.5平均浓度控制在35微克/立方米以内', value: 35, unit: '微克/立方米', comparator: '≤' })
const milestone = commitment({
  kind: 'milestone',
  quote: '整体项目正全力冲刺今年下半年投产目标',
  value: null,
  unit: null,
  comparator: null,
  deadline: { date: '2024-12-31', precision: 'half' },
})
const qualitative = commitment({ kind: 'qualitative', quote: '创建4A级景区', value: null, unit: null, comparator: null, deadline: null })
const fact = commitment({ kind: 'fact', quote: '共计有469名教职工', value: 469, unit: '名', comparator: '=', deadline: null })

const fig = (value: number, observedOn: string, over: Partial<Update> = {}) =>
  update({ value, unit: null, observedOn, periodStart: '2024-01-01', ...over })
const state = (s: Update['state'], observedOn: string, publishedOn: string | null = null) =>
  update({ state: s, observedOn, evidence: { url: 'https://example.org/m', quote: null, publisher: null, publishedOn } })

interface Row {
  name: string
  c: Commitment
  updates: Update[]
  today: string
  status: Status
  expected?: number
  ratio?: number
}

const rows: Row[] = [
  // level target, paced (序时进度)
  { name: 'Jan–Sep 3153万 vs 3500万 is ahead of the 30 Sep pace', c: visitors, updates: [fig(31_530_000, '2024-09-30')], today: '2024-10-15', status: 'ahead', expected: (35_000_000 * 274) / 366, ratio: 31_530_000 / ((35_000_000 * 274) / 366) },
  { name: 'exactly on pace', c: hundredADay, updates: [fig(4600, '2024-02-15')], today: '2024-03-01', status: 'on_pace', expected: 4600, ratio: 1 },
  { name: 'ratio 1.05 is ahead (boundary)', c: hundredADay, updates: [fig(4830, '2024-02-15')], today: '2024-03-01', status: 'ahead' },
  { name: 'ratio just under 1.05 is on pace', c: hundredADay, updates: [fig(4829, '2024-02-15')], today: '2024-03-01', status: 'on_pace' },
  { name: 'ratio 0.95 is on pace (boundary)', c: hundredADay, updates: [fig(4370, '2024-02-15')], today: '2024-03-01', status: 'on_pace' },
  { name: 'ratio just under 0.95 is behind', c: hundredADay, updates: [fig(4369, '2024-02-15')], today: '2024-03-01', status: 'behind' },
  { name: 'a one-quarter figure is paced over its own quarter', c: hundredADay, updates: [fig(9200, '2024-09-30', { periodStart: '2024-07-01' })], today: '2024-10-10', status: 'on_pace', expected: 9200 },
  { name: 'partial figure on the deadline day itself is still paced', c: visitors, updates: [fig(31_530_000, '2024-09-30')], today: '2024-12-31', status: 'ahead' },
  { name: 'partial figure, deadline passed: overdue', c: visitors, updates: [fig(31_530_000, '2024-09-30')], today: '2025-01-01', status: 'overdue' },
  { name: 'final figure on the deadline day above target: achieved', c: visitors, updates: [fig(36_000_000, '2024-12-31')], today: '2025-02-01', status: 'achieved', expected: 35_000_000 },
  { name: 'final figure equal to a 超过 target: missed', c: visitors, updates: [fig(35_000_000, '2024-12-31')], today: '2025-02-01', status: 'missed' },
  { name: 'final figure reported as 突破 (>) the target: achieved', c: visitors, updates: [fig(35_000_000, '2024-12-31', { comparator: '>' })], today: '2025-02-01', status: 'achieved' },
  { name: 'final figure below target: missed', c: visitors, updates: [fig(34_000_000, '2024-12-31')], today: '2025-02-01', status: 'missed' },
  { name: 'an update after the deadline counts as the final figure', c: visitors, updates: [fig(34_000_000, '2025-01-31')], today: '2025-02-01', status: 'missed' },
  { name: 'target reached before the deadline: achieved early', c: visitors, updates: [fig(36_000_000, '2024-11-30')], today: '2024-12-05', status: 'achieved_early' },
  { name: 'achieved early stays so after the deadline', c: visitors, updates: [fig(36_000_000, '2024-11-30')], today: '2026-01-01', status: 'achieved_early' },
  { name: 'figure in 万人次 is converted to 人次', c: visitors, updates: [fig(3153, '2024-09-30', { unit: '万人次' })], today: '2024-10-15', status: 'ahead' },
  { name: 'no update: no data, even long after the deadline', c: visitors, updates: [], today: '2026-11-27', status: 'no_data' },
  // count target
  { name: 'count target 700个, 300 by June: behind', c: projects, updates: [fig(300, '2024-06-30')], today: '2024-07-10', status: 'behind' },
  { name: 'count target reached exactly at year end (=): achieved', c: projects, updates: [fig(700, '2024-12-31')], today: '2025-01-10', status: 'achieved' },
  // ceiling (控制在…以内)
  { name: 'ceiling well under its pace: ahead', c: landCap, updates: [fig(300, '2024-06-30')], today: '2024-07-01', status: 'ahead' },
  { name: 'ceiling used faster than pace: behind', c: landCap, updates: [fig(600, '2024-06-30')], today: '2024-07-01', status: 'behind' },
  { name: 'ceiling broken before the deadline: missed', c: landCap, updates: [fig(1100, '2024-10-31')], today: '2024-11-01', status: 'missed' },
  { name: 'ceiling met exactly at year end (≤): achieved', c: landCap, updates: [fig(1000, '2024-12-31')], today: '2025-01-05', status: 'achieved' },
  { name: 'strict ceiling (<) met exactly: missed', c: { ...landCap, comparator: '<' }, updates: [fig(1000, '2024-12-31')], today: '2025-01-05', status: 'missed' },
  // growth rate: no pacing, percentage points
  { name: 'growth 7.2% vs 7%: on pace', c: growth, updates: [fig(7.2, '2024-06-30')], today: '2024-07-20', status: 'on_pace', expected: 7 },
  { name: 'growth +0.5 point: ahead (boundary)', c: growth, updates: [fig(7.5, '2024-06-30')], today: '2024-07-20', status: 'ahead' },
  { name: 'growth −0.5 point: on pace (boundary)', c: growth, updates: [fig(6.5, '2024-06-30')], today: '2024-07-20', status: 'on_pace' },
  { name: 'growth −0.6 point: behind', c: growth, updates: [fig(6.4, '2024-06-30')], today: '2024-07-20', status: 'behind' },
  { name: 'growth full year 6.9% vs ≥7%: missed', c: growth, updates: [fig(6.9, '2024-12-31')], today: '2025-02-01', status: 'missed' },
  { name: 'growth full year 7%: achieved', c: growth, updates: [fig(7, '2024-12-31')], today: '2025-02-01', status: 'achieved' },
  { name: 'growth 7%左右, full year 6.6%: achieved within tolerance', c: { ...growth, comparator: '≈' }, updates: [fig(6.6, '2024-12-31')], today: '2025-02-01', status: 'achieved' },
  { name: 'growth, only a half-year rate after the deadline: overdue', c: growth, updates: [fig(7.5, '2024-06-30')], today: '2025-01-15', status: 'overdue' },
  { name: 'growth 8% by mid-year is not achieved early (a rate can fall)', c: growth, updates: [fig(8, '2024-06-30')], today: '2024-07-20', status: 'ahead' },
  // intensive level (not paced)
  { name: 'PM2.5 32 under a 35 ceiling: ahead', c: pm25, updates: [fig(32, '2024-06-30')], today: '2024-07-01', status: 'ahead', expected: 35 },
  { name: 'PM2.5 40 over a 35 ceiling mid-year: behind, not missed', c: pm25, updates: [fig(40, '2024-06-30')], today: '2024-07-01', status: 'behind' },
  // open-ended cumulative money target
  { name: 'cumulative 200亿 of 500亿: under way, share 0.4', c: financing, updates: [fig(20_000_000_000, '2025-06-30')], today: '2030-01-01', status: 'not_yet', ratio: 0.4 },
  { name: 'cumulative 520亿 of 500亿: achieved', c: financing, updates: [fig(52_000_000_000, '2026-06-30')], today: '2030-01-01', status: 'achieved' },
  { name: 'cumulative with no update: no data', c: financing, updates: [], today: '2030-01-01', status: 'no_data' },
  // milestones
  { name: 'milestone, nothing reported after the deadline: no data', c: milestone, updates: [], today: '2025-06-01', status: 'no_data' },
  { name: 'milestone under way before the deadline: not yet', c: milestone, updates: [state('under_way', '2024-05-01')], today: '2024-06-01', status: 'not_yet' },
  { name: 'milestone under way on the deadline day: not yet', c: milestone, updates: [state('under_way', '2024-05-01')], today: '2024-12-31', status: 'not_yet' },
  { name: 'milestone under way, deadline passed: overdue', c: milestone, updates: [state('under_way', '2024-05-01')], today: '2025-01-01', status: 'overdue' },
  { name: 'milestone done: done', c: milestone, updates: [state('done', '2024-07-20', '2024-07-21')], today: '2024-08-01', status: 'done' },
  { name: 'a target reported only by state follows milestone rules', c: projects, updates: [state('done', '2024-11-20')], today: '2024-12-01', status: 'done' },
  // qualitative
  { name: 'qualitative, nothing reported: no data', c: qualitative, updates: [], today: '2030-01-01', status: 'no_data' },
  { name: 'qualitative under way with no deadline: never overdue', c: qualitative, updates: [state('under_way', '2024-11-27')], today: '2030-01-01', status: 'not_yet' },
  { name: 'qualitative done', c: qualitative, updates: [state('done', '2025-03-01')], today: '2030-01-01', status: 'done' },
  // facts
  { name: 'a fact is not assessed', c: fact, updates: [fig(469, '2024-01-13')], today: '2024-02-01', status: 'no_data' },
]

describe('computeStatus', () => {
  it.each(rows)('$name → $status', ({ c, updates, today, status, expected, ratio }) => {
    const r = computeStatus(c, updates, [], today)
    expect(r.computed).toBe(status)
    expect(r.status).toBe(status)
    if (expected !== undefined) expect(r.expected).toBeCloseTo(expected, 3)
    if (ratio !== undefined) expect(r.ratio).toBeCloseTo(ratio, 6)
  })

  it('reports the seed example in numbers: expected ≈ 2620万, 超序时 about 15 points', () => {
    const r = computeStatus(visitors, [fig(31_530_000, '2024-09-30')], [], '2024-10-15')
    expect(Math.round(r.expected! / 1e4)).toBe(2620)
    expect(r.actual).toBe(31_530_000)
    expect(r.periodStart).toBe('2024-01-01')
    expect(r.periodEnd).toBe('2024-12-31')
    expect(r.gapPoints).toBeCloseTo(90.1 - 74.9, 0)
  })

  it('keeps the last pace band when a partial figure goes overdue', () => {
    const r = computeStatus(visitors, [fig(31_530_000, '2024-09-30')], [], '2026-11-27')
    expect(r.computed).toBe('overdue')
    expect(r.pace).toBe('ahead')
  })

  it('uses a correction instead of the update it supersedes', () => {
    const wrong = fig(31_530_000, '2024-09-30')
    const fixed = fig(20_000_000, '2024-09-30', { supersedes: wrong.id })
    const r = computeStatus(visitors, [wrong, fixed], [], '2024-10-15')
    expect(r.latest?.id).toBe(fixed.id)
    expect(r.actual).toBe(20_000_000)
    expect(r.computed).toBe('behind')
  })

  it('judges by the latest observation, not the latest entry', () => {
    const sep = fig(31_530_000, '2024-09-30', { enteredAt: '2024-11-01T00:00:00.000Z' })
    const jun = fig(10_000_000, '2024-06-30', { enteredAt: '2024-12-01T00:00:00.000Z' })
    expect(computeStatus(visitors, [sep, jun], [], '2024-10-15').actual).toBe(31_530_000)
  })

  it('ignores updates of other commitments', () => {
    const other = fig(31_530_000, '2024-09-30', { commitmentId: 'c2' })
    expect(computeStatus(visitors, [other], [], '2024-10-15').computed).toBe('no_data')
  })

  it('paces a two-year pledge over both years when the pledge date is known', () => {
    const twoYear = commitment({ value: 731, unit: '个', comparator: '≥', deadline: { date: '2025-12-31', precision: 'year' } })
    const u = fig(366, '2024-12-31')
    expect(computeStatus(twoYear, [u], [], '2025-01-10', { pledgedOn: '2024-01-14' }).computed).toBe('on_pace')
    // without it, an annual period is assumed and 2024 is before the period starts
    expect(computeStatus(twoYear, [u], [], '2025-01-10').periodStart).toBe('2025-01-01')
    // a pledge made in December for the next year starts on the next 1 January
    expect(computeStatus(visitors, [fig(31_530_000, '2024-09-30')], [], '2024-10-15', { pledgedOn: '2023-12-20' }).periodStart).toBe('2024-01-01')
  })
})

describe('conflicting milestone reports', () => {
  const july = state('done', '2024-07-20', '2024-07-21') // first-hand: published the next day
  const december = state('done', '2024-12-31', null) // a later reprint with another date, undated

  it('counts the earliest first-hand date and keeps the other visible', () => {
    const r = computeStatus(milestone, [december, july], [], '2025-03-01')
    expect(r.computed).toBe('done')
    expect(r.basis?.id).toBe(july.id)
    expect(r.conflicts.map((u) => u.id)).toEqual([december.id])
    expect(r.late).toBe(false)
  })

  it('prefers a first-hand report over an earlier report published long after', () => {
    const hearsay = state('done', '2024-06-01', '2025-05-01')
    const r = computeStatus(milestone, [hearsay, july], [], '2025-06-01')
    expect(r.basis?.id).toBe(july.id)
    expect(r.conflicts.map((u) => u.id)).toEqual([hearsay.id])
  })

  it('falls back to the earliest report when none is first-hand, and flags a late one', () => {
    const r = computeStatus(milestone, [state('done', '2025-02-01', null)], [], '2025-03-01')
    expect(r.computed).toBe('done')
    expect(r.late).toBe(true)
  })
})

describe('verdicts', () => {
  const sep = fig(31_530_000, '2024-09-30')

  it('a verdict with a reason overrides the shown status; the computed one stays', () => {
    const r = computeStatus(visitors, [sep], [verdict({ verdict: 'partial' })], '2024-10-15')
    expect(r.status).toBe('missed')
    expect(r.computed).toBe('ahead')
    expect(r.overridden).toBe(true)
    expect(r.verdict?.verdict).toBe('partial')
  })

  it('a verdict without a reason is ignored', () => {
    const r = computeStatus(visitors, [sep], [verdict({ verdict: 'missed', reason: '   ' })], '2024-10-15')
    expect(r.status).toBe('ahead')
    expect(r.verdict).toBeNull()
    expect(r.overridden).toBe(false)
  })

  it('the latest verdict wins; a revised verdict keeps the computed status', () => {
    const old = verdict({ id: 'v1', verdict: 'dropped', enteredAt: '2025-01-01T00:00:00.000Z' })
    const revised = verdict({ id: 'v2', verdict: 'revised', reason: '2025年目标下调为3000万', enteredAt: '2025-02-01T00:00:00.000Z' })
    const r = computeStatus(visitors, [sep], [revised, old], '2024-10-15')
    expect(r.verdict?.id).toBe('v2')
    expect(r.status).toBe('ahead')
    expect(r.overridden).toBe(false)
  })

  it('verdicts of other commitments are ignored', () => {
    const r = computeStatus(visitors, [sep], [verdict({ commitmentId: 'c2', verdict: 'achieved' })], '2024-10-15')
    expect(r.verdict).toBeNull()
  })
})

describe('effectiveUpdates', () => {
  it('drops every superseded link of a correction chain and sorts by observation date', () => {
    const a = update({ id: 'a', observedOn: '2024-09-30', value: 1 })
    const b = update({ id: 'b', observedOn: '2024-09-30', value: 2, supersedes: 'a' })
    const c = update({ id: 'c', observedOn: '2024-09-30', value: 3, supersedes: 'b' })
    const early = update({ id: 'e', observedOn: '2024-03-31', value: 0 })
    expect(effectiveUpdates([c, a, early, b]).map((u) => u.id)).toEqual(['e', 'c'])
  })

  it('does not change its input', () => {
    const list = [update({ id: 'x', observedOn: '2024-09-30' }), update({ id: 'y', observedOn: '2024-01-31' })]
    effectiveUpdates(list)
    expect(list.map((u) => u.id)).toEqual(['x', 'y'])
  })
})
