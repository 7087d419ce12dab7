// Public API of import helpers (issue 5): decoding dropped files, recognising texts already imported.
export { decodeText, looksBinary, DEFAULT_MAX_BYTES, MIN_PLAUSIBILITY, type DecodeResult, type RefusalReason, type TextEncodingName, type Message } from './encoding'
export {
  checkDuplicate,
  contentHash,
  normalizeForDuplicates,
  shingles,
  overlap,
  NEAR_SIMILARITY,
  NEAR_CONTAINMENT,
  type DuplicateCheck,
  type NearDuplicate,
  type KnownSource,
} from './duplicates'
