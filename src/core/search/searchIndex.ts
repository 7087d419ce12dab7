// Full-text search over commitments with our Chinese tokenizer and a typed-array inverted index.
// Ranking is BM25+ with the quote and metric weighted up, then a boost for results where the
// query's words stand together (洛邑古城 as written, not 洛邑 … 古城 apart).
import type { Commitment } from '../model/types'
import { highlightRanges, type Range } from './highlight'
import { InvertedIndex } from './invertedIndex'
import { SNAPSHOT_FORMAT, snapshotSize, type IndexSnapshot } from './snapshot'
import { normalizeForSearch, queryTerms } from './tokenize'

export const SEARCH_FIELDS = ['quote', 'metric', 'title', 'district', 'department', 'person', 'category'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]
export { SNAPSHOT_FORMAT, snapshotSize, type IndexSnapshot }

/** One searchable commitment; `title` is its article's title. */
export interface SearchDoc {
  id: string
  quote: string
  metric?: string | null
  title?: string | null
  district?: string | null
  department?: string | null
  person?: string | null
  category?: string | null
}

export interface SearchHit {
  id: string
  score: number
  /** where the query matches the quote, [start, end) into the quote */
  ranges: Range[]
  /** the fields the query matched in */
  fields: SearchField[]
}

export interface SearchOptions {
  /** keep only ids the list's filters let through */
  filter?: (id: string) => boolean
  /** most hits returned (default 100); highlight ranges are computed only for these */
  limit?: number
}

export interface SearchIndex {
  /** add, or overwrite a document with the same id */
  add(doc: SearchDoc): void
  /** remove by id; unknown ids are ignored */
  remove(id: string): void
  /** add or overwrite */
  replace(doc: SearchDoc): void
  has(id: string): boolean
  /** the ids held, in no particular order */
  ids(): string[]
  /** true when the index holds this document with the same searchable text */
  holds(doc: SearchDoc): boolean
  readonly size: number
  search(query: string, options?: SearchOptions): SearchHit[]
  /** structured-clonable copy (for IndexedDB or a worker message) that `loadSearchIndex` reads back */
  snapshot(): IndexSnapshot
}

export const DEFAULT_LIMIT = 100

const BOOST: Record<SearchField, number> = {
  quote: 3,
  metric: 3,
  title: 1,
  district: 1.5,
  department: 1.5,
  person: 2,
  category: 1,
}
const BOOSTS = SEARCH_FIELDS.map((f) => BOOST[f])

/** Score factor when the query's words appear contiguously in a quote, metric or title. */
const PHRASE_BOOST = 1.5
const PHRASE_FIELDS = [0, 1, 2] // quote, metric, title

export function searchDocFor(c: Commitment, articleTitle: string | null = null): SearchDoc {
  return {
    id: c.id,
    quote: c.quote,
    metric: c.metric,
    title: articleTitle,
    district: c.district,
    department: c.department,
    person: c.person,
    category: c.category,
  }
}

/**
 * The searchable fields in SEARCH_FIELDS order, normalised once here. Normalising keeps every
 * offset, so highlight ranges computed on the stored (normalised) quote are ranges in the original
 * quote too.
 */
export function cleanFields(doc: SearchDoc): (string | null)[] {
  return SEARCH_FIELDS.map((f) => {
    const v = doc[f]
    return v == null || v === '' ? null : normalizeForSearch(v)
  })
}

export function createSearchIndex(docs: readonly SearchDoc[] = []): SearchIndex {
  // the last of several documents with one id wins, as with add()
  const byId = new Map<string, SearchDoc>()
  for (const d of docs) byId.set(d.id, d)
  // numbered in id order, so hits with equal scores come in id order (documents added later come
  // after them)
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return wrap(InvertedIndex.build(sorted.map((d) => ({ id: d.id, fields: cleanFields(d) })), BOOSTS))
}

/** Reads a snapshot back; throws (naming the problem) when it is of another format or malformed. */
export function loadSearchIndex(snapshot: IndexSnapshot): SearchIndex {
  return wrap(InvertedIndex.load(snapshot, BOOSTS))
}

function wrap(x: InvertedIndex): SearchIndex {
  return {
    add: (doc) => x.add(doc.id, cleanFields(doc)),
    remove: (id) => x.remove(id),
    replace: (doc) => x.add(doc.id, cleanFields(doc)),
    has: (id) => x.has(id),
    ids: () => x.liveIds(),
    holds: (doc) => x.holds(doc.id, cleanFields(doc)),
    get size() {
      return x.size
    },
    search: (query, options = {}) => runSearch(x, query, options),
    snapshot: () => x.snapshot(),
  }
}

function runSearch(x: InvertedIndex, query: string, options: SearchOptions): SearchHit[] {
  const terms = queryTerms(query)
  const limit = options.limit ?? DEFAULT_LIMIT
  if (terms.length === 0 || limit <= 0) return []
  const m = x.match(terms)
  if (!m) return []
  const base = m.score
  const phrases = phrasesOf(query)
  const most = phrases.length > 0 ? PHRASE_BOOST : 1
  const filter = options.filter
  // Candidates best first by their score before the phrase boost, equal scores in document order
  // (a stable sort of ascending numbers). The phrase check and the filter then run only until no
  // later candidate, even boosted, can beat the last of the `limit` kept: a broad query has
  // thousands of hits, and reading each one's text cost most of the query.
  const order = Array.from(Int32Array.from(m.docs).sort()).sort((a, b) => base[b] - base[a])
  const keep: { d: number; s: number }[] = []
  // final score, ties in document order (ids at build): the order hits are returned in
  const before = (s: number, d: number, k: { d: number; s: number }) => s > k.s || (s === k.s && d < k.d)
  for (const d of order) {
    if (keep.length === limit && !before(base[d] * most, d, keep[limit - 1])) break
    if (filter && !filter(x.idOf(d))) continue
    const s = phrases.length > 0 && hasPhrase(x, d, phrases) ? base[d] * PHRASE_BOOST : base[d]
    if (keep.length === limit && !before(s, d, keep[limit - 1])) continue
    let lo = 0
    let hi = keep.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (before(s, d, keep[mid])) hi = mid
      else lo = mid + 1
    }
    keep.splice(lo, 0, { d, s })
    if (keep.length > limit) keep.pop()
  }
  return keep.map(({ d, s }) => ({
    id: x.idOf(d),
    score: s,
    ranges: highlightRanges(x.field(d, 0) ?? '', query),
    fields: SEARCH_FIELDS.filter((_, f) => m.mask[d] & (1 << f)),
  }))
}

/** Parts of the query with more than one bigram, where adjacency means something. */
function phrasesOf(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter((p) => p.length >= 3)
}

function hasPhrase(x: InvertedIndex, d: number, phrases: string[]): boolean {
  for (const f of PHRASE_FIELDS) {
    const v = x.field(d, f)
    if (v !== null && phrases.every((p) => v.includes(p))) return true
  }
  return false
}
