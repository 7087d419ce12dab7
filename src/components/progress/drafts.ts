// Unsaved form input survives a reload (sessionStorage, one draft per form and commitment) and the
// name of who enters updates is remembered across sessions (localStorage). Storage can be blocked
// (private mode, quota): every access is guarded so a form never breaks because of it.
import { reactive, watch, type Ref } from 'vue'

const PREFIX = 'pledge-ledger.'
const ENTERED_BY = `${PREFIX}enteredBy`

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key)
    else storage?.setItem(key, value)
  } catch {
    // the draft is a convenience: losing it must not break the form
  }
}

const session = () => globalThis.sessionStorage as Storage | undefined
const local = () => globalThis.localStorage as Storage | undefined

export function draftKey(form: string, commitmentId: string): string {
  return `${PREFIX}draft.${form}.${commitmentId}`
}

/**
 * A reactive form state restored from this tab's draft for `key` and saved back on every change.
 * Only the fields of `initial` are restored, with their types, so an old or tampered draft cannot
 * inject anything else.
 */
export function useDraft<T extends Record<string, string | boolean>>(key: Ref<string>, initial: () => T) {
  const state = reactive(initial()) as T
  const restore = () => {
    const fresh = initial()
    let saved: Record<string, unknown> = {}
    try {
      saved = JSON.parse(read(session(), key.value) ?? '{}') as Record<string, unknown>
    } catch {
      saved = {}
    }
    for (const k of Object.keys(fresh) as (keyof T)[]) {
      const v = saved[k as string]
      ;(state as Record<keyof T, unknown>)[k] = typeof v === typeof fresh[k] ? v : fresh[k]
    }
  }
  restore()
  watch(key, restore)
  let skip = false
  watch(
    state,
    () => {
      if (skip) skip = false
      else write(session(), key.value, JSON.stringify(state))
    },
    { deep: true },
  )
  /** Forget the draft and reset the fields (after a save). */
  const clear = (keep: Partial<T> = {}) => {
    skip = true
    Object.assign(state, initial(), keep)
    write(session(), key.value, null)
  }
  return { state, clear }
}

/** Forget a form's draft without a mounted form (the import text once its pages are saved). */
export function forgetDraft(key: string): void {
  write(session(), key, null)
}

/** A draft that is not one form's fields (the import review's edits): this tab's stored text, or null. */
export function readDraft(key: string): string | null {
  return read(session(), key)
}

/** Stores such a draft; null forgets it. Blocked or full storage is ignored, as for the forms. */
export function writeDraft(key: string, value: string | null): void {
  write(session(), key, value)
}

export function rememberedEnteredBy(): string {
  return read(local(), ENTERED_BY) ?? ''
}

export function rememberEnteredBy(name: string): void {
  if (name.trim()) write(local(), ENTERED_BY, name.trim())
}
