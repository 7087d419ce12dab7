// Full-text search over commitments, built on MiniSearch with our Chinese tokenizer.
// Ranking is BM25 (MiniSearch) with the quote and metric weighted up, then a boost for results
// where the query's words stand together (洛邑古城 as written, not 洛邑 … 古城 apart).
import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import type { Commitment } from '../model/types'
import { highlightRanges, type Range } from './highlight'
import { isCjk, isPrefixTerm, normalizeForSearch, tokenize } from './tokenize'

export const SEARCH_FIELDS = ['quote', 'metric', 'title', 'district', 'department', 'person', 'category'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

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
  add(doc: SearchDoc): void
  /** remove by id; unknown ids are ignored */
  remove(id: string): void
  /** add or overwrite */
  replace(doc: SearchDoc): void
  has(id: string): boolean
  readonly size: number
  search(query: string, options?: SearchOptions): SearchHit[]
  /** JSON that `loadSearchIndex` turns back into the same index */
  serialize(): string
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

/** Score factor when the query's words appear contiguously in a quote, metric or title. */
const PHRASE_BOOST = 1.5

const OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  // nothing stored inside MiniSearch: each stored field would be copied into every result object
  storeFields: [],
  tokenize: (text) => tokenize(text, 'index').map((t) => t.term),
  // terms are already normalised by the tokenizer
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => [...new Set(tokenize(text, 'cover').map((t) => t.term))],
    processTerm: (term) => term,
    boost: BOOST,
    // every query word must match somewhere (in any field): 老城区 游客 narrows, never widens
    combineWith: 'AND',
    prefix: (term) => isPrefixTerm(term),
    fuzzy: false,
  },
}

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

export function createSearchIndex(docs: readonly SearchDoc[] = []): SearchIndex {
  const ms = new MiniSearch<SearchDoc>(OPTIONS)
  const cleaned = docs.map(clean)
  ms.addAll(cleaned)
  return wrap(ms, new Map(cleaned.map((d) => [d.id, d])))
}

/**
 * How many documents hold each CJK bigram. A query's work in MiniSearch grows with the postings of
 * every term it asks for, so only the rarest bigram is asked for and the others are checked on the
 * few documents it returns (substring tests on the normalised fields).
 */
class BigramCounts {
  private counts = new Map<string, number>()

  constructor(docs: Iterable<SearchDoc>) {
    for (const d of docs) this.add(d)
  }

  private static of(doc: SearchDoc): Set<string> {
    const out = new Set<string>()
    for (const f of SEARCH_FIELDS) {
      const v = doc[f]
      if (!v) continue
      for (let i = 0; i + 1 < v.length; i++) {
        if (isCjk(v.charCodeAt(i)) && isCjk(v.charCodeAt(i + 1))) out.add(v.slice(i, i + 2))
      }
    }
    return out
  }

  add(doc: SearchDoc): void {
    for (const g of BigramCounts.of(doc)) this.counts.set(g, (this.counts.get(g) ?? 0) + 1)
  }

  remove(doc: SearchDoc): void {
    for (const g of BigramCounts.of(doc)) {
      const n = (this.counts.get(g) ?? 1) - 1
      if (n > 0) this.counts.set(g, n)
      else this.counts.delete(g)
    }
  }

  get(bigram: string): number {
    return this.counts.get(bigram) ?? 0
  }
}

const isBigram = (t: string) => t.length === 2 && isCjk(t.charCodeAt(0)) && isCjk(t.charCodeAt(1))

interface Serialized {
  version: 1
  index: unknown
  docs: SearchDoc[]
}

export function loadSearchIndex(json: string): SearchIndex {
  const data = JSON.parse(json) as Serialized
  if (data.version !== 1) throw new Error(`unknown search index version ${String(data.version)}`)
  const ms = MiniSearch.loadJS<SearchDoc>(data.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS)
  return wrap(ms, new Map(data.docs.map((d) => [d.id, d])))
}

/**
 * Only the searchable fields, normalised once here. Normalising keeps every offset, so highlight
 * ranges computed on the stored (normalised) quote are ranges in the original quote too.
 */
