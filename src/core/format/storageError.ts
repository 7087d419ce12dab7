// Which storage failure a failed write was, so every form can say the same thing in plain words.
// The db layer reports failures as { path, message, name? }: a validation problem names a field,
// a storage problem has path '(database)' and the DOMException/Dexie error name.

/** What went wrong when the browser's database refused a write. */
export type StorageFailure = 'quota' | 'abort' | 'unknown' | 'version'

export const DATABASE_PATH = '(database)'

const BY_NAME: Record<string, StorageFailure> = {
  QuotaExceededError: 'quota',
  AbortError: 'abort',
  UnknownError: 'unknown',
  VersionError: 'version',
}

/**
 * The storage failure behind a write error, or null when the error is about the input (a field).
 * A database error with any other name (DatabaseClosedError, InvalidStateError, …) counts as
 * 'unknown': the person still needs to hear that nothing was saved and to back up.
 */
export function storageFailureOf(error: { path: string; name?: string }): StorageFailure | null {
  const known = error.name ? BY_NAME[error.name] : undefined
  if (known) return known
  return error.path === DATABASE_PATH ? 'unknown' : null
}
