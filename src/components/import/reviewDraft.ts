// The review's draft in this tab's sessionStorage (see ReviewDraft in draft.ts): written as the
// person works, read when the same text is extracted again after a reload, forgotten on save or
// discard. Storage can be blocked or full: the draft is a safety net, never a reason to fail.
import { parseReviewDraft, type ReviewDraft } from './draft'

const KEY = 'pledge-ledger.draft.import.review'

export function loadReviewDraft(): ReviewDraft | null {
  try {
    return parseReviewDraft(globalThis.sessionStorage?.getItem(KEY) ?? null)
  } catch {
    return null
  }
}

export function saveReviewDraft(draft: ReviewDraft): void {
  try {
    if (Object.keys(draft.items).length === 0 && Object.keys(draft.decisions).length === 0) globalThis.sessionStorage?.removeItem(KEY)
    else globalThis.sessionStorage?.setItem(KEY, JSON.stringify(draft))
  } catch {
    // quota or blocked storage: the review goes on without a draft
  }
}

export function forgetReviewDraft(): void {
  try {
    globalThis.sessionStorage?.removeItem(KEY)
  } catch {
    // nothing to forget
  }
}
