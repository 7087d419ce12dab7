import { describe, expect, it } from 'vitest'
import { DEFAULT_SORT, isFiltering, parseFilterQuery, parseSort, toFilterQuery, type Query } from './filterQuery'

describe('parseFilterQuery', () => {
  it.each<[string, Query, ReturnType<typeof parseFilterQuery>['filter']]>([
    ['empty', {}, {}],
    ['one district', { district: '老城区' }, { district: ['老城区'] }],
    ['repeated keys', { district: ['老城区', '西工区'] }, { district: ['老城区', '西工区'] }],
    ['duplicates and blanks dropped', { district: ['老城区', '', '老城区', null] }, { district: ['老城区'] }],
    ['unknown kind/status dropped', { kind: ['target', 'wish'], status: ['no_data', 'fine'] }, { kind: ['target'], status: ['no_data'] }],
    ['years as numbers', { year: ['2024', 'abc', '24'] }, { year: [2024] }],
    ['text trimmed', { q: '  游客 ' }, { q: '游客' }],
    ['blank text dropped', { q: '   ' }, {}],
  ])('%s', (_name, query, filter) => {
    expect(parseFilterQuery(query).filter).toEqual(filter)
  })
})

describe('parseSort', () => {
  it.each([
    [undefined, DEFAULT_SORT],
    ['deadline', { key: 'deadline', dir: 'asc' }],
    ['-value', { key: 'value', dir: 'desc' }],
    ['nonsense', DEFAULT_SORT],
    [['status', '-value'], { key: 'status', dir: 'asc' }],
  ] as const)('%j', (v, sort) => expect(parseSort(v as Query[string])).toEqual(sort))
})

describe('toFilterQuery', () => {
  it('round-trips through the URL shape', () => {
    const filter = { district: ['老城区', '西工区'], kind: ['target' as const], year: [2024], q: '游客' }
    const sort = { key: 'value' as const, dir: 'desc' as const }
    const query = toFilterQuery(filter, sort)
    expect(query).toEqual({ district: ['老城区', '西工区'], kind: ['target'], year: ['2024'], q: '游客', sort: '-value' })
    expect(parseFilterQuery(query)).toEqual({ filter, sort })
  })

  it('leaves out empty arrays, blank text and the default sort', () => {
    expect(toFilterQuery({ district: [], q: ' ' }, DEFAULT_SORT)).toEqual({})
  })

  it('isFiltering tells an empty filter from a narrowing one', () => {
    expect(isFiltering({ district: [] })).toBe(false)
    expect(isFiltering({ status: ['no_data'] })).toBe(true)
  })
})
