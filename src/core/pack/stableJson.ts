// Deterministic JSON for packs: the same pack always serialises to the same bytes, so a
// committed pack can be compared with a fresh build and export → import → export is identical.

/** Sorted object keys at every level, 2-space indent, trailing newline. Array order is kept. */
export function stablePackJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    // undefined is not JSON; dropping it here keeps optional fields from changing the bytes
    if (v !== undefined) out[key] = sortKeys(v)
  }
  return out
}