function clean(doc: SearchDoc): SearchDoc {
  const out: SearchDoc = { id: doc.id, quote: normalizeForSearch(doc.quote) }
  for (const f of SEARCH_FIELDS) {
    const v = doc[f]
    if (v != null && v !== '') out[f] = normalizeForSearch(v)
  }
  return out
}

/** `docs` holds each document's normalised fields, for phrase checks and highlight ranges. */
function wrap(ms: MiniSearch<SearchDoc>, docs: Map<string, SearchDoc>): SearchIndex {
  const counts = new BigramCounts(docs.values())
  const forget = (id: string) => {
    const old = docs.get(id)
    if (old) counts.remove(old)
    docs.delete(id)
  }
  const remember = (d: SearchDoc) => {
    docs.set(d.id, d)
    counts.add(d)
  }
  return {
    add: (doc) => {
      const d = clean(doc)
      ms.add(d)
      remember(d)
    },
    remove: (id) => {
      if (ms.has(id)) ms.discard(id)
      forget(id)
    },
    replace: (doc) => {
      const d = clean(doc)
      if (ms.has(d.id)) ms.replace(d)
      else ms.add(d)
      forget(d.id)
      remember(d)
    },
    has: (id) => ms.has(id),
    get size() {
      return ms.documentCount
    },
    search: (query, options = {}) => runSearch(ms, docs, counts, query, options),
    serialize: () => JSON.stringify({ version: 1, index: ms.toJSON(), docs: [...docs.values()] } satisfies Serialized),
  }
}

function runSearch(
  ms: MiniSearch<SearchDoc>,
  docs: Map<string, SearchDoc>,
  counts: BigramCounts,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const terms = [...new Set(tokenize(query, 'query').map((t) => t.term))]
  if (terms.length === 0) return []
  // ask the index for every non-bigram term (numbers, words, single characters) and the rarest
  // bigram; every other bigram must then appear in the hit (洛邑古城 needs 洛邑, 邑古 and 古城)
  const bigramTerms = terms.filter(isBigram)
  let rarest: string | null = null
  for (const t of bigramTerms) if (rarest === null || counts.get(t) < counts.get(rarest)) rarest = t
  if (rarest !== null && counts.get(rarest) === 0) return []
  const asked = terms.filter((t) => !isBigram(t) || t === rarest)
  const required = bigramTerms.filter((t) => t !== rarest)
  const filter = options.filter
  const raw = ms.search(query, { tokenize: () => asked, ...(filter ? { filter: (r) => filter(String(r.id)) } : {}) })
  const phrases = phrasesOf(query)
  const scored: { r: SearchResult; score: number }[] = []
  for (const r of raw) {
    const doc = docs.get(String(r.id))
    if (!doc || !required.every((t) => SEARCH_FIELDS.some((f) => doc[f]?.includes(t)))) continue
    scored.push({ r, score: phrases.length > 0 && hasPhrase(doc, phrases) ? r.score * PHRASE_BOOST : r.score })
  }
  scored.sort((a, b) => b.score - a.score || (String(a.r.id) < String(b.r.id) ? -1 : 1))
  const limit = options.limit ?? DEFAULT_LIMIT
  return scored.slice(0, limit).map(({ r, score }) => ({
    id: String(r.id),
    score,
    ranges: highlightRanges(docs.get(String(r.id))?.quote ?? '', query),
    fields: matchedFields(r),
  }))
}

/** Parts of the query with more than one bigram, where adjacency means something. */
function phrasesOf(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter((p) => p.length >= 3)
}

function hasPhrase(doc: SearchDoc, phrases: string[]): boolean {
  for (const f of ['quote', 'metric', 'title'] as const) {
    const v = doc[f] // normalised
    if (typeof v === 'string' && phrases.every((p) => v.includes(p))) return true
  }
  return false
}

function matchedFields(r: SearchResult): SearchField[] {
  const seen = new Set<string>()
  for (const fields of Object.values(r.match)) for (const f of fields) seen.add(f)
  return SEARCH_FIELDS.filter((f) => seen.has(f))
}
