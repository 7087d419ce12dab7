import { describe, expect, it } from 'vitest'
import { packFromExtraction } from '../../core/pack'
import type { ExtractedSource } from '../../core/model/types'
import { editableOf, editProblem, reviewedPack, type DraftItem } from './draft'

const TEXT = '老城区力争2024年接待游客超过3500万人次。翠云阁"十一"建成开放。'
const extracted: ExtractedSource = {
  file: 't.txt',
  date: '2024-01-14',
  length: TEXT.length,
  articles: [],
  commitments: [
    { kind: 'target', quote: '力争2024年接待游客超过3500万人次', start: 3, end: 22, metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', growth: false, deadline: { date: '2024-12-31', precision: 'year' }, district: '老城区', department: null, person: null, category: '文旅', confidence: 0.9 },
    { kind: 'milestone', quote: '翠云阁"十一"建成开放', start: 23, end: 34, metric: '翠云阁建成开放', value: null, unit: null, comparator: null, growth: false, deadline: { date: '2024-10-01', precision: 'day' }, district: '老城区', department: null, person: null, category: '文旅', confidence: 0.8 },
  ],
}
const meta = { title: 't', publisher: null, publishedOn: '2024-01-14', url: null, page: null }
const pack = packFromExtraction(TEXT, meta, extracted, '2024-01-14T00:00:00.000Z')
const itemsOf = (change: (items: DraftItem[]) => void) => {
  const items = pack.commitments.map((c) => ({ reading: c, edit: editableOf(c), dropped: false }))
  change(items)
  return new Map(items.map((i) => [i.reading.id, i]))
}
const AT = '2024-02-01T08:00:00.000Z'

describe('reviewedPack', () => {
  it('keeps untouched items as the extractor read them', () => {
    const out = reviewedPack([pack], itemsOf(() => {}), AT)
    expect(out.commitments).toEqual(pack.commitments)
    expect(out.commitments.every((c) => c.origin === 'extractor' && c.reviewedAt === null)).toBe(true)
  })

  it('an edit becomes a person’s, with the extractor’s reading of the changed fields kept', () => {
    const out = reviewedPack([pack], itemsOf(([a]) => { a.edit.value = '40000000'; a.edit.department = '老城区文旅局' }), AT)
    const [a, b] = out.commitments
    expect(a).toMatchObject({ value: 4e7, department: '老城区文旅局', origin: 'person', reviewedAt: AT, original: { value: 35e6, department: null } })
    expect(b.origin).toBe('extractor')
  })

  it('leaves dropped items out and keeps the source and articles', () => {
    const out = reviewedPack([pack], itemsOf(([a]) => { a.dropped = true }), AT)
    expect(out.commitments.map((c) => c.kind)).toEqual(['milestone'])
    expect(out.sources).toEqual(pack.sources)
  })

  it('clearing a deadline records the old one', () => {
    const out = reviewedPack([pack], itemsOf(([, b]) => { b.edit.deadlineDate = '' }), AT)
    expect(out.commitments[1]).toMatchObject({ deadline: null, original: { deadline: { date: '2024-10-01', precision: 'day' } } })
  })
})

describe('editProblem', () => {
  it.each([
    ['12x', '', 'import.review.badValue'],
    ['1,200', '', null],
    ['', '2024-13', 'import.review.badDate'],
    ['', '', null],
  ])('value %s, deadline %s', (value, deadlineDate, expected) => {
    expect(editProblem({ ...editableOf(pack.commitments[0]), value, deadlineDate })).toBe(expected)
  })
})
