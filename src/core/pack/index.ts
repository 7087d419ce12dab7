// Public API of data packs: the one restore step, the pack builder and deterministic output.
export { restorePack, restorePackJson, MAX_PACK_JSON_CHARS, type RestoreResult } from './restore'
export { restorePackPartial, type PartialRestoreResult } from './partial'
export { describeError, formatPath, type PackError } from './errors'
export { packFromExtraction, articleIdFor, commitmentIdFor, type SourceMeta } from './fromExtraction'
export { isHttpUrl, LIMITS } from './schema'
export { stablePackJson } from './stableJson'
