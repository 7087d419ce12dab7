import { describe, expect, it } from 'vitest'
import { attachOutcomes, matchCommitment } from './outcomes'
import { restorePack } from './restore'
import { testPack } from './testPack'

const evidence = { url: 'https://example.org/a', quote: '投产', publisher: '河南日报', publishedOn: '2024-07-21' }

describe('attachOutcomes', () => {
  const base = () => ({ ...testPack(), updates: [], verdicts: [] })

  it('attaches an outcome to the commitment whose quote contains its quote', () => {
    const r = attachOutcomes(base(), { updates: [{ commitmentQuote: '接待游客超过3500万人次', observedOn: '2024-09-30', periodStart: '2024-01-01', value: 31530000, unit: '人次', evidence }] }, '2025-06-01T00:00:00.000Z')
    expect(r.warnings).toEqual([])
    expect(r.pack.updates).toHaveLength(1)
    expect(r.pack.updates[0]).toMatchObject({ commitmentId: r.pack.commitments[0].id, value: 31530000, enteredBy: 'seed', origin: 'person', evidence })
    expect(restorePack(r.pack).ok).toBe(true)
  })

  it('keeps two conflicting reports of one milestone, with distinct ids', () => {
    const q = '翠云阁“十一”建成开放'
    const r = attachOutcomes(base(), { updates: [
      { commitmentQuote: q, observedOn: '2024-07-20', state: 'done', evidence },
      { commitmentQuote: q, observedOn: '2024-12-31', state: 'under way', evidence },
    ] }, '2025-06-01T00:00:00.000Z')
    expect(r.pack.updates.map((u) => [u.observedOn, u.state])).toEqual([['2024-07-20', 'done'], ['2024-12-31', 'under_way']])
    expect(r.pack.updates[0].id).not.toBe(r.pack.updates[1].id)
  })

  it('skips with a warning when no commitment holds the quote, never guessing', () => {
    const r = attachOutcomes(base(), { updates: [{ commitmentQuote: '地区生产总值增长7%', observedOn: '2024-12-31', value: 4.9, evidence }] }, '2025-06-01T00:00:00.000Z')
    expect(r.pack.updates).toEqual([])
    expect(r.warnings[0]).toMatch(/地区生产总值增长7%/)
  })

  it('prefers an exact quote over a longer one containing it', () => {
    const [a, b] = testPack().commitments
    expect(matchCommitment([{ ...a, quote: b.quote + '等' }, b], b.quote)).toBe(b)
  })
})
