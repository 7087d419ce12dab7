import { describe, expect, it } from 'vitest'
import type { Commitment } from '../model/types'
import { outcomesToUpdates } from './outcomes'
import { computeStatus } from './status'
import { commitment } from './test-fixtures'
// a copy of ../shared/outcomes/seed-2024.json, the file the data build reads
import seedOutcomes from './testdata/seed-outcomes-2024.json'

const year = { date: '2024-12-31', precision: 'year' as const }
const target = (id: string, quote: string, value: number, unit: string, comparator: Commitment['comparator'] = '≥') =>
  commitment({ id, quote, value, unit, comparator, deadline: year })

// hand-made commitments mirroring the seed page's quotes (see ../shared/gold/seed.json)
const seed: Commitment[] = [
  commitment({ id: 'c-4a', kind: 'qualitative', quote: '推动洛邑古城持续火爆并创建4A级景区', value: null, unit: null, comparator: null, deadline: null }),
  target('c-visitors', '力争2024年接待游客超过3500万人次', 35_000_000, '人次', '>'),
  target('c-tourism', '旅游综合收入超过250亿元', 25_000_000_000, '元', '>'),
  commitment({ id: 'c-heritage', kind: 'qualitative', quote: '创建国\n\n家级非遗特色街区', value: null, unit: null, comparator: null, deadline: null }),
  target('c-gdp', '力争全年地区生产总值增长7%', 7, '%'),
  commitment({ id: 'c-battery', kind: 'milestone', quote: '整体项目正全力冲刺今年下半年投产目标', value: null, unit: null, comparator: null, deadline: { date: '2024-12-31', precision: 'half' } }),
  target('c-chains', '力争2024年17条产业链营收达4600亿元', 460_000_000_000, '元'),
  target('c-invest450', '年度投资450亿元', 45_000_000_000, '元', '='),
  target('c-projects', '2024年实施超千万元工业项目700个', 700, '个', '='),
  target('c-invest750', '年度投资750亿元', 75_000_000_000, '元', '='),
]

describe('outcomesToUpdates on the seed outcomes', () => {
  const { updates, unmatched } = outcomesToUpdates(seedOutcomes, seed)

  it('maps every seed outcome to its commitment', () => {
    expect(unmatched).toEqual([])
    expect(updates.map((u) => [u.commitmentId, u.observedOn])).toEqual([
      ['c-visitors', '2024-09-30'],
      ['c-tourism', '2024-09-30'],
      ['c-4a', '2024-11-27'],
      ['c-battery', '2024-07-20'],
      ['c-battery', '2024-12-31'],
      ['c-chains', '2024-06-30'],
      ['c-invest450', '2024-07-31'],
    ])
  })

  it('copies figures, states and evidence as given', () => {
    const visitors = updates[0]
    expect(visitors).toMatchObject({ value: 31_530_000, unit: '人次', periodStart: '2024-01-01', state: null, enteredBy: 'seed', origin: 'person', supersedes: null })
    expect(visitors.evidence).toEqual({ url: 'http://www.gzyes.com/post/3882.html', quote: '今年前三季度,老城区接待游客3153万人次', publisher: '人民日报 (reprint)', publishedOn: null })
    expect(updates[1].comparator).toBe('≈')
    expect(updates[2].state).toBe('under_way')
    expect(updates[3].state).toBe('done')
    expect(updates[4].note).toMatch(/Confidence: low/)
  })

  it('gives deterministic, distinct ids', () => {
    const again = outcomesToUpdates(seedOutcomes, seed).updates
    expect(again.map((u) => u.id)).toEqual(updates.map((u) => u.id))
    expect(new Set(updates.map((u) => u.id)).size).toBe(updates.length)
  })

  it('gives the statuses a reader should see in October 2024', () => {
    const at = (id: string) => computeStatus(seed.find((c) => c.id === id)!, updates, [], '2024-10-15')
    const v = at('c-visitors')
    expect(v.computed).toBe('ahead')
    expect(Math.round(v.expected! / 1e4)).toBe(2620) // 3500万 × 274/366
    expect(at('c-tourism').computed).toBe('ahead') // 236亿 vs 187亿 expected
    expect(at('c-chains').computed).toBe('on_pace') // 2315亿 vs 2287亿 expected
    expect(at('c-invest450').computed).toBe('ahead') // 371亿 vs 262亿 expected
    expect(at('c-4a').computed).toBe('not_yet')
    const battery = at('c-battery')
    expect(battery.computed).toBe('done')
    expect(battery.basis?.observedOn).toBe('2024-07-20')
    expect(battery.conflicts.map((u) => u.observedOn)).toEqual(['2024-12-31'])
    expect(at('c-projects').computed).toBe('no_data') // nothing was reported
    expect(at('c-gdp').computed).toBe('no_data')
  })

  it('after the year, partial figures without a final one are overdue', () => {
    const c = seed.find((x) => x.id === 'c-visitors')!
    const r = computeStatus(c, updates, [], '2026-11-27')
    expect(r.computed).toBe('overdue')
    expect(r.pace).toBe('ahead')
  })
})

