// A cheap walk over untrusted input BEFORE schema parsing: refuses prototype-polluting keys,
// absurd nesting and oversized arrays or strings, so zod never spends time on hostile packs.
import { formatPath, type PackError } from './errors'
import { LIMITS } from './schema'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than any real pack (pack → table → record → evidence/deadline → value). */
export const MAX_DEPTH = 8

export function scanUntrusted(input: unknown): PackError | null {
  // an explicit stack rather than recursion: deep nesting must not overflow the call stack
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > LIMITS.sourceText) {
        return { path: formatPath(path), message: `expected at most ${LIMITS.sourceText} characters` }
      }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (path.length >= MAX_DEPTH) {
      return { path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` }
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.records) {
        return { path: formatPath(path), message: `expected at most ${LIMITS.records} records` }
      }
      // push in reverse so records are visited in document order and the FIRST bad one is named
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const keys = Object.keys(value)
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { path: formatPath([...path, key]), message: 'forbidden key' }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: (value as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] })
    }
  }
  return null
}
