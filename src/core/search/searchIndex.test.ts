import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DataPack } from '../model/types'
import { createSearchIndex, loadSearchIndex, searchDocFor, type SearchDoc } from './searchIndex'

const T1 = '聚焦文旅促发展 务实重干开新篇'
const T2 = '大力推进新型工业化 加快培育新质生产力'
const laocheng = { district: '老城区', department: '老城区委', person: '赵书政', title: T1 }
const gongxin = { district: '洛阳市', department: '市工业和信息化局', person: '魏斌', title: T2 }

// A small set mirroring the seed page's quotes (see data/seed-pack.json).
const DOCS: SearchDoc[] = [
  { id: 'gucheng-4a', quote: '推动洛邑古城持续火爆并创建4A级景区', metric: '洛邑古城持续火爆并创建4A级景区', category: '文旅', ...laocheng },
  { id: 'visitors', quote: '力争2024年接待游客超过3500万人次', metric: '接待游客', category: '文旅', ...laocheng },
  { id: 'income', quote: '旅游综合收入超过250亿元', metric: '旅游综合收入', category: '文旅', ...laocheng },
  { id: 'gucheng-3km', quote: '全力建设3平方公里的洛邑古城', metric: '全力建设', category: '城建', ...laocheng },
  { id: 'gucheng-phase1', quote: '确保洛邑古城一期续建项目春节前部分投入运营', metric: '洛邑古城一期续建项目部分投入运营', category: '文旅', ...laocheng },
  { id: 'cuiyun', quote: '翠云阁“十一”建成开放', metric: '翠云阁建成开放', category: '文旅', ...laocheng },
  { id: 'gdp', quote: '力争全年地区生产总值增长7%', metric: '地区生产总值增长', category: '经济', ...laocheng },
  { id: 'projects-500', quote: '2024年实施“三大改造”项目500个以上', metric: '实施三大改造项目', category: '工业', ...gongxin },
  { id: 'projects-700', quote: '2024年实施超千万元工业项目700个', metric: '实施超千万元工业项目', category: '工业', ...gongxin },
  { id: 'chains', quote: '力争2024年17条产业链营收达4600亿元', metric: '17条产业链营收', category: '工业', ...gongxin },
  { id: 'jobs', quote: '共有110余家企业送岗4000余个', metric: '110余家企业送岗', district: '洛阳市', category: '就业' },
  { id: 'seekers', quote: '吸引6000余人次现场求职', metric: '吸引', district: '洛阳市', category: '就业' },
  { id: 'land', quote: '占地面积约450亩的锂电池负极材料前驱体项目容器设备已安装完毕', metric: '占地面积', district: '孟津区', category: '农业' },
]

const ids = (q: string, docs = DOCS) => createSearchIndex(docs).search(q).map((h) => h.id)

