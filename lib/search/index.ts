/**
 * Corpus search (popup): ranking over the prebuilt fuse.js index, and the highlighting helpers
 * that turn matches into `<mark>` segments of plain text.
 */

// Re-exported for callers that search (scripts/bench/search.ts): folding lives in lib/text.
export { fold } from '../text';
export {
  createSearcher,
  type FieldMatch,
  FUSE_OPTIONS,
  type HitTier,
  type Searcher,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
} from './engine';
export {
  expandToWords,
  highlightRanges,
  mergeRanges,
  queryWordRanges,
  type Range,
  type Segment,
  snippet,
  toSegments,
} from './highlight';
export { hitRanges } from './hit-ranges';
