/** Frontera's card components: pure Preact, shared by the popover, the popup and the reader. */
export { default as EntityCard, type EntityCardProps } from './EntityCard';
export { default as Excerpt, type ExcerptProps } from './Excerpt';
export { default as HighlightedText } from './HighlightedText';
export { default as MatchNote } from './MatchNote';
export { default as RelatedChips } from './RelatedChips';
export { default as SourceLine } from './SourceLine';
