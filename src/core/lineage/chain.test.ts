import { describe, expect, it } from 'vitest'
import type { Commitment, Link } from '../model/types'
import { chainOf, dropped, linkFromSuggestion, type ChainEntry } from './chain'
import { suggestLinks } from './suggest'
import { commitment } from './testCommitment'

const DATES: Record<string, string> = { s23: '2023-01-10', s24: '2024-01-14', s25: '2025-01-15', s26: '2026-01-12' }
const dateOf = (id: string) => DATES[id] ?? null
const owner = { district: '老城区', department: '老城区委' }
const v23 = commitment({ id: 'v23', sourceId: 's23', quote: '接待游客3000万人次', metric: '接待游客', value: 30e6, unit: '人次', ...owner })
const v24 = commitment({ id: 'v24', sourceId: 's24', quote: '接待游客3500万人次', metric: '接待游客', value: 35e6, unit: '人次', ...owner })
const v25 = commitment({ id: 'v25', sourceId: 's25', quote: '接待游客4000万人次', metric: '接待游客', value: 40e6, unit: '人次', ...owner })
const other25 = commitment({ id: 'o25', sourceId: 's25', kind: 'milestone', quote: '九都路年底通车', ...owner })
const other26 = commitment({ id: 'o26', sourceId: 's26', kind: 'milestone', quote: '九都路改造完工', ...owner })
const byId = new Map([v23, v24, v25, other25, other26].map((c) => [c.id, c]))

const link = (fromId: string, toId: string, state: Link['state'] = 'confirmed'): Link => ({
  id: `${fromId}-${toId}`, fromId, toId, relation: 'raised', state, score: 1, decidedBy: 'me', decidedAt: '2025-02-01',
})

describe('linkFromSuggestion', () => {
  it('makes a suggested link whose id depends only on the pair', () => {
    const [s] = suggestLinks([v25], [v24], { sourceDate: dateOf })
    const l = linkFromSuggestion(s)
    expect(l).toMatchObject({ fromId: 'v24', toId: 'v25', relation: 'raised', state: 'suggested', decidedBy: null, decidedAt: null })
    expect(linkFromSuggestion({ ...s, score: 0.1 }).id).toBe(l.id)
    expect(l.id).toMatch(/^lnk-[0-9a-f]{16}$/)
  })
})

describe('chainOf', () => {
  const links = [link('v24', 'v25'), link('v23', 'v24')]
  it('follows confirmed links both ways, oldest first, from any member', () => {
    for (const id of ['v23', 'v24', 'v25']) expect(chainOf(id, links, byId, dateOf).map((e) => e.commitment.id)).toEqual(['v23', 'v24', 'v25'])
    expect(chainOf('v25', links, byId, dateOf).map((e) => e.link?.id ?? null)).toEqual([null, 'v23-v24', 'v24-v25'])
  })
  it('ignores rejected and, by default, suggested links', () => {
    const mixed = [link('v24', 'v25', 'rejected'), link('v23', 'v24', 'suggested')]
    expect(chainOf('v24', mixed, byId, dateOf).map((e) => e.commitment.id)).toEqual(['v24'])
    expect(chainOf('v24', mixed, byId, dateOf, ['confirmed', 'suggested']).map((e) => e.commitment.id)).toEqual(['v23', 'v24'])
  })
})

describe('dropped', () => {
  const entry = (c: Commitment): ChainEntry => ({ commitment: c, publishedOn: dateOf(c.sourceId), link: null })
  const s25 = { id: 's25', publishedOn: '2025-01-15', commitments: [v25, other25] }
  const s26 = { id: 's26', publishedOn: '2026-01-12', commitments: [other26] }
  const elsewhere = { id: 's26x', publishedOn: '2026-01-12', commitments: [commitment({ id: 'w', sourceId: 's26x', quote: '西工区…', district: '西工区', department: '西工区委' })] }

  it.each([
    ['restated through 2025, absent from the 2026 report', [v23, v24, v25], [s25, s26], 's26'],
    ['restated in the latest report: not dropped', [v23, v24, v25], [s25], null],
    ['the owner reported in 2025 without it', [v23, v24], [s25], 's25'],
    ['no later report from the owner', [v23, v24, v25], [elsewhere], null],
    ['a later report of the owner with only facts', [v24, v25], [{ id: 's26', publishedOn: '2026-01-12', commitments: [commitment({ id: 'f', sourceId: 's26', kind: 'fact', quote: '接待游客3900万人次', ...owner })] }], null],
    ['a report older than the last restatement', [v24, v25], [{ ...s26, publishedOn: '2024-06-01' }], null],
  ] as const)('%s', (_name, chain, later, expected) => {
    const chainEntries = chain.map(entry)
    const r = dropped(chainEntries, later)
    expect(r?.sourceId ?? null).toBe(expected)
  })
})
