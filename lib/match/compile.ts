/**
 * The matcher's compiled shapes: each distinct folded alias becomes a Pattern with the
 * entities that claim it (Claimants); a hit in a text is a Candidate until a Decision says
 * which entity it is.
 */
import type { CompiledContext } from './context';
import type { MatchMethod } from './types';

/** Score of a mention that a context rule decided (it rests on surrounding words, not on the name alone). */
export const CONTEXT_SCORE = 0.9;
/** Score of a case-sensitive acronym accepted in all-caps text because other entities corroborate it. */
export const SHOUTED_SCORE = 0.8;

export interface Claimant {
  entityId: string;
  alias: string;
  caseSensitive: boolean;
  /** The alias with accents removed but case kept, and its upper-case form. */
  caseForm: string;
  upperForm: string;
  context: CompiledContext | null;
  /** Shared decision objects for exact and context-decided hits (no allocation per hit). */
  asExact: Decision;
  asContext: Decision;
}

export interface Pattern {
  folded: string;
  claimants: Claimant[];
  /** Boundaries are only required where the alias itself begins/ends with a word unit. */
  wordFirst: boolean;
  wordLast: boolean;
  /** Some alias with this text says `fuzzy: false`. */
  noFuzzy: boolean;
  /** The decision for an exact hit when no rule can change it (one plain claimant). */
  simple: Decision | null;
}

export interface Candidate {
  start: number;
  end: number;
  pattern: number;
  fuzzyScore: number | null;
}

export interface Decision {
  claimant: Claimant;
  method: MatchMethod;
  score: number;
}

const MARKS = /\p{M}/gu;
/** Accents off, case kept: what "match only as written" compares. */
export function caseForm(s: string): string {
  // Fast path: printable ASCII with single spaces is already in that form.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c > 0x20 ? c < 0x7f : c === 0x20 && s.charCodeAt(i + 1) !== 0x20;
  }
  if (plain) return s;
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ');
}
