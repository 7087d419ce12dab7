// Public API of the extractor (issue 2). Plain TypeScript: the Web Worker and the command line
// run this same code.
//
// Pipeline (pipeline.ts): normalize (traditional→simplified, full→half width, length-preserving)
// → reflow (join column breaks, offset runs back to the original) → places (gazetteer scan, city
// context) → article-owners (articles.ts split + default owners) → sentences (clauses, carry-over
// of modal words and years, kind) → quantities (numbers.ts + units.ts + cues.ts) and deadlines.ts.
export { EXTRACTOR_VERSION, extract } from './pipeline'
export type { ExtractOptions } from './pipeline'
export { inferDate, isValidIsoDate } from './dates'
