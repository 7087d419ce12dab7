// Public API of the extractor (issue 2). Plain TypeScript: the Web Worker and the command line
// run this same code.
export { EXTRACTOR_VERSION, extract } from './pipeline'
export type { ExtractOptions } from './pipeline'
export { inferDate, isValidIsoDate } from './dates'
