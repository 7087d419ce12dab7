import { describe, expect, it } from 'vitest'
import type { DataPack } from '../model/types'
import { restorePackPartial } from './partial'
import { restorePack } from './restore'
import { testPack } from './testPack'

type Raw = DataPack & Record<string, unknown>
const any = (x: unknown) => x as Record<string, unknown>

// [what is wrong, how, rejected paths, records kept per table]
const CASES: [string, (p: Raw) => void, string[], Partial<Record<keyof DataPack, number>>][] = [
  ['nothing', () => {}, [], { commitments: 3, updates: 1, verdicts: 1 }],
  ['a null record', (p) => { any(p.commitments)[1] = null }, ['commitments[1]', 'verdicts[0].commitmentId'], { commitments: 2, verdicts: 0 }],
  ['a wrong type', (p) => { any(p.commitments[2]).growth = 'yes' }, ['commitments[2].growth'], { commitments: 2 }],
  ['NaN', (p) => { p.updates[0].value = NaN }, ['updates[0].value'], { updates: 0, commitments: 3 }],
  ['an unknown enum', (p) => { any(p.verdicts[0]).verdict = 'great' }, ['verdicts[0].verdict'], { verdicts: 0 }],
  ['a duplicate id', (p) => { p.commitments[2].id = p.commitments[0].id }, ['commitments[2].id'], { commitments: 2 }],
  ['a 10 MB string', (p) => { p.commitments[0].metric = 'x'.repeat(10_000_000) }, ['commitments[0].metric', 'updates[0].commitmentId'], { commitments: 2, updates: 0 }],
  ['deep nesting', (p) => { any(p.commitments[0]).original = JSON.parse('{"a":'.repeat(50) + '1' + '}'.repeat(50)) }, ['commitments[0].original.a.a.a.a.a.a.a', 'updates[0].commitmentId'], { commitments: 2, updates: 0 }],
  ['a __proto__ key', (p) => { Object.defineProperty(p.updates[0], '__proto__', { value: {}, enumerable: true }) }, ['updates[0].__proto__'], { updates: 0 }],
  ['HTML in a quote that is not the source text', (p) => { p.commitments[1].quote = '<img src=x onerror=alert(1)>' }, ['commitments[1].quote', 'verdicts[0].commitmentId'], { commitments: 2, verdicts: 0 }],
  ['a bad source takes its records with it', (p) => { p.sources[0].url = 'javascript:void 0' }, ['sources[0].url', 'articles[0].sourceId', 'commitments[0].sourceId', 'commitments[1].sourceId', 'commitments[2].sourceId', 'updates[0].commitmentId', 'verdicts[0].commitmentId'], { sources: 0, commitments: 0 }],
]

describe('restorePackPartial', () => {
  it.each(CASES)('with %s: lists the rejected records and keeps the rest', (_name, mutate, paths, kept) => {
    const pack = testPack() as Raw
    mutate(pack)
    const r = restorePackPartial(pack)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.rejected.map((e) => e.path)).toEqual(paths)
    for (const [table, n] of Object.entries(kept)) expect(r.pack[table as keyof DataPack], table).toHaveLength(n as number)
    // what is kept always passes the strict gate
    expect(restorePack(r.pack).ok).toBe(true)
  })

  it('drops a correction whose corrected update was rejected', () => {
    const pack = testPack()
    pack.updates.push({ ...pack.updates[0], id: 'upd-fix', supersedes: 'upd-test-1' })
    pack.updates[0].observedOn = '2024-02-30'
    const r = restorePackPartial(pack)
    expect(r.ok && r.rejected.map((e) => e.path)).toEqual(['updates[0].observedOn', 'updates[1].supersedes'])
  })

  it.each<[string, unknown, string]>([
    ['not an object', [1, 2], '(pack)'],
    ['a newer schema', { ...testPack(), schemaVersion: 9 }, 'schemaVersion'],
    ['a table that is not an array', { ...testPack(), commitments: {} }, 'commitments'],
    ['a million items', { ...testPack(), updates: new Array(1_000_000).fill(null) }, 'updates'],
  ])('still refuses the whole pack when it has %s', (_name, input, path) => {
    expect(restorePackPartial(input)).toMatchObject({ ok: false, error: { path } })
  })
})
