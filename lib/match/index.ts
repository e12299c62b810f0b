/**
 * The mention matcher: finds knowledge-base entities in text. Pure: no DOM, no `browser.*`.
 * (Interface fixed here; the implementation lands with the matcher issue.)
 */
import type { ScanData } from '../corpus/types';

export type MatchMethod = 'exact' | 'fuzzy' | 'context';

export interface Mention {
  /** Offsets into the original text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** The original text at [start, end). */
  text: string;
  entityId: string;
  method: MatchMethod;
  /** 1 for exact; lower for fuzzy / context-decided matches. */
  score: number;
  /** The alias the text matched (for "matched 'Sheinbuam' as Claudia Sheinbaum"). */
  alias: string;
}

export interface Matcher {
  /** All mentions in `text`, sorted by start, non-overlapping. */
  find(text: string): Mention[];
}

export function createMatcher(_scan: ScanData): Matcher {
  return { find: () => [] };
}
