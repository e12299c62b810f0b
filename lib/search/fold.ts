/**
 * The search folds queries exactly as the matcher and the corpus build fold names, so that
 * "lopez obrador", "LÓPEZ OBRADOR" and "López Obrador" are one query. Re-exported from the
 * matcher's normaliser rather than copied: two folds that disagree would make accents matter.
 */
export { type FoldedText, fold, foldWithMap, isWordUnit } from '../match/normalise';
