// A cheap walk over untrusted input BEFORE schema parsing: refuses prototype-polluting keys,
// absurd nesting and oversized arrays or strings, so zod never spends time on hostile packs.
import { formatPath, type PackError } from './errors'
import { LIMITS } from './schema'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than any real pack (pack → table → record → evidence/deadline → value). */
export const MAX_DEPTH = 8

interface Found {
  /** path from the offending value up to the root (reversed while unwinding) */
  path: PropertyKey[]
  message: string
}

export function scanUntrusted(input: unknown): PackError | null {
  const found = visit(input, 0)
  return found ? { path: formatPath(found.path.reverse()), message: found.message } : null
}

// Recursion is safe here: it stops at MAX_DEPTH, so deep nesting cannot overflow the stack.
// Paths are only built on the way back from a problem, keeping the common case allocation-free.
function visit(value: unknown, depth: number): Found | null {
  if (typeof value === 'string') {
    return value.length > LIMITS.sourceText ? { path: [], message: `expected at most ${LIMITS.sourceText} characters` } : null
  }
  if (value === null || typeof value !== 'object') return null
  if (depth >= MAX_DEPTH) return { path: [], message: `nested deeper than ${MAX_DEPTH} levels` }
  if (Array.isArray(value)) {
    if (value.length > LIMITS.records) return { path: [], message: `expected at most ${LIMITS.records} records` }
    for (let i = 0; i < value.length; i++) {
      const found = visit(value[i], depth + 1)
      if (found) {
        found.path.push(i)
        return found
      }
    }
    return null
  }
  const keys = Object.keys(value)
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return { path: [key], message: 'forbidden key' }
  }
  for (const key of keys) {
    const found = visit((value as Record<string, unknown>)[key], depth + 1)
    if (found) {
      found.path.push(key)
      return found
    }
  }
  return null
}
