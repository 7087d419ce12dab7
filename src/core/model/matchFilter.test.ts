import { describe, expect, it } from 'vitest'
import { testPack } from '../pack/testPack'
import type { CommitmentFilter } from './filter'
import { compareCommitments, matchesFilter } from './matchFilter'
import type { Commitment } from './types'

const [visitors, pavilion, projects] = testPack().commitments
const rows: Commitment[] = [visitors, { ...pavilion, status: 'overdue' }, { ...projects, deadline: null }]

// which of [visitors, pavilion, projects] each filter keeps
const CASES: [string, CommitmentFilter, boolean[]][] = [
  ['empty filter', {}, [true, true, true]],
  ['empty arrays mean any', { district: [], status: [] }, [true, true, true]],
  ['district', { district: ['老城区'] }, [true, true, false]],
  ['department', { department: ['市工业和信息化局'] }, [false, false, true]],
  ['category', { category: ['工业'] }, [false, false, true]],
  ['kind', { kind: ['milestone'] }, [false, true, false]],
  ['status', { status: ['overdue', 'behind'] }, [false, true, false]],
  ['deadline year', { year: [2024] }, [true, true, false]],
  ['year excludes rows with no deadline', { year: [2025] }, [false, false, false]],
  ['text in quote', { q: '3500万' }, [true, false, false]],
  ['text in owner, case and spaces ignored', { q: '  赵书政  ' }, [true, false, false]],
  ['every term must match', { q: '翠云阁 老城区' }, [false, true, false]],
  ['fields combine with AND', { district: ['老城区'], kind: ['target'] }, [true, false, false]],
]

describe('matchesFilter', () => {
  it.each(CASES)('%s', (_name, filter, expected) => {
    expect(rows.map((c) => matchesFilter(c, filter))).toEqual(expected)
  })
})

describe('compareCommitments', () => {
  const ids = (sorted: Commitment[]) => sorted.map((c) => c.id)
  it('sorts by deadline with undated rows last in both directions', () => {
    expect(ids([...rows].sort(compareCommitments({ key: 'deadline', dir: 'asc' })))).toEqual(ids([rows[1], rows[0], rows[2]]))
    expect(ids([...rows].sort(compareCommitments({ key: 'deadline', dir: 'desc' })))).toEqual(ids([rows[0], rows[1], rows[2]]))
  })
  it('sorts by value, overdue first by status, and by position in the page', () => {
    expect(ids([...rows].sort(compareCommitments({ key: 'value', dir: 'desc' })))).toEqual(ids([rows[0], rows[2], rows[1]]))
    expect(ids([...rows].sort(compareCommitments({ key: 'status', dir: 'asc' })))[0]).toBe(rows[1].id)
    expect(ids([...rows].reverse().sort(compareCommitments({ key: 'position', dir: 'asc' })))).toEqual(ids(rows))
  })
})
