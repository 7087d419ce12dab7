// Which stored commitments an upgrade refuses to build counts from (it then fails and names the row).
import { describe, expect, it } from 'vitest'
import { commitmentRowProblem } from './upgrade'

const ok = { id: 'c1', kind: 'target', status: 'no_data', district: '老城区', department: null, category: undefined, deadline: { date: '2024-12-31', precision: 'year' } }

describe('commitmentRowProblem', () => {
  it('accepts a row with text or empty owners and a text or missing deadline', () => {
    expect(commitmentRowProblem(ok)).toBeNull()
    expect(commitmentRowProblem({ ...ok, deadline: null })).toBeNull()
    expect(commitmentRowProblem({ ...ok, deadline: { date: null, precision: 'year' } })).toBeNull()
  })

  it.each([
    ['not a record', null, 'not a record'],
    ['a string row', 'cmt', 'not a record'],
    ['no kind', { ...ok, kind: undefined }, 'kind is missing'],
    ['no status', { ...ok, status: 3 }, 'status is missing'],
    ['a district that is a number', { ...ok, district: 41 }, 'district is not text'],
    ['a category that is an object', { ...ok, category: { name: '文旅' } }, 'category is not text'],
    ['a deadline that is text', { ...ok, deadline: '2024-12-31' }, 'deadline is not a record'],
    ['a deadline date stored as a number', { ...ok, deadline: { date: 20241231, precision: 'day' } }, 'deadline.date is not text'],
  ])('refuses %s', (_name, row, problem) => {
    expect(commitmentRowProblem(row)).toBe(problem)
  })
})
