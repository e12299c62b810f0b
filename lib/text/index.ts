/**
 * Text helpers every other part uses: folding (accents, case, punctuation) with its offset map,
 * word units and words, letter pairs, bounded edit distance. A leaf: it imports nothing else of
 * the project, so the matcher, the search and the corpus build all read text the same way.
 */
export { editDistance } from './edit-distance';
export { fold, foldWithMap } from './fold';
export { createFoldScratch, type FoldedText, type FoldScratch } from './folded-text';
export { createLetterPairIndex, type LetterPairIndex, letterPairs } from './letter-pairs';
export { isWordUnit, wordUnitTable } from './word-units';
export { isSingleWord, tokenize, type Words, wordAt, wordList, wordSpans } from './words';
