/**
 * What the matcher reads: the knowledge base's aliases with their rules, the entities they name,
 * and optionally the pattern table precompiled at build time. The matcher owns these shapes; the
 * corpus build writes data of them (lib/corpus/types.ts: `ScanData` is a `MatcherInput`).
 */
import type { MatcherData } from './patterns';

/**
 * When an alias is ambiguous on its own ("Sinaloa", "Morena", "Vance"), the matcher accepts it
 * only if its context agrees. All words and phrases are compared folded (no accents, lower case).
 * A mention passes when no `blockedBy` phrase overlaps it, no `notNear` word is within `window`
 * words, and — if `near` or `withEntities` is given — at least one of them is satisfied.
 */
export interface AliasContext {
  /** Words or phrases, at least one of which must occur within `window` words of the mention. */
  near?: string[];
  /** Words or phrases that veto the mention when within `window` words ("tequila" for Camarena). */
  notNear?: string[];
  /** Phrases that contain the alias and veto it ("Vance Joy", "Virgen Morena", "Texas National Guard"). */
  blockedBy?: string[];
  /** Entity ids: satisfied when one of them is also mentioned in the same text block. */
  withEntities?: string[];
  /** Words either side that count as "near"; default 8. */
  window?: number;
}

/** One name of an entity, with the rules for matching it. */
export interface MatcherAlias {
  text: string;
  entityId: string;
  /** Match only as written (PAN, PRI, MC, DEA, CJNG). Accents are still folded. */
  caseSensitive: boolean;
  /** False keeps this alias out of typo-tolerant matching (short or common words). */
  fuzzy: boolean;
  context?: AliasContext;
}

/** An entity the aliases name. `type` 'topic' marks common nouns (matched in any case). */
export interface MatcherEntity {
  id: string;
  type: string;
}

export interface MatcherInput {
  entities: readonly MatcherEntity[];
  aliases: readonly MatcherAlias[];
  /**
   * Correctly spelt common English and Spanish words one typo away from an alias word ("was" for
   * "war"): the typo pass never reads them as a typo. Folded.
   */
  commonWords?: string[];
  /**
   * The pattern table precompiled from `aliases` at build time (`precompileMatcher`), so the
   * matcher does not redo it at start. Without it (or from another matcher version) the matcher
   * compiles it from `aliases`.
   */
  matcher?: MatcherData;
}
