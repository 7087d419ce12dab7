import { describe, expect, it } from 'vitest'
import { fnv1a64, sourceIdFor } from '../ids'
import { packFromExtraction } from './fromExtraction'
import { restorePack } from './restore'
import { TEST_NOW, TEST_TEXT, testExtraction } from './testPack'

const META = { title: '版面', publisher: '洛阳日报', publishedOn: '2024-01-14', url: null, page: null }

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to the published FNV-1a 64 vector', (text, hex) => {
    expect(fnv1a64(text)).toBe(hex)
  })

  it('hashes UTF-8 bytes, so Chinese text differs from its neighbours', () => {
    expect(fnv1a64('洛阳')).not.toBe(fnv1a64('洛陽'))
    expect(fnv1a64('洛阳')).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('packFromExtraction', () => {
  const build = () => packFromExtraction(TEST_TEXT, META, testExtraction(), TEST_NOW, 'v9')

  it('derives every id from the text and offsets, so a rebuild gives the same ids', () => {
    const a = build()
    const b = build()
    expect(a).toEqual(b)
    expect(a.sources[0].id).toBe(sourceIdFor(TEST_TEXT))
    expect(a.sources[0].id).toMatch(/^src-[0-9a-f]{16}$/)
    const c = a.commitments[0]
    expect(c.id).toBe(`cmt-${a.sources[0].textHash}-${c.start}-${c.end}`)
  })

  it('marks records as unreviewed extractor output with no status yet', () => {
    const pack = build()
    for (const c of pack.commitments) {
      expect(c).toMatchObject({ origin: 'extractor', status: 'no_data', reviewedAt: null, createdAt: TEST_NOW, extractorVersion: 'v9' })
      expect(c.articleId).toBe(pack.articles[0].id)
    }
    expect(pack.sources[0]).toMatchObject({ origin: 'extractor', importedAt: TEST_NOW, publisher: '洛阳日报' })
  })

  it('keeps two readings of one span apart', () => {
    const ex = testExtraction()
    ex.commitments.push({ ...ex.commitments[0], kind: 'fact' })
    const ids = packFromExtraction(TEST_TEXT, META, ex, TEST_NOW).commitments.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('builds packs that pass restorePack', () => {
    expect(restorePack(build()).ok).toBe(true)
  })
})
