// The review's draft in this tab's sessionStorage (see ReviewDraft in draft.ts): written as the
// person works, read when the same text is extracted again after a reload, forgotten on save or
// discard. Storage access is guarded in drafts.ts: the draft is a safety net, never a reason to fail.
import { draftKey, forgetDraft, readDraft, writeDraft } from '@/components/progress/drafts'
import { parseReviewDraft, type ReviewDraft } from './draft'

const KEY = draftKey('import', 'review')

export function loadReviewDraft(): ReviewDraft | null {
  return parseReviewDraft(readDraft(KEY))
}

export function saveReviewDraft(draft: ReviewDraft): void {
  const empty = Object.keys(draft.items).length === 0 && Object.keys(draft.decisions).length === 0
  writeDraft(KEY, empty ? null : JSON.stringify(draft))
}

export function forgetReviewDraft(): void {
  forgetDraft(KEY)
}
