import { describe, expect, it } from 'vitest'
import type { DataPack, Link } from '../model/types'
import { restorePack, restorePackJson } from './restore'
import { upgradePack } from './upgrade'
import { testPack } from './testPack'

type Mutate = (p: DataPack & Record<string, unknown>) => void
const mut = (f: Mutate) => f

function link(p: DataPack, over: Partial<Link> = {}): Link {
  return {
    id: 'lnk-1', fromId: p.commitments[0].id, toId: p.commitments[1].id, relation: 'raised', state: 'confirmed',
    score: 0.9, decidedBy: 'reporter', decidedAt: '2025-01-10T08:00:00.000Z', ...over,
  }
}

// Each row breaks one thing in an otherwise valid pack and names the field the user must fix.
const BAD: [string, Mutate, string, RegExp][] = [
  ['NaN value', mut((p) => { p.commitments[0].value = NaN }), 'commitments[0].value', /finite number/],
  ['Infinity value', mut((p) => { p.commitments[2].value = Infinity }), 'commitments[2].value', /finite number/],
  ['string value', mut((p) => { (p.commitments[1] as unknown as Record<string, unknown>).value = '700' }), 'commitments[1].value', /finite number/],
  ['unknown kind', mut((p) => { (p.commitments[1] as unknown as Record<string, unknown>).kind = 'promise' }), 'commitments[1].kind', /expected one of target/],
  ['unknown status', mut((p) => { (p.commitments[0] as unknown as Record<string, unknown>).status = 'great' }), 'commitments[0].status', /expected one of/],
  ['impossible date', mut((p) => { p.commitments[0].deadline = { date: '2023-02-29', precision: 'day' } }), 'commitments[0].deadline.date', /real date/],
  ['month 13', mut((p) => { p.updates[0].observedOn = '2024-13-01' }), 'updates[0].observedOn', /real date/],
  ['bad timestamp', mut((p) => { p.sources[0].importedAt = 'yesterday' }), 'sources[0].importedAt', /ISO date-time/],
  ['javascript: url', mut((p) => { p.updates[0].evidence.url = 'javascript:alert(1)' }), 'updates[0].evidence.url', /http\(s\)/],
  ['data: url', mut((p) => { p.sources[0].url = 'data:text/html,<b>x</b>' }), 'sources[0].url', /http\(s\)/],
  ['empty quote', mut((p) => { p.commitments[0].quote = '' }), 'commitments[0].quote', /non-empty/],
  ['quote too long', mut((p) => { p.updates[0].evidence.quote = 'x'.repeat(30_000) }), 'updates[0].evidence.quote', /at most/],
  ['confidence 2', mut((p) => { p.commitments[0].confidence = 2 }), 'commitments[0].confidence', /0 to 1/],
  ['fractional offset', mut((p) => { p.commitments[0].start = 1.5 }), 'commitments[0].start', /whole number/],
  ['missing table', mut((p) => { delete (p as Record<string, unknown>).verdicts }), 'verdicts', /array/],
  ['__proto__ key', mut((p) => { Object.defineProperty(p.commitments[2], '__proto__', { value: { polluted: true }, enumerable: true }) }), 'commitments[2].__proto__', /forbidden/],
  ['constructor key', mut((p) => { Object.defineProperty(p.updates[0].evidence, 'constructor', { value: 'x', enumerable: true }) }), 'updates[0].evidence.constructor', /forbidden/],
  ['deep nesting', mut((p) => { let o: Record<string, unknown> = {}; (p.commitments[0] as unknown as Record<string, unknown>).original = o; for (let i = 0; i < 20; i++) { o.x = {}; o = o.x as Record<string, unknown> } }), 'commitments[0].original.x.x.x.x.x', /nested deeper/],
  ['10 MB string', mut((p) => { p.sources[0].title = 'x'.repeat(10_000_000) }), 'sources[0].title', /at most/],
  ['duplicate commitment id', mut((p) => { p.commitments[2].id = p.commitments[0].id }), 'commitments[2].id', /duplicate id .* \(also commitments\[0\]\)/],
  ['dangling sourceId', mut((p) => { p.commitments[1].sourceId = 'src-0000000000000000' }), 'commitments[1].sourceId', /no source/],
  ['dangling articleId', mut((p) => { p.commitments[1].articleId = 'art-nope' }), 'commitments[1].articleId', /no article/],
  ['quote not at offsets', mut((p) => { p.commitments[1].start += 1 }), 'commitments[1].quote', /exactly the source text/],
  ['span past the text', mut((p) => { p.articles[0].end = 100_000 }), 'articles[0].end', /length/],
  ['dangling update', mut((p) => { p.updates[0].commitmentId = 'cmt-gone' }), 'updates[0].commitmentId', /no commitment/],
  ['dangling verdict', mut((p) => { p.verdicts[0].commitmentId = 'cmt-gone' }), 'verdicts[0].commitmentId', /no commitment/],
  ['update with no value or state', mut((p) => { p.updates[0].value = null }), 'updates[0].value', /value or a milestone state/],
  ['supersedes unknown', mut((p) => { p.updates[0].supersedes = 'upd-x' }), 'updates[0].supersedes', /no earlier update/],
  ['text edited after hashing', mut((p) => { p.sources[0].text = p.sources[0].text + ' ' }), 'sources[0].textHash', /does not match/],
  ['link to a missing commitment', mut((p) => { p.links = [link(p, { toId: 'cmt-gone' })] }), 'links[0].toId', /no commitment/],
  ['link to itself', mut((p) => { p.links = [link(p, { toId: p.commitments[0].id })] }), 'links[0].toId', /another commitment/],
  ['unknown link relation', mut((p) => { p.links = [link(p, { relation: 'copied' as Link['relation'] })] }), 'links[0].relation', /expected one of restated/],
  ['duplicate link id', mut((p) => { p.links = [link(p), link(p)] }), 'links[1].id', /duplicate id/],
  ['newer schema', mut((p) => { p.schemaVersion = 2 }), 'schemaVersion', /newer version/],
  ['no schemaVersion', mut((p) => { delete (p as Record<string, unknown>).schemaVersion }), 'schemaVersion', /whole number/],
]

