// A part of the app's code that could not be fetched (offline with a cache from before this part
// existed, or a new version deployed under it). Browsers word it differently; the user needs to
// hear "the code is missing, nothing changed", not the browser's message with a URL in it.
const PATTERNS = [/dynamically imported module/i, /importing a module script failed/i, /failed to load module script/i]

export function isChunkLoadError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : ''
  return PATTERNS.some((p) => p.test(message))
}
