// Builds a data pack from one extracted source. Ids are deterministic (derived from the text's
// hash and each record's offsets), so rebuilding the same page gives the same ids and re-imports
// update rows in place instead of duplicating them.
import type {
  Article,
  Commitment,
  DataPack,
  ExtractedSource,
  Source,
} from '../model/types'
import { SCHEMA_VERSION } from '../model/types'
import { fnv1a64, sourceStem } from '../ids'

export interface SourceMeta {
  title: string
  publisher: string | null
  publishedOn: string | null
  url: string | null
  page: string | null
}

export function articleIdFor(sourceId: string, start: number): string {
  return `art-${sourceStem(sourceId)}-${start}`
}

export function commitmentIdFor(sourceId: string, start: number, end: number): string {
  return `cmt-${sourceStem(sourceId)}-${start}-${end}`
}

/**
 * @param now a stable ISO date-time stamped on every record as importedAt/createdAt; the caller
 *   passes it so that builds are reproducible.
 * @param extractorVersion recorded on each commitment (the extractor's EXTRACTOR_VERSION)
 */
export function packFromExtraction(
  text: string,
  meta: SourceMeta,
  extracted: ExtractedSource,
  now: string,
  extractorVersion = 'unknown',
): DataPack {
  const textHash = fnv1a64(text)
  // two records on the same span (rare) get a counter, so ids stay unique and stable
  const seen = new Map<string, number>()
  const unique = (base: string): string => {
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}-${n}`
  }
  const source: Source = {
    id: `src-${textHash}`,
    title: meta.title,
    publisher: meta.publisher,
    publishedOn: meta.publishedOn,
    url: meta.url,
    page: meta.page,
    text,
    textHash,
    importedAt: now,
    origin: 'extractor',
  }
  const articles: Article[] = extracted.articles.map((a) => ({
    id: unique(articleIdFor(source.id, a.start)),
    sourceId: source.id,
    title: a.title,
    start: a.start,
    end: a.end,
    subtitle: a.subtitle ?? null,
    byline: a.byline ?? null,
    district: a.district ?? null,
    department: a.department ?? null,
    person: a.person ?? null,
  }))
  const commitments: Commitment[] = extracted.commitments.map((c) => {
    const articleIndex = c.article ?? articleIndexAt(extracted, c.start)
    return {
      id: unique(commitmentIdFor(source.id, c.start, c.end)),
      sourceId: source.id,
      articleId: articleIndex === null || articleIndex >= articles.length ? null : articles[articleIndex].id,
      kind: c.kind,
      quote: c.quote,
      start: c.start,
      end: c.end,
      metric: c.metric,
      value: c.value,
      unit: c.unit,
      comparator: c.comparator,
      growth: c.growth,
      deadline: c.deadline ? { date: c.deadline.date, precision: c.deadline.precision } : null,
      district: c.district,
      department: c.department,
      person: c.person,
      category: c.category,
      confidence: c.confidence,
      extractorVersion,
      origin: 'extractor',
      reviewedAt: null,
      original: null,
      status: 'no_data',
      createdAt: now,
    }
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedBy: `pledge-ledger extractor ${extractorVersion}`,
    sources: [source],
    articles,
    commitments,
    updates: [],
    verdicts: [],
  }
}

/** The article whose span holds `offset`, for extractors that do not name it. */
function articleIndexAt(extracted: ExtractedSource, offset: number): number | null {
  const i = extracted.articles.findIndex((a) => a.start <= offset && offset < a.end)
  return i < 0 ? null : i
}
