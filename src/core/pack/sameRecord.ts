// Whether an incoming record equals the stored one, field by field: a re-import of the app's own
// export must be told apart from a real change, so that nothing is rewritten and the message does
// not call unchanged rows "updated". Key order does not matter and a field holding undefined is the
// same as a missing one (IndexedDB and JSON both drop it).

export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN is never stored (the pack schema refuses it), so plain inequality is the answer here
    return false
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameRecord(a[i], b[i])) return false
    return true
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined)
  const ka = keys(ra)
  if (ka.length !== keys(rb).length) return false
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(rb, k) || !sameRecord(ra[k], rb[k])) return false
  return true
}
