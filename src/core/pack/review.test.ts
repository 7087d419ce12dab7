import { describe, expect, it } from 'vitest'
import type { DataPack } from '../model/types'
import { restorePack, restorePackJson } from './restore'
import { restorePackPartial } from './partial'
import { parsePackText, rejectedCsv, reviewPack } from './review'
import { reasonOf, REASON_KEYS } from './reasons'
import { testPack } from './testPack'

const any = (x: unknown) => x as Record<string, unknown>

function firstError(input: unknown) {
  const r = restorePack(input)
  if (r.ok) throw new Error('expected the strict gate to refuse')
  return r.error
}

describe('parsePackText', () => {
  it.each([
    ['NaN as a bare token', '{"schemaVersion":1,"x":NaN}', /not valid JSON/],
    ['Infinity as a bare token', '{"schemaVersion":1,"x":Infinity}', /not valid JSON/],
    ['a cut-off file', '{"schemaVersion": 1, "sources": [', /not valid JSON/],
    ['deep nesting', '['.repeat(10_000) + ']'.repeat(10_000), /nested deeper than 64 levels/],
  ])('refuses %s with one message', (_name, text, message) => {
    expect(parsePackText(text)).toMatchObject({ ok: false, error: { path: '(pack)', message } })
  })

  it('parses a valid pack', () => {
    expect(parsePackText(JSON.stringify(testPack()))).toEqual({ ok: true, input: testPack() })
  })
})

describe('reviewPack', () => {
  it('counts records per table in the file and kept, and marks dependants', () => {
    const pack = testPack()
    any(pack.commitments)[1] = null
    pack.updates[0].value = NaN
    const r = reviewPack(pack, firstError(pack))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.review.first.path).toBe('commitments[1]')
    expect(r.review.inFile).toEqual({ sources: 1, articles: 1, commitments: 3, updates: 1, verdicts: 1, links: 0 })
    expect(r.review.valid).toEqual({ sources: 1, articles: 1, commitments: 2, updates: 0, verdicts: 0, links: 0 })
    expect(r.review.rejected).toEqual([
      { path: 'commitments[1]', message: 'Invalid input: expected object, received null' },
      { path: 'updates[0].value', message: 'expected a finite number' },
      { path: 'verdicts[0].commitmentId', message: expect.stringMatching(/no valid commitment/), dependsOn: pack.verdicts[0].commitmentId },
    ])
  })

  it('refuses whole when the frame is broken (a table is not an array)', () => {
    const pack = { ...testPack(), verdicts: {} }
    expect(reviewPack(pack, firstError(pack))).toMatchObject({ ok: false, error: { path: 'verdicts' } })
  })

  it('refuses whole when no record is to blame, so "keep valid" never imports a pack refused for a pack-level reason', () => {
    const pack = { ...testPack(), generatedBy: 'x'.repeat(5000) }
    expect(reviewPack(pack, firstError(pack))).toMatchObject({ ok: false, error: { path: 'generatedBy' } })
  })
})

describe('rejectedCsv', () => {
  it('writes one row per rejected record and defuses formula starts from the file', () => {
    const csv = rejectedCsv(
      [{ path: 'commitments[0].id', message: 'duplicate id "=HYPERLINK(1)"', dependsOn: '=cmd' }],
      'path,reason,depends on',
      (r) => r.message,
    )
    expect(csv).toBe('\uFEFFpath,reason,depends on\r\ncommitments[0].id,"duplicate id ""=HYPERLINK(1)""",\'=cmd\r\n')
  })
})

