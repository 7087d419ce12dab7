import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { packFromExtraction } from '../pack'
import type { Commitment, DataPack } from '../model/types'
import { suggestLinks } from './suggest'
import { commitment } from './testCommitment'

const DATES: Record<string, string> = { 'src-2023': '2023-01-10', 'src-2024': '2024-01-14', 'src-2025': '2025-01-15' }
const sourceDate = (id: string) => DATES[id] ?? null
const laocheng = { district: '老城区', department: '老城区委', person: '赵书政' }
const year = (y: number) => ({ date: `${y}-12-31`, precision: 'year' as const })

// 2024 (the seed page)
const visitors24 = commitment({ id: 'v24', sourceId: 'src-2024', quote: '力争2024年接待游客超过3500万人次', metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', deadline: year(2024), ...laocheng })
const income24 = commitment({ id: 'i24', sourceId: 'src-2024', quote: '旅游综合收入超过250亿元', metric: '旅游综合收入', value: 250e8, unit: '元', deadline: year(2024), ...laocheng })
const cuiyun24 = commitment({ id: 'c24', sourceId: 'src-2024', kind: 'milestone', quote: '翠云阁“十一”建成开放', metric: '翠云阁建成开放', deadline: { date: '2024-10-01', precision: 'day' }, ...laocheng })
const gucheng24 = commitment({ id: 'g24', sourceId: 'src-2024', kind: 'qualitative', quote: '推动洛邑古城持续火爆并创建4A级景区', metric: '洛邑古城持续火爆并创建4A级景区', ...laocheng })
const heritage24 = commitment({ id: 'h24', sourceId: 'src-2024', kind: 'qualitative', quote: '创建国家级非遗特色街区', metric: '创建国家级非遗特色街区', ...laocheng })
const gdp24 = commitment({ id: 'gdp24', sourceId: 'src-2024', quote: '力争全年地区生产总值增长7%', metric: '地区生产总值增长', value: 7, unit: '%', growth: true, deadline: year(2024), ...laocheng })
const projects24 = commitment({ id: 'p24', sourceId: 'src-2024', quote: '2024年实施超千万元工业项目700个', metric: '实施超千万元工业项目', value: 700, unit: '个', deadline: year(2024), district: '洛阳市', department: '市工业和信息化局', person: '魏斌' })
const EXISTING = [visitors24, income24, cuiyun24, gucheng24, heritage24, gdp24, projects24]

const links = (newOnes: Commitment[], existing: Commitment[] = EXISTING) =>
  suggestLinks(newOnes, existing, { sourceDate }).map((s) => `${s.fromId}→${s.toId} ${s.relation}`)

describe('suggestLinks: pairs that must link', () => {
  it.each([
    ['3500万人次 raised to 4000万 next year', commitment({ id: 'v25', sourceId: 'src-2025', quote: '力争2025年接待游客突破4000万人次', metric: '接待游客', value: 4000, unit: '万人次', deadline: year(2025), ...laocheng }), 'v24→v25 raised'],
    ['income lowered', commitment({ id: 'i25', sourceId: 'src-2025', quote: '旅游综合收入达到200亿元', metric: '旅游综合收入', value: 200e8, unit: '元', deadline: year(2025), ...laocheng }), 'i24→i25 lowered'],
    ['the same yearly figure again', commitment({ id: 'v25', sourceId: 'src-2025', quote: '2025年接待游客3500万人次以上', metric: '接待游客', value: 35e6, unit: '人次', deadline: year(2025), ...laocheng }), 'v24→v25 restated'],
    ['翠云阁 "十一" set again after 2024-10-01 passed', commitment({ id: 'c25', sourceId: 'src-2025', kind: 'milestone', quote: '确保翠云阁“十一”建成开放', metric: '翠云阁建成开放', deadline: { date: '2025-10-01', precision: 'day' }, ...laocheng }), 'c24→c25 deadline_moved'],
    ['洛邑古城 4A → 5A, worded differently', commitment({ id: 'g25', sourceId: 'src-2025', kind: 'qualitative', quote: '推动洛邑古城创建5A级景区', metric: '洛邑古城创建5A级景区', ...laocheng }), 'g24→g25 reworded'],
    ['翠云阁 named by a later text without an owner', commitment({ id: 'c25', sourceId: 'src-2025', kind: 'milestone', quote: '翠云阁年内建成开放', metric: '翠云阁建成开放', deadline: year(2025) }), 'c24→c25 deadline_moved'],
    ['growth target with a new rate', commitment({ id: 'gdp25', sourceId: 'src-2025', quote: '全年地区生产总值增长6.5%', metric: '地区生产总值增长', value: 6.5, unit: '%', growth: true, deadline: year(2025), ...laocheng }), 'gdp24→gdp25 lowered'],
  ])('%s', (_name, later, expected) => {
    expect(links([later])).toEqual([expected])
  })

  it('links an older text imported later, earlier → later', () => {
    const older = commitment({ id: 'v23', sourceId: 'src-2023', quote: '力争2023年接待游客突破3000万人次', metric: '接待游客', value: 3000e4, unit: '人次', deadline: year(2023), ...laocheng })
    const [s] = suggestLinks([older], EXISTING, { sourceDate })
    expect(s).toMatchObject({ fromId: 'v23', toId: 'v24', relation: 'raised', newId: 'v23', newIsLater: false })
  })

  it('gives a score and reasons a person can read', () => {
    const later = commitment({ id: 'v25', sourceId: 'src-2025', quote: '力争2025年接待游客突破4000万人次', metric: '接待游客', value: 40e6, unit: '人次', deadline: year(2025), ...laocheng })
    const [s] = suggestLinks([later], EXISTING, { sourceDate })
    expect(s.score).toBeGreaterThan(0.8)
    expect(s.reasons.map((r) => r.code)).toEqual(['same_district', 'same_department', 'same_person', 'similar_metric', 'shared_object', 'value_raised'])
    expect(s.reasons.find((r) => r.code === 'value_raised')!.detail).toBe('35000000 人次 → 40000000 人次')
  })
})

describe('suggestLinks: pairs that must not link', () => {
  it.each([
    ['same district, 游客 vs 旅游收入 (only the 游客 target known)', commitment({ id: 'x', sourceId: 'src-2025', quote: '旅游收入突破3500万元', metric: '旅游收入', value: 3500e4, unit: '元', deadline: year(2025), ...laocheng }), [visitors24]],
    ['same number, different metric', commitment({ id: 'x', sourceId: 'src-2025', quote: '2025年实施“三大改造”项目700个', metric: '实施三大改造项目', value: 700, unit: '个', deadline: year(2025), district: '老城区' })],
    ['different district, same metric', commitment({ id: 'x', sourceId: 'src-2025', quote: '力争2025年接待游客突破4000万人次', metric: '接待游客', value: 40e6, unit: '人次', deadline: year(2025), district: '西工区', department: '西工区委' })],
    ['units that do not convert (人次 vs 元)', commitment({ id: 'x', sourceId: 'src-2025', quote: '接待游客收入4000万元', metric: '接待游客', value: 40e6, unit: '元', deadline: year(2025), ...laocheng })],
    ['a growth rate vs a level', commitment({ id: 'x', sourceId: 'src-2025', quote: '接待游客增长10%', metric: '接待游客增长', value: 10, unit: '%', growth: true, ...laocheng })],
    ['a reported fact', commitment({ id: 'x', sourceId: 'src-2025', kind: 'fact', quote: '接待游客3800万人次', metric: '接待游客', value: 38e6, unit: '人次', ...laocheng })],
    ['a qualitative pledge sharing only generic words', commitment({ id: 'x', sourceId: 'src-2025', kind: 'qualitative', quote: '创建国家级全域旅游示范区', metric: '创建国家级全域旅游示范区', ...laocheng })],
    ['another source, same owner, unrelated milestone', commitment({ id: 'x', sourceId: 'src-2025', kind: 'milestone', quote: '九都路快速化改造年底通车', metric: '九都路快速化改造通车', deadline: year(2025), ...laocheng })],
  ] as [string, Commitment, Commitment[]?][])('%s', (_name, later, existing = EXISTING) => {
    expect(links([later], existing)).toEqual([])
  })

  it('does not link commitments of the same source', () => {
    const again = commitment({ ...visitors24, id: 'v24b' })
    expect(links([again])).toEqual([])
  })

  it('does not suggest a pair already decided', () => {
    const later = commitment({ id: 'v25', sourceId: 'src-2025', quote: '力争2025年接待游客突破4000万人次', metric: '接待游客', value: 40e6, unit: '人次', deadline: year(2025), ...laocheng })
    expect(suggestLinks([later], EXISTING, { sourceDate, links: [{ fromId: 'v24', toId: 'v25' }] })).toEqual([])
  })
})

const SEED = 'data/seed-pack.json'
const LATER = 'src/core/lineage/testdata/laocheng-2025.txt'
describe.runIf(existsSync(SEED))('suggestLinks on the seed and a 2025 interview run through the extractor', () => {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as DataPack
  const text = readFileSync(LATER, 'utf8')
  const meta = { title: '守正创新谋发展', publisher: '洛阳日报', publishedOn: '2025-01-15', url: null, page: null }
  const later = packFromExtraction(text, meta, extract(text, { date: '2025-01-15', file: LATER }), '2025-01-15T00:00:00.000Z')
  const dates = new Map([...seed.sources, ...later.sources].map((s) => [s.id, s.publishedOn]))
  const quote = (id: string) => [...seed.commitments, ...later.commitments].find((c) => c.id === id)!.quote
  const found = suggestLinks(later.commitments, seed.commitments, { sourceDate: (id) => dates.get(id) ?? null }).map(
    (s) => `${quote(s.fromId)} → ${quote(s.toId)}: ${s.relation}`,
  )

  it.each([
    '力争2024年接待游客超过3500万人次 → 力争2025年接待游客突破4000万人次: raised',
    '旅游综合收入超过250亿元 → 旅游综合收入超过300亿元: raised',
    '翠云阁“十一”建成开放 → 确保翠云阁“十一”建成开放: deadline_moved',
    '推动洛邑古城持续火爆并创建4A级景区 → 推动洛邑古城创建5A级景区: reworded',
  ])('%s', (expected) => {
    expect(found).toContain(expected)
  })

  it('suggests nothing else', () => {
    expect(found).toHaveLength(4)
  })
})