describe('search on a seed-like set', () => {
  it.each([
    // query, must find (in any order), must not find
    ['游客', ['visitors'], ['income', 'seekers']],
    ['翠云阁', ['cuiyun'], ['gucheng-phase1']],
    ['洛邑古城', ['gucheng-4a', 'gucheng-3km', 'gucheng-phase1'], ['cuiyun', 'visitors']],
    ['魏斌', ['projects-500', 'projects-700', 'chains'], ['visitors', 'jobs']],
    ['700个', ['projects-700'], ['projects-500', 'jobs']],
    ['3500万人次', ['visitors'], []],
    ['3500万', ['visitors'], []],
    ['遊客', ['visitors'], []], // traditional query
    ['老城区 游客', ['visitors'], ['seekers', 'income']],
    ['4A', ['gucheng-4a'], []],
    ['古', ['gucheng-4a', 'gucheng-3km', 'gucheng-phase1'], ['cuiyun']], // one character
    ['阁', ['cuiyun'], []], // one character at the end of a run
  ] as const)('%s', (q, must, mustNot) => {
    const found = ids(q)
    for (const id of must) expect(found).toContain(id)
    for (const id of mustNot) expect(found).not.toContain(id)
  })

  it('finds nothing for words that are not there', () => {
    expect(ids('高铁')).toEqual([])
    expect(ids('')).toEqual([])
    expect(ids('  ，。')).toEqual([])
  })

  it('ranks a quote hit above a hit in the article title only', () => {
    // 文旅 is in every 老城区 title; a quote naming it should come first
    const docs = [...DOCS, { id: 'wenlv-quote', quote: '文旅融合发展', metric: null, district: '西工区', category: '教育' }]
    expect(ids('文旅', docs)[0]).toBe('wenlv-quote')
  })

  it('ranks words written together above the same words apart', () => {
    const docs: SearchDoc[] = [
      { id: 'apart', quote: '洛邑新区与古城改造', metric: '古城' },
      { id: 'together', quote: '洛邑古城改造', metric: '改造' },
    ]
    expect(ids('洛邑古城', docs)).toEqual(['together'])
    const both: SearchDoc[] = [...docs, { id: 'scattered', quote: '洛邑邑古古城', metric: null }]
    expect(ids('洛邑古城', both)[0]).toBe('together')
  })

  it('returns highlight ranges in the quote', () => {
    const hit = createSearchIndex(DOCS).search('游客')[0]
    const quote = DOCS.find((d) => d.id === hit.id)!.quote
    expect(hit.ranges.map(([s, e]) => quote.slice(s, e))).toEqual(['游客'])
    expect(hit.fields).toEqual(['quote', 'metric'])
  })

  it('narrows with the list filter and a limit', () => {
    const index = createSearchIndex(DOCS)
    expect(index.search('洛邑古城', { filter: (id) => id !== 'gucheng-3km' }).map((h) => h.id)).not.toContain('gucheng-3km')
    expect(index.search('老城区', { limit: 2 })).toHaveLength(2)
  })

  it('adds, replaces and removes documents', () => {
    const index = createSearchIndex(DOCS)
    index.add({ id: 'new', quote: '2025年接待游客突破4000万人次', district: '老城区' })
    expect(index.search('4000万人次').map((h) => h.id)).toEqual(['new'])
    index.replace({ id: 'new', quote: '白云山景区提质', district: '嵩县' })
    expect(index.search('4000万人次')).toEqual([])
    expect(index.search('白云山').map((h) => h.id)).toEqual(['new'])
    index.remove('new')
    index.remove('never-there')
    expect(index.search('白云山')).toEqual([])
    expect(index.size).toBe(DOCS.length)
  })

  it('snapshots and loads (through a structured clone, as IndexedDB does) to an index that answers the same', () => {
    const index = createSearchIndex(DOCS)
    const loaded = loadSearchIndex(structuredClone(index.snapshot()))
    for (const q of ['游客', '洛邑古城', '700个', '魏斌', '古']) expect(loaded.search(q)).toEqual(index.search(q))
  })

  it('two indexes loaded from one snapshot change independently', () => {
    const snap = createSearchIndex(DOCS).snapshot()
    const a = loadSearchIndex(snap)
    const b = loadSearchIndex(snap)
    a.add({ id: 'new', quote: '白云山景区提质' })
    b.add({ id: 'other', quote: '白云山索道改造' })
    expect(a.search('白云山').map((h) => h.id)).toEqual(['new'])
    expect(b.search('白云山').map((h) => h.id)).toEqual(['other'])
    expect(loadSearchIndex(snap).search('白云山')).toEqual([])
  })

  it('a snapshot drops removed documents and keeps answering the same', () => {
    const index = createSearchIndex(DOCS)
    index.remove('visitors')
    index.replace({ ...DOCS[0], quote: '推动洛邑古城创建5A级景区' })
    const loaded = loadSearchIndex(structuredClone(index.snapshot()))
    expect(loaded.size).toBe(DOCS.length - 1)
    expect(loaded.ids().sort()).toEqual(index.ids().sort())
    for (const q of ['游客', '洛邑古城', '5A', '4A', '古']) expect(loaded.search(q).map((h) => h.id)).toEqual(index.search(q).map((h) => h.id))
  })

  it('refuses a snapshot of another format or with inconsistent columns', () => {
    const snap = createSearchIndex(DOCS).snapshot()
    expect(() => loadSearchIndex({ ...snap, format: 0 as never })).toThrow(/format/)
    expect(() => loadSearchIndex({ ...snap, lens: new Int32Array(3) })).toThrow(/inconsistent/)
  })

  it('tells whether it holds a document with the same searchable text', () => {
    const index = createSearchIndex(DOCS)
    expect(index.holds(DOCS[1])).toBe(true)
    expect(index.holds({ ...DOCS[1], quote: '力争2024年接待游客超过4000万人次' })).toBe(false)
    expect(index.holds({ ...DOCS[1], person: null })).toBe(false)
    expect(index.holds({ ...DOCS[1], id: 'unknown' })).toBe(false)
  })

  it('returns the limit best in a stable order, the same as sorting every hit', () => {
    // many equal scores: the kept best must be the first of the full order
    const many: SearchDoc[] = Array.from({ length: 300 }, (_, i) => ({ id: `d${String(i).padStart(3, '0')}`, quote: i % 3 ? '高标准农田建设' : '建设高标准农田示范区' }))
    const index = createSearchIndex(many)
    const all = index.search('高标准农田', { limit: Infinity }).map((h) => h.id)
    expect(all).toHaveLength(300)
    expect(index.search('高标准农田', { limit: 10 }).map((h) => h.id)).toEqual(all.slice(0, 10))
    expect(index.search('高标准农田', { limit: 0 })).toEqual([])
  })
})

const SEED = 'data/seed-pack.json'
describe.runIf(existsSync(SEED))('search on the seed pack', () => {
  const pack = JSON.parse(readFileSync(SEED, 'utf8')) as DataPack
  const titles = new Map(pack.articles.map((a) => [a.id, a.title]))
  const index = createSearchIndex(pack.commitments.map((c) => searchDocFor(c, c.articleId ? titles.get(c.articleId) : null)))
  const quotes = (q: string) => index.search(q).map((h) => pack.commitments.find((c) => c.id === h.id)!.quote)

  it.each([
    ['游客', '接待游客超过3500万人次'],
    ['翠云阁', '翠云阁“十一”建成开放'],
    ['洛邑古城', '洛邑古城'],
    ['魏斌', '700个'],
    ['700个', '超千万元工业项目700个'],
  ])('%s finds a quote with %s first or among the hits', (q, expected) => {
    const found = quotes(q)
    expect(found.length).toBeGreaterThan(0)
    expect(found.some((quote) => quote.includes(expected))).toBe(true)
  })

  it('puts the quote that names the query first', () => {
    for (const q of ['游客', '翠云阁', '洛邑古城', '700个']) expect(quotes(q)[0]).toContain(q)
  })

  it('finds only the 700-project pledge for 700个', () => {
    expect(quotes('700个')).toEqual(['2024年实施超千万元工业项目700个'])
  })
})