describe('reasonOf', () => {
  // every reason the checks produce for a wide set of hostile records has a message key
  const MUTATIONS: ((p: DataPack) => void)[] = [
    (p) => { any(p.commitments)[0] = null },
    (p) => { any(p.commitments)[0] = 7 },
    (p) => { any(p.commitments[0]).value = 'NaN' },
    (p) => { p.commitments[0].value = Infinity },
    (p) => { any(p.commitments[0]).kind = 'promise' },
    (p) => { any(p.commitments[0]).growth = 'yes' },
    (p) => { p.commitments[0].start = 1.5 },
    (p) => { p.commitments[0].start = -1 },
    (p) => { p.commitments[0].confidence = 2 },
    (p) => { p.commitments[0].quote = '' },
    (p) => { p.commitments[0].metric = 'x'.repeat(10_000_000) },
    (p) => { p.commitments[0].metric = 'x'.repeat(3000) },
    (p) => { p.commitments[1].quote = '<img src=x onerror=alert(1)>' },
    (p) => { p.commitments[2].id = p.commitments[0].id },
    (p) => { p.commitments[0].id = '' },
    (p) => { p.commitments[0].id = '<b>' },
    (p) => { p.commitments[0].id = 'a'.repeat(200) },
    (p) => { any(p.commitments[0]).id = 5 },
    (p) => { p.commitments[0].deadline = { date: '2023-02-29', precision: 'day' } },
    (p) => { p.commitments[0].createdAt = 'yesterday' },
    (p) => { p.commitments[0].sourceId = 'src-0' },
    (p) => { p.commitments[0].articleId = 'art-0' },
    (p) => { Object.defineProperty(p.commitments[0], '__proto__', { value: { polluted: 1 }, enumerable: true }) },
    (p) => { any(p.commitments[0]).original = JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20)) },
    (p) => { p.sources[0].url = 'javascript:alert(1)' },
    (p) => { any(p.sources[0]).url = 5 },
    (p) => { p.sources[0].textHash = 'zz' },
    (p) => { p.sources[0].text += ' ' },
    (p) => { p.sources.push({ ...p.sources[0], id: 'src-copy' }) },
    (p) => { p.articles[0].end = 1_000_000 },
    (p) => { p.updates[0].value = null },
    (p) => { p.updates[0].periodStart = '2099-01-01' },
    (p) => { p.updates[0].supersedes = 'upd-x' },
    (p) => { p.updates[0].commitmentId = 'cmt-gone' },
    (p) => { any(p.updates[0].evidence).url = 'x'.repeat(3000) },
    (p) => { p.verdicts[0].commitmentId = 'cmt-gone' },
  ]
  it.each(MUTATIONS.map((m, i) => [i, m] as const))('mutation %i: every strict and partial reason has a key', (_i, mutate) => {
    const pack = testPack()
    mutate(pack)
    const reasons = [firstError(pack).message]
    const partial = restorePackPartial(pack)
    if (partial.ok) reasons.push(...partial.rejected.map((r) => r.message))
    else reasons.push(partial.error.message)
    for (const m of reasons) expect(reasonOf(m), m).not.toBeNull()
  })

  it('covers the pack-level and file-level refusals', () => {
    const messages = [
      restorePackJson('{').ok === false ? (restorePackJson('{') as { error: { message: string } }).error.message : '',
      firstError({ ...testPack(), schemaVersion: 9 }).message,
      firstError({ ...testPack(), schemaVersion: 'x' }).message,
      firstError([]).message,
      firstError({ ...testPack(), updates: new Array(600_000).fill(0) }).message,
      'file too large: 250.0 MB (at most 200 MB)',
      'nested deeper than 64 levels: not a data pack',
      'could not read the file: NotReadableError',
    ]
    for (const m of messages) expect(reasonOf(m), m).not.toBeNull()
  })

  it('extracts the parameters and leaves unknown sentences alone', () => {
    expect(reasonOf('expected at most 2000 characters')).toEqual({ key: 'maxChars', params: { n: '2000' } })
    expect(reasonOf('duplicate id "c1" (also commitments[0])')).toEqual({ key: 'duplicateId', params: { id: 'c1', first: 'commitments[0]' } })
    expect(reasonOf('nested deeper than 64 levels: not a data pack')?.key).toBe('tooDeepFile')
    expect(reasonOf('something new')).toBeNull()
    expect(new Set(REASON_KEYS).size).toBe(REASON_KEYS.length)
  })
})
