/**
 * Corpus search (popup): ranking over the prebuilt fuse.js index, and the highlighting helpers
 * that turn matches into `<mark>` segments of plain text.
 */
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
export { fold } from './fold';
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
