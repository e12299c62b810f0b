/** The matcher's public types (re-exported by lib/match/index.ts). */

export type MatchMethod = 'exact' | 'fuzzy' | 'context';

export interface Mention {
  /** Offsets into the original text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** The original text at [start, end). */
  text: string;
  entityId: string;
  /**
   * exact: the alias as written (accents/case folded unless the alias is case-sensitive);
   * fuzzy: a typo-tolerant match (score < 1); context: an ambiguous alias that the
   * surrounding words or co-mentioned entities decided.
   */
  method: MatchMethod;
  /** 1 for exact; lower for fuzzy / context-decided matches. */
  score: number;
  /** The alias the text matched (for "matched 'Sheinbuam' as Claudia Sheinbaum"). */
  alias: string;
}

export interface FindOptions {
  /**
   * Entities already known to be on the page (e.g. found in other paragraphs), which count as
   * co-mentioned for `withEntities` context rules when scanning one block at a time.
   */
  contextEntities?: Iterable<string>;
  /** Skip the typo pass for this text (e.g. when only evidence of the topic is wanted). */
  exactOnly?: boolean;
}

export interface Matcher {
  /** All mentions in `text`, sorted by start, non-overlapping. */
  find(text: string, options?: FindOptions): Mention[];
}

/** What createMatcher returns: a Matcher whose first step can also be run on its own. */
export interface CompiledMatcher extends Matcher {
  /**
   * The exact pass alone — fold, one automaton scan, word boundaries — before any entity is
   * decided: the number of alias occurrences. `find` runs it first; the benchmark times it
   * against a single combined RegExp, which does the same work.
   */
  exactOccurrences(text: string): number;
}

export interface MatcherOptions {
  /** Typo-tolerant matching (default true). Off gives the exact pass alone. */
  fuzzy?: boolean;
}