describe('restorePack', () => {
  it('accepts a valid pack and returns it unchanged in content', () => {
    const pack = testPack()
    const r = restorePack(JSON.parse(JSON.stringify(pack)))
    expect(r).toEqual({ ok: true, pack })
  })

  it.each(BAD)('refuses %s, naming %s', (_name, mutate, path, message) => {
    const pack = testPack() as DataPack & Record<string, unknown>
    mutate(pack)
    const r = restorePack(pack)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.path).toBe(path)
      expect(r.error.message).toMatch(message)
    }
  })

  it('keeps lineage links, and accepts packs written before links existed', () => {
    const pack = testPack()
    pack.links = [link(pack)]
    expect(restorePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, pack })
    const old = testPack()
    delete old.links
    const r = restorePack(old)
    expect(r.ok && r.pack.links).toBeUndefined()
  })

  it.each([null, 42, 'pack', [], undefined])('refuses a non-object input %j', (input) => {
    expect(restorePack(input)).toMatchObject({ ok: false, error: { path: '(pack)' } })
  })

  it('names the first bad record when several are bad', () => {
    const pack = testPack()
    pack.commitments[2].value = NaN
    pack.commitments[1].value = NaN
    expect(restorePack(pack)).toMatchObject({ ok: false, error: { path: 'commitments[1].value' } })
  })

  it('refuses __proto__ arriving through JSON.parse, without polluting Object.prototype', () => {
    const json = JSON.stringify(testPack()).replace('"sources":[{', '"sources":[{"__proto__":{"polluted":1},')
    expect(restorePackJson(json)).toMatchObject({ ok: false, error: { path: 'sources[0].__proto__' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a million-item table before validating records', () => {
    const pack = testPack() as unknown as Record<string, unknown>
    pack.updates = new Array(1_000_000).fill(0)
    expect(restorePack(pack)).toMatchObject({ ok: false, error: { path: 'updates', message: /at most/ } })
  })

  it('drops unknown fields rather than storing them', () => {
    const pack = testPack() as unknown as { commitments: Record<string, unknown>[] }
    pack.commitments[0].extra = '<script>'
    const r = restorePack(pack)
    expect(r.ok && 'extra' in r.pack.commitments[0]).toBe(false)
  })

  it('reports malformed JSON as a value', () => {
    expect(restorePackJson('{"schemaVersion":1,')).toMatchObject({ ok: false, error: { path: '(pack)', message: /not valid JSON/ } })
  })
})

describe('upgradePack', () => {
  it('applies each step from an older version up to the current one', () => {
    const steps = { 1: (p: Record<string, unknown>) => ({ ...p, renamed: p.old }), 2: (p: Record<string, unknown>) => ({ ...p, twice: true }) }
    const r = upgradePack({ schemaVersion: 1, old: 'x' }, steps, 3)
    expect(r).toEqual({ ok: true, pack: { schemaVersion: 3, old: 'x', renamed: 'x', twice: true } })
  })

  it('reports a failing step as a value', () => {
    const r = upgradePack({ schemaVersion: 1 }, { 1: () => { throw new Error('boom') } }, 2)
    expect(r).toMatchObject({ ok: false, error: { path: 'schemaVersion', message: /upgrade from schema 1 failed: Error: boom/ } })
  })
})
