import { describe, expect, it } from 'vitest'
import { packFromExtraction } from '../../core/pack'
import type { ExtractedSource } from '../../core/model/types'
import { applyReviewDraft, editableOf, editProblem, matchesQuery, parseReviewDraft, reviewDraftOf, reviewedPack, type DraftItem } from './draft'

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

describe('the review draft kept across a reload', () => {
  const fresh = () => pack.commitments.map((c) => ({ reading: c, edit: editableOf(c), dropped: false }))
  const KEY = 'fact-1|target-1'

  it('keeps only what the person touched, and puts it back on the same items extracted again', () => {
    const before = fresh()
    before[0].edit.department = '老城区文旅局'
    before[1].dropped = true
    const kept = reviewDraftOf(before, { [KEY]: 'accept', 'other|x': null })
    expect(Object.keys(kept.items)).toEqual([before[0].reading.id, before[1].reading.id])
    expect(kept.items[before[1].reading.id]).toEqual({ dropped: true })
    expect(kept.decisions).toEqual({ [KEY]: 'accept' })

    // through storage (JSON) and a fresh extraction of the same text
    const after = fresh()
    const decisions: Record<string, 'accept' | 'reject' | null> = { [KEY]: null }
    expect(applyReviewDraft(after, decisions, parseReviewDraft(JSON.stringify(kept)))).toBe(3)
    expect(after[0].edit.department).toBe('老城区文旅局')
    expect(after[1].dropped).toBe(true)
    expect(decisions[KEY]).toBe('accept')
    expect(reviewedPack([pack], new Map(after.map((i) => [i.reading.id, i])), AT).commitments).toHaveLength(1)
  })

  it('restores nothing for another text, and nothing from a draft that is not one', () => {
    const other = fresh().map((i) => ({ ...i, reading: { ...i.reading, id: `x${i.reading.id}` } }))
    other[0].dropped = true
    const items = fresh()
    expect(applyReviewDraft(items, {}, parseReviewDraft(JSON.stringify(reviewDraftOf(other, {}))))).toBe(0)
    expect(items.some((i) => i.dropped)).toBe(false)
    for (const bad of [null, '', '{', '[]', '{"items":[],"decisions":{}}']) expect(parseReviewDraft(bad)).toBeNull()
  })

  it('takes from a tampered draft only well-formed fields', () => {
    const id = pack.commitments[0].id
    const edit = { ...editableOf(pack.commitments[0]), kind: 'nonsense' }
    const parsed = parseReviewDraft(JSON.stringify({
      items: { [id]: { edit, dropped: 'yes' }, ['__proto__']: { dropped: true } },
      decisions: { [KEY]: 'maybe', ok: 'reject' },
    }))
    expect(parsed).toEqual({ items: {}, decisions: { ok: 'reject' } })
    const good = parseReviewDraft(JSON.stringify({ items: { [id]: { edit: { ...editableOf(pack.commitments[0]), metric: '游客', extra: '<script>' } } }, decisions: {} }))
    expect(good?.items[id].edit).toEqual({ ...editableOf(pack.commitments[0]), metric: '游客' })
  })
})

describe('matchesQuery (the review search)', () => {
  it('finds an item by its quote or the extractor’s reading, not by an edit in progress', () => {
    const [a] = pack.commitments.map((c) => ({ reading: c, edit: editableOf(c), dropped: false }))
    expect(matchesQuery(a, '3500万')).toBe(true)
    expect(matchesQuery(a, '老城区')).toBe(true)
    expect(matchesQuery(a, '翠云阁')).toBe(false)
    a.edit.metric = '翠云阁'
    expect(matchesQuery(a, '翠云阁')).toBe(false)
  })
})
