/**
 * Context rules for ambiguous aliases, taken from the knowledge base (AliasContext): an alias
 * like "Sinaloa", "Morena", "Vance" or "Camarena" counts only when its surroundings agree.
 * Phrases are compiled (folded) once; evaluation looks at a window of words in the folded text.
 */

import { fold, isSingleWord } from '../text';
import type { AliasContext } from './input';
import { hasPhrase, neighbourhoodTerms, type WordTerms, wordTerms } from './phrases';

const DEFAULT_WINDOW = 8;

export interface CompiledContext {
  near: string[];
  notNear: string[];
  /**
   * The near/notNear terms that are one word each, looked up word by word in one pass over the
   * window (most terms are single words: "cartel", "tariffs"); null when there are none.
   */
  nearWords: WordTerms | null;
  notNearWords: WordTerms | null;
  /** The other near/notNear terms (several words, or punctuation: "white house", "u.s"). */
  nearPhrases: string[];
  notNearPhrases: string[];
  /** Each blocking phrase with the offsets at which the alias occurs inside it. */
  blockedBy: { phrase: string; offsets: number[] }[];
  withEntities: string[];
  window: number;
  /** True when the rule needs positive evidence (near words or co-mentioned entities). */
  positive: boolean;
}

/**
 * Folded context phrases: the knowledge base repeats the same word lists across the aliases of
 * an entity (and across entities), so each phrase is folded once per content script.
 */
const phraseCache = new Map<string, string>();
function foldedPhrase(x: string): string {
  let f = phraseCache.get(x);
  if (f === undefined) {
    f = fold(x).trim();
    phraseCache.set(x, f);
  }
  return f;
}

export function compileContext(ctx: AliasContext, foldedAlias: string): CompiledContext {
  const clean = (xs: string[] | undefined) =>
    (xs ?? []).map(foldedPhrase).filter((x) => x.length > 0);
  const blockedBy = clean(ctx.blockedBy).map((phrase) => {
    const offsets: number[] = [];
    // The alias is in canonical form (hyphens as spaces); so is the copy searched here.
    const canon = phrase.replace(/-/g, ' ');
    for (let at = canon.indexOf(foldedAlias); at >= 0; at = canon.indexOf(foldedAlias, at + 1)) {
      offsets.push(at);
    }
    return { phrase, offsets };
  });
  const near = clean(ctx.near);
  const notNear = clean(ctx.notNear);
  const withEntities = [...(ctx.withEntities ?? [])];
  return {
    near,
    notNear,
    nearWords: wordTerms(near),
    notNearWords: wordTerms(notNear),
    nearPhrases: near.filter((x) => !isSingleWord(x)),
    notNearPhrases: notNear.filter((x) => !isSingleWord(x)),
    blockedBy,
    withEntities,
    window: ctx.window ?? DEFAULT_WINDOW,
    positive: near.length > 0 || withEntities.length > 0,
  };
}

export interface ContextInput {
  folded: string;
  /** The mention, in folded offsets. */
  start: number;
  end: number;
  /** Entities known to be mentioned in the same block. */
  entities: ReadonlySet<string>;
  /** The claimant's own entity: it does not corroborate itself. */
  self: string;
  /** Set to true when the verdict depended on `entities` (it may change with them). */
  usedEntities?: { value: boolean };
}

/** 'veto': a blocking phrase or a notNear word; 'unmet': no positive evidence; 'pass'. */
export type ContextVerdict = 'veto' | 'unmet' | 'pass';

export function evaluateContext(ctx: CompiledContext, input: ContextInput): ContextVerdict {
  const { folded, start, end } = input;
  for (const { phrase, offsets } of ctx.blockedBy) {
    for (const off of offsets) {
      const from = start - off;
      if (from >= 0 && folded.startsWith(phrase, from)) return 'veto';
    }
  }
  if (ctx.notNear.length === 0 && !ctx.positive) return 'pass';

  // Window of `window` words either side, the mention itself excluded. Single-word terms are
  // looked up word by word in one pass; phrases are searched in a copy of the window (indexOf
  // on the whole text would make each check cost O(text)).
  const near = ctx.positive ? ctx.nearWords : null;
  const {
    from: lo,
    to: hi,
    hits,
  } = neighbourhoodTerms(folded, start, end, ctx.window, ctx.notNearWords, near);
  if (hits & 1) return 'veto';
  const phrases = ctx.notNearPhrases.length > 0 || (ctx.positive && ctx.nearPhrases.length > 0);
  const win = phrases ? folded.slice(lo, hi) : '';
  if (anyNear(ctx.notNearPhrases, win, start - lo, end - lo)) return 'veto';
  if (!ctx.positive) return 'pass';
  if (hits & 2 || anyNear(ctx.nearPhrases, win, start - lo, end - lo)) return 'pass';
  if (ctx.withEntities.length > 0 && input.usedEntities) input.usedEntities.value = true;
  for (const id of ctx.withEntities) {
    if (id !== input.self && input.entities.has(id)) return 'pass';
  }
  return 'unmet';
}

/** Does any phrase occur in the window, before the mention or after it? */
function anyNear(phrases: string[], win: string, mentionStart: number, mentionEnd: number) {
  for (const phrase of phrases) {
    if (hasPhrase(win, phrase, 0, mentionStart) || hasPhrase(win, phrase, mentionEnd, win.length)) {
      return true;
    }
  }
  return false;
}
