/**
 * The mention matcher: finds knowledge-base entities in text. Pure: no DOM, no `browser.*`.
 *
 * `createMatcher(scan)` compiles the aliases once (Aho–Corasick automaton, fuzzy buckets,
 * context rules), starting from the pattern table `precompileMatcher` made at build time when
 * scan.json carries one; `matcher.find(text)` returns non-overlapping mentions with offsets into the
 * original text. `fold` is the shared accent/case/punctuation folding used everywhere names
 * are compared.
 */

// Folding lives in lib/text; re-exported because callers outside lib (scripts/bench) fold here.
export { type FoldedText, fold, foldWithMap } from '../text';
export type { AliasContext, MatcherAlias, MatcherEntity, MatcherInput } from './input';
export { createMatcher } from './matcher';
export { MATCHER_DATA_VERSION, type MatcherData, precompileMatcher } from './patterns';
export type {
  CompiledMatcher,
  FindOptions,
  Matcher,
  MatcherOptions,
  MatchMethod,
  Mention,
} from './types';
