// Errors are values: every pack check reports the first bad field as { path, message }.

export interface PackError {
  /** where the problem is, e.g. "commitments[3].value"; "(pack)" for the whole input */
  path: string
  message: string
}

export type RestoreResult<T> = { ok: true; pack: T } | { ok: false; error: PackError }

export const ROOT_PATH = '(pack)'

/** ['commitments', 3, 'value'] → "commitments[3].value" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? ROOT_PATH : out
}

/** "commitments[3].value: expected a finite number" — the one-line form for messages and logs. */
export function describeError(e: PackError): string {
  return `${e.path}: ${e.message}`
}
