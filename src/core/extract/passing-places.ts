// Places a text names in passing, not as its subject: a partner it works with (与某市…帮扶合作,
// 对口某县, 赴某市考察) and a place name used as a label with a number (某区-2, a plot or zone code).
// They neither vote for the page's city nor own its commitments; the text's own subject does.
import type { PlaceHit } from './places'

// the words right before a partner's name (与 / 同 / 和 … 合作, 对口支援某县, 赴某市, 援某)
const BEFORE = /(?:与|同|赴|对口|援建|援助|支援|帮扶|结对)$/
// the words right after a partner's name (…帮扶合作, …对口协作); 与某市 alone is also a subject pair
// (与某区签署…), so 与 / 同 need one of these after the name
const AFTER = /^(?:持续|深化|深入|开展|建立|加强|签署|携手)?[\u4e00-\u9fa5]{0,4}?(?:帮扶|对口|协作|合作|结对)/
const STRONG_BEFORE = /(?:赴|对口|援建|援助|支援|帮扶|结对)$/
// 某区-2, 某区—3: a label, not the division
const LABEL_NUMBER = /^[-－—–]\s*[0-9０-９]/

/** Whether the hit is a partner or a numbered label rather than a place the text speaks for. */
// the last characters of the words in BEFORE / STRONG_BEFORE and the first of LABEL_NUMBER: most
// hits have neither next to them, and are passed over without a slice or a pattern
const BEFORE_LAST = new Set('与同赴口建助援扶对')
const LABEL_FIRST = new Set('-－—–')

export function passingMention(view: string, h: PlaceHit): boolean {
  const next = view[h.end]
  if (next !== undefined && LABEL_FIRST.has(next) && LABEL_NUMBER.test(view.slice(h.end, h.end + 3))) return true
  if (h.start === 0 || !BEFORE_LAST.has(view[h.start - 1])) return false
  const before = view.slice(Math.max(0, h.start - 4), h.start)
  if (STRONG_BEFORE.test(before)) return true
  return BEFORE.test(before) && AFTER.test(view.slice(h.end, h.end + 12))
}

/** The hits without passing mentions (a new array only when one is dropped). */
export function withoutPassingMentions(view: string, hits: PlaceHit[]): PlaceHit[] {
  let out: PlaceHit[] | null = null
  for (let k = 0; k < hits.length; k++) {
    if (passingMention(view, hits[k])) {
      if (!out) out = hits.slice(0, k)
    } else if (out) out.push(hits[k])
  }
  return out ?? hits
}
