import { describe, expect, it } from 'vitest'
import { storageFailureOf } from './storageError'

describe('storageFailureOf', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['AbortError', 'abort'],
    ['UnknownError', 'unknown'],
    ['VersionError', 'version'],
  ] as const)('names %s as %s', (name, kind) => {
    expect(storageFailureOf({ path: '(database)', name })).toBe(kind)
  })

  it('counts any other database error as unknown', () => {
    expect(storageFailureOf({ path: '(database)', name: 'DatabaseClosedError' })).toBe('unknown')
    expect(storageFailureOf({ path: '(database)' })).toBe('unknown')
  })

  it('leaves input errors (a named field) to the form', () => {
    expect(storageFailureOf({ path: 'commitmentId' })).toBeNull()
    expect(storageFailureOf({ path: 'evidence.url', name: 'ZodError' })).toBeNull()
  })
})
