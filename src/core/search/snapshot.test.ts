// The stored index (format 2) must answer exactly as the index that was saved, and a snapshot of
// another format is refused, never read with the wrong meaning.
import { describe, expect, it } from 'vitest'
import { generatePack } from '../synth/generate'
import { packStrings, packedIsWhole, StringList } from './packedStrings'
import { createSearchIndex, loadSearchIndex, searchDocFor, snapshotSize, type SearchDoc, type SearchIndex } from './searchIndex'

const pack = generatePack({ commitments: 1500, seed: 5 })
const titles = new Map(pack.articles.map((a) => [a.id, a.title]))
const DOCS: SearchDoc[] = pack.commitments.map((c) => searchDocFor(c, c.articleId ? titles.get(c.articleId) : null))
// whole words, one-character and Latin prefixes, numbers, several terms
const QUERIES = ['游客', '项目', '古', '新', '区', '完成', '亿元', '2024', '700', '建设 项目', 'luoy', 'lu', '洛阳古城', '高标准农田']
const EXTRA: SearchDoc[] = [
  { id: 'zz-luoyang', quote: '洛阳古城 luoyang 夜游项目', district: '老城区' },
  { id: 'zz-7000', quote: '新建充电桩7000个', metric: '充电桩' },
]

/** Every hit of every query, scores and highlight ranges included. */
const answers = (index: SearchIndex) => QUERIES.map((q) => index.search(q, { limit: Infinity }))
const reload = (index: SearchIndex) => loadSearchIndex(structuredClone(index.snapshot()))

describe('stored search index', () => {
  it('answers every query exactly as the freshly built index, through a structured clone', () => {
    const fresh = createSearchIndex(DOCS)
    const loaded = reload(fresh)
    const expected = answers(fresh)
    expect(expected.flat().length).toBeGreaterThan(1000)
    expect(answers(loaded)).toEqual(expected)
    expect(loaded.size).toBe(fresh.size)
    expect(snapshotSize(fresh.snapshot())).toBe(DOCS.length)
  })

  it('keeps answering as the built index after the same edits, and after saving those edits', () => {
    const fresh = createSearchIndex(DOCS)
    const loaded = reload(fresh)
    for (const index of [fresh, loaded]) {
      for (let i = 0; i < 40; i++) index.remove(DOCS[i * 13].id)
      for (let i = 0; i < 30; i++) index.replace({ ...DOCS[i * 17 + 1], quote: `洛阳新建古城项目${i} luoyang` })
      for (const d of EXTRA) index.add(d)
    }
    expect(answers(loaded)).toEqual(answers(fresh))
    // terms first met after the load are reached as words and as prefixes
    expect(loaded.search('luoy').map((h) => h.id)).toContain('zz-luoyang')
    expect(loaded.search('7000').map((h) => h.id)).toEqual(['zz-7000'])
    expect(loaded.search('700').map((h) => h.id)).not.toContain('zz-7000')
    expect(answers(reload(loaded))).toEqual(answers(reload(fresh)))
    expect(reload(loaded).size).toBe(fresh.size)
    expect(reload(loaded).ids().sort()).toEqual(fresh.ids().sort())
  })

  it('tells which documents it holds once loaded, without building anything first', () => {
    const loaded = reload(createSearchIndex(DOCS))
    expect(loaded.holds(DOCS[3])).toBe(true)
    expect(loaded.holds({ ...DOCS[3], quote: `${DOCS[3].quote}。` })).toBe(false)
    expect(loaded.holds({ ...DOCS[3], title: null })).toBe(false)
    expect(loaded.ids().sort()).toEqual(DOCS.map((d) => d.id).sort())
  })

  it('refuses a format 1 snapshot (arrays of strings), naming the format', () => {
    const v1 = { format: 1, ids: ['a'], strings: ['游客'], refs: new Int32Array(7).fill(-1), lens: new Int32Array(7), terms: [], postOff: new Int32Array(1), postDoc: new Int32Array(0), postTf: new Int32Array(0) }
    expect(() => loadSearchIndex(v1 as never)).toThrow(/format 1/)
  })

  it('refuses packed strings whose offsets do not fit their text', () => {
    const snap = createSearchIndex(DOCS.slice(0, 20)).snapshot()
    expect(() => loadSearchIndex({ ...snap, ids: { text: snap.ids.text.slice(1), ends: snap.ids.ends } })).toThrow(/column/)
    expect(() => loadSearchIndex({ ...snap, termOrder: new Int32Array(2) })).toThrow(/inconsistent/)
    expect(() => loadSearchIndex({ ...snap, postDoc: [] as never })).toThrow(/column/)
  })
})

describe('packed strings', () => {
  it('read back each string, empty ones included, and compare without slicing', () => {
    const list = ['洛邑古城', '', 'c-001', '游客']
    const packed = packStrings(list)
    expect(packedIsWhole(packed)).toBe(true)
    const s = new StringList(packed)
    s.push('新增')
    expect(Array.from({ length: s.length }, (_, i) => s.get(i))).toEqual([...list, '新增'])
    expect(s.equals(0, '洛邑古城')).toBe(true)
    expect(s.equals(0, '洛邑古')).toBe(false)
    expect(s.equals(1, '')).toBe(true)
    expect(s.equals(2, 'c-0011')).toBe(false)
    expect(s.equals(4, '新增')).toBe(true)
    expect(packedIsWhole({ text: 'abc', ends: Int32Array.of(2, 1, 3) })).toBe(false)
  })
})
