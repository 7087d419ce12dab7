// Source URLs come from imported files and packs: only http(s) may become a link (no javascript:, data:, file:).
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null
  let u: URL
  try {
    u = new URL(raw.trim())
  } catch {
    return null
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
}
