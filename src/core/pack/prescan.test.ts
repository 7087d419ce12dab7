import { describe, expect, it } from 'vitest'
import { LIMITS } from './schema'
import { checkPackSize, MAX_JSON_DEPTH, MAX_PACK_BYTES, prescanPackJson } from './prescan'
import { restorePackJson } from './restore'
import { testPack } from './testPack'

const packJson = (over: Record<string, string> = {}) => {
  let json = JSON.stringify(testPack())
  for (const [table, items] of Object.entries(over)) json = json.replace(`"${table}":[`, `"${table}":[${items},`)
  return json
}

describe('checkPackSize', () => {
  it('accepts a 68 MB file (a 100,000-commitment pack) and refuses one over the limit, by size alone', () => {
    expect(checkPackSize(68 * 1024 * 1024)).toBeNull()
    expect(checkPackSize(MAX_PACK_BYTES)).toBeNull()
    expect(checkPackSize(MAX_PACK_BYTES + 1)).toMatchObject({ path: '(pack)', message: /file too large: 200\.0 MB \(at most 200 MB\)/ })
  })
})

describe('prescanPackJson', () => {
  it('passes a valid pack, and one with long strings, escaped quotes and brackets inside strings', () => {
    expect(prescanPackJson(packJson())).toBeNull()
    const tricky = JSON.stringify({ a: 'x'.repeat(10_000_000), b: '[[[[{{{"\\"]]', c: ['\\', '"', ',,,,'] })
    expect(prescanPackJson(tricky)).toBeNull()
  })

  it('refuses a table of a million items before parsing, naming the table', () => {
    const million = new Array(1_000_000).fill('0').join(',')
    expect(prescanPackJson(packJson({ updates: million }))).toEqual({ path: 'updates', message: `expected at most ${LIMITS.records} records` })
  })

  it('counts items, not commas inside strings or nested arrays', () => {
    const items = new Array(LIMITS.records - 1).fill('"a,b"').join(',')
    // LIMITS.records - 1 added + the 1 update already there = exactly the limit
    expect(prescanPackJson(packJson({ updates: items }))).toBeNull()
    expect(prescanPackJson(packJson({ updates: items + ',[1,2,3]' }))).toMatchObject({ path: 'updates' })
  })

  it('names a long array nested inside a record by its path', () => {
    const json = `{"commitments":[{"id":"a"},{"original":{"x":[${new Array(LIMITS.records + 1).fill(0).join(',')}]}}]}`
    expect(prescanPackJson(json)).toMatchObject({ path: 'commitments[1].original.x' })
  })

  it('refuses nesting 10,000 deep before JSON.parse sees it', () => {
    const deep = '{"sources":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}'
    expect(prescanPackJson(deep)).toEqual({ path: '(pack)', message: `nested deeper than ${MAX_JSON_DEPTH} levels: not a data pack` })
    expect(prescanPackJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeNull()
  })

  it('is what restorePackJson checks first', () => {
    expect(restorePackJson('['.repeat(100) + ']'.repeat(100))).toMatchObject({ ok: false, error: { message: /nested deeper than 64/ } })
  })
})
