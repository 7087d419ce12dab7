import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { packFromExtraction } from '../pack'
import type { Commitment, DataPack } from '../model/types'
import { commitment } from '../lineage/testCommitment'
import { matchEvidence, sentenceAround } from './match'

const laocheng = { district: '老城区', department: '老城区委', person: '赵书政' }
const year = (y: number) => ({ date: `${y}-12-31`, precision: 'year' as const })
const visitors = commitment({ id: 'visitors', sourceId: 'seed', quote: '力争2024年接待游客超过3500万人次', metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', deadline: year(2024), ...laocheng })
const income = commitment({ id: 'income', sourceId: 'seed', quote: '旅游综合收入超过250亿元', metric: '旅游综合收入', value: 250e8, unit: '元', deadline: year(2024), ...laocheng })
const gdp = commitment({ id: 'gdp', sourceId: 'seed', quote: '力争全年地区生产总值增长7%', metric: '地区生产总值增长', value: 7, unit: '%', growth: true, deadline: year(2024), ...laocheng })
const TARGETS = [visitors, income, gdp]
const seedDate = (id: string) => (id === 'seed' ? '2024-01-14' : null)

const TEXT = '今年前三季度，老城区接待游客3153万人次，同比增长12.5%；实现旅游综合收入226亿元。西工区接待游客1200万人次。'
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length })
const fact = (fields: Partial<Commitment> & Pick<Commitment, 'id' | 'quote'>) =>
  commitment({ kind: 'fact', sourceId: 'q3', district: '老城区', ...at(fields.quote), ...fields })

const offers = (facts: Commitment[], date = '2024-10-20', targets = TARGETS) =>
  matchEvidence(facts, targets, date, { sourceText: TEXT, targetSourceDate: seedDate, url: 'https://example.org/q3', publisher: '洛阳日报' }).map(
    (o) => `${o.factId}→${o.targetId}`,
  )

describe('matchEvidence: must and must not', () => {
  const visitorsQ3 = fact({ id: 'vq3', quote: '老城区接待游客3153万人次', metric: '老城区接待游客', value: 3153e4, unit: '人次' })
  it.each([
    ['前三季度 游客 measures the 3500万人次 target', [visitorsQ3], '2024-10-20', ['vq3→visitors']],
    ['in 万人次, still converts', [fact({ id: 'v', quote: '老城区接待游客3153万人次', metric: '接待游客', value: 3153, unit: '万人次' })], '2024-10-20', ['v→visitors']],
    ['旅游收入 measures income, not visitors', [fact({ id: 'inc', quote: '实现旅游综合收入226亿元', metric: '旅游综合收入', value: 226e8, unit: '元' })], '2024-10-20', ['inc→income']],
    ['a 西工区 figure does not measure 老城区', [fact({ id: 'xg', quote: '西工区接待游客1200万人次', metric: '西工区接待游客', value: 12e6, unit: '人次', district: '西工区' })], '2024-10-20', []],
    ['a growth rate does not measure a level', [fact({ id: 'g', quote: '同比增长12.5%', metric: '接待游客增长', value: 12.5, unit: '%', growth: true })], '2024-10-20', []],
    ['units that do not convert (人次 vs 元)', [fact({ id: 'u', quote: '老城区接待游客3153万人次', metric: '接待游客', value: 3153e4, unit: '元' })], '2024-10-20', []],
    ['not later than the target', [visitorsQ3], '2024-01-10', []],
    ['a figure for 2025 does not measure a 2024 target', [visitorsQ3], '2025-10-20', []],
    ['no owner in common', [fact({ id: 'n', quote: '老城区接待游客3153万人次', metric: '接待游客', value: 3153e4, unit: '人次', district: null })], '2024-10-20', []],
  ] as const)('%s', (_name, facts, date, expected) => {
    expect(offers([...facts], date)).toEqual(expected)
  })

  it('reads a past-deadline "target" in a later text as a reported figure', () => {
    const misread = fact({ id: 'm', kind: 'target', quote: '老城区接待游客3153万人次', metric: '老城区接待游客', value: 3153e4, unit: '人次', deadline: { date: '2024-09-30', precision: 'month' } })
    expect(offers([misread])).toEqual(['m→visitors'])
    expect(offers([{ ...misread, deadline: year(2024) }])).toEqual([])
  })

  it('proposes the update: period, value, unit and the sentence as evidence', () => {
    const [o] = matchEvidence([visitorsQ3], TARGETS, '2024-10-20', { sourceText: TEXT, targetSourceDate: seedDate, url: 'https://example.org/q3', publisher: '洛阳日报' })
    expect(o.update).toEqual({
      commitmentId: 'visitors',
      observedOn: '2024-09-30',
      periodStart: '2024-01-01',
      value: 31530000,
      unit: '人次',
      comparator: null,
      state: null,
      evidence: { url: 'https://example.org/q3', quote: '今年前三季度，老城区接待游客3153万人次，同比增长12.5%；实现旅游综合收入226亿元。', publisher: '洛阳日报', publishedOn: '2024-10-20' },
      supersedes: null,
      note: '前三季度',
      origin: 'extractor',
    })
    expect(o.reasons).toContain('period_found')
  })
})

describe('sentenceAround', () => {
  it.each([
    [TEXT, '实现旅游综合收入226亿元', '今年前三季度，老城区接待游客3153万人次，同比增长12.5%；实现旅游综合收入226亿元。'],
    [TEXT, '西工区接待游客1200万人次', '西工区接待游客1200万人次。'],
    ['标题\n今年前三季度，接待游客3153万人次\n下一段', '接待游客3153万人次', '今年前三季度，接待游客3153万人次'],
  ])('%s', (text, quote, expected) => {
    const s = text.indexOf(quote)
    expect(sentenceAround(text, s, s + quote.length)).toBe(expected)
  })
})

const SEED = 'data/seed-pack.json'
const Q3 = 'src/core/evidence/testdata/laocheng-q3-2024.txt'
describe.runIf(existsSync(SEED))('matchEvidence on the seed and a later report run through the extractor', () => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as DataPack
  const text = readFileSync(Q3, 'utf8')
  const meta = { title: '老城区文旅市场持续火热', publisher: '洛阳日报', publishedOn: '2024-10-20', url: null, page: null }
  const later = packFromExtraction(text, meta, extract(text, { date: '2024-10-20', file: Q3 }), '2024-10-20T00:00:00.000Z')
  const dates = new Map(seed.sources.map((s) => [s.id, s.publishedOn]))
  const quote = (id: string) => [...seed.commitments, ...later.commitments].find((c) => c.id === id)!.quote
  const found = matchEvidence(later.commitments, seed.commitments, '2024-10-20', { sourceText: text, targetSourceDate: (id) => dates.get(id) ?? null })

  it('offers the 前三季度 visitors figure for the 3500万人次 target, and the income figure for the income target', () => {
    expect(found.map((o) => `${quote(o.factId)} → ${quote(o.targetId)} (${o.period?.label})`)).toEqual([
      '老城区接待游客3153万人次 → 力争2024年接待游客超过3500万人次 (前三季度)',
      '实现旅游综合收入226亿元 → 旅游综合收入超过250亿元 (前三季度)',
    ])
  })
})
