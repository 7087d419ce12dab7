// Public API of search (issue 5): a Chinese-aware full-text index over commitments and highlighting.
// The index is built or loaded from a snapshot; snapshots are what IndexedDB keeps between sessions.
export {
  createSearchIndex,
  loadSearchIndex,
  searchDocFor,
  cleanFields,
  SNAPSHOT_FORMAT,
  snapshotSize,
  type IndexSnapshot,
  SEARCH_FIELDS,
  DEFAULT_LIMIT,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchField,
} from './searchIndex'
export { highlightRanges, mergeRanges, type Range } from './highlight'
export { batchesOf, sameHits, BATCH_SIZE, type HitBatch } from './batches'
export { tokenize, queryTerms, normalizeForSearch, type Token, type TokenMode } from './tokenize'