describe('outcomesToUpdates matching', () => {
  const evidence = { url: 'https://example.org/x', quote: 'x', publisher: null, publishedOn: null }

  it('ignores line breaks from newspaper columns', () => {
    const r = outcomesToUpdates({ updates: [{ commitmentQuote: '创建国家级非遗特色街区', observedOn: '2024-12-01', state: 'done', evidence }] }, seed)
    expect(r.updates[0].commitmentId).toBe('c-heritage')
  })

  it('among commitments sharing a sentence, picks the one whose unit fits', () => {
    const sentence = '推动58个总投资598亿元的配套项目尽快落地开工'
    const both = [target('c-count', sentence, 58, '个', '='), target('c-money', sentence, 59_800_000_000, '元', '=')]
    const money = outcomesToUpdates({ updates: [{ commitmentQuote: sentence, observedOn: '2024-06-30', value: 3e10, unit: '元', evidence }] }, both)
    const count = outcomesToUpdates({ updates: [{ commitmentQuote: sentence, observedOn: '2024-06-30', value: 30, unit: '个', evidence }] }, both)
    expect(money.updates[0].commitmentId).toBe('c-money')
    expect(count.updates[0].commitmentId).toBe('c-count')
  })

  it('matches a shorter extracted quote lying inside the outcome’s quote', () => {
    const short = [target('c-short', '接待游客超过3500万人次', 35_000_000, '人次', '>')]
    const r = outcomesToUpdates({ updates: [{ commitmentQuote: '力争2024年接待游客超过3500万人次', observedOn: '2024-09-30', value: 1, unit: '人次', evidence }] }, short)
    expect(r.updates[0].commitmentId).toBe('c-short')
  })

  it('lists outcomes with no commitment as unmatched, never guessing', () => {
    const r = outcomesToUpdates(seedOutcomes, seed.filter((c) => c.id !== 'c-visitors'))
    expect(r.unmatched).toEqual(['力争2024年接待游客超过3500万人次'])
    expect(r.updates).toHaveLength(6)
  })

  it.each([
    [{ updates: [{ commitmentQuote: 'x', observedOn: '2024-02-30', evidence }] }, /updates\.0\.observedOn/],
    [{ updates: [{ commitmentQuote: 'x', observedOn: '2024-02-01', evidence: { ...evidence, url: 'javascript:alert(1)' } }] }, /evidence\.url/],
    [{ updates: [{ commitmentQuote: 'x', observedOn: '2024-02-01', state: 'finished', evidence }] }, /state/],
    [{ nothing: [] }, /updates/],
  ])('refuses a malformed file, naming the field (%#)', (file, field) => {
    expect(() => outcomesToUpdates(file, seed)).toThrow(field)
  })
})
