// Public API of lineage (issue 5): suggest links between restated pledges, build chains, spot drops.
export {
  suggestLinks,
  matchPair,
  restatedAfterDeadline,
  MIN_SCORE,
  METRIC_SIMILAR,
  OBJECT_CHARS,
  type Suggestion,
  type SuggestOptions,
  type Reason,
  type ReasonCode,
} from './suggest'
export { linkFromSuggestion, chainOf, dropped, type ChainEntry, type LaterSource, type Dropped } from './chain'
export { RELATION_LABELS, LINK_STATE_LABELS, REASON_LABELS } from './labels'
export { core, objectCore, dice, longestCommon, compareOwners, coresOf, metricSimilarity, type Cores, type OwnerMatch } from './similarity'
