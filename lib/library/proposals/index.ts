/**
 * Proposed names (issue 17), the pure engine: what a saved article names that Frontera does not
 * know (`findCandidates`, when it is saved) and the library's proposals ranked
 * (`rankProposals`, when the reader opens the suggestions). No storage, no browser API.
 */
export { findCandidates } from './find';
export { candidateKey } from './key';
export { knownNamesFrom } from './known';
export { rankProposals } from './rank';
export type * from './types';
