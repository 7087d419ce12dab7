// Small pure hashing and id helpers shared by the pack builder and the database layer.
// No node:crypto here: core runs unchanged in the browser, a worker and Node.

const encoder = new TextEncoder()

/**
 * FNV-1a 64-bit over the UTF-8 bytes of `text`, as 16 lowercase hex digits.
 * Computed on four 16-bit limbs so it stays fast without BigInt.
 */
export function fnv1a64(text: string): string {
  const bytes = encoder.encode(text)
  // offset basis 0xcbf29ce484222325, least significant limb first
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3 (2^40 = limb 2 shifted by 8 bits)
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3
    const t2 = h2 * 0x1b3 + (h0 << 8)
    const t3 = h3 * 0x1b3 + (h1 << 8)
    h1 = t1 + (t0 >>> 16)
    h0 = t0 & 0xffff
    h2 = t2 + (h1 >>> 16)
    h1 &= 0xffff
    h3 = (t3 + (h2 >>> 16)) & 0xffff
    h2 &= 0xffff
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0)
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0')
}

/** The id of a source: derived from its text, so the same page imported twice is one source. */
export function sourceIdFor(text: string): string {
  return `src-${fnv1a64(text)}`
}

/** The hex part of a source id, used as the stem of its articles' and commitments' ids. */
export function sourceStem(sourceId: string): string {
  return sourceId.startsWith('src-') ? sourceId.slice(4) : fnv1a64(sourceId)
}

/** A fresh random id for records a person creates (updates, verdicts, edits). */
export function newId(prefix: string): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') return `${prefix}-${c.randomUUID()}`
  // fallback for old runtimes: time + random, still unique enough for one user's device
  return `${prefix}-${Date.now().toString(16)}-${Math.random().toString(16).slice(2, 14)}`
}
