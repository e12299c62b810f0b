/**
 * The knowledge base's aliases as the matcher's pattern table: each distinct folded alias (and
 * the Spanish head plural of "X de Y" names) with the aliases that claim it. Computing it folds
 * every alias, which is most of what compiling the matcher costs before the JIT warms up, so the
 * corpus build stores it in scan.json (`MatcherInput.matcher`, i.e. `ScanData.matcher`, compact: a few KB) and the content
 * script starts from there.
 */

import { fold, isWordUnit } from '../text';
import { canonical } from './automaton';
import { caseForm } from './compile';
import type { MatcherAlias, MatcherInput } from './input';

/** Bump when the shape or the meaning of MatcherData changes: older data is then ignored. */
export const MATCHER_DATA_VERSION = 1;

export interface PatternClaim {
  /** Index into `scan.aliases`. */
  alias: number;
  /** The alias with accents removed, case kept (what case-sensitive aliases compare). */
  caseForm: string;
}

export interface PatternData {
  folded: string;
  /** Boundaries are only required where the alias itself begins/ends with a word unit. */
  wordFirst: boolean;
  wordLast: boolean;
  /** Some alias with this text says `fuzzy: false` (or it is a derived plural). */
  noFuzzy: boolean;
  /** Typo-tolerant matching may only guess at it on capitalised words. */
  proper: boolean;
  claims: PatternClaim[];
}

const WORD_FIRST = 1;
const WORD_LAST = 2;
const NO_FUZZY = 4;
const PROPER = 8;

/**
 * The precompiled pattern table, as stored in scan.json: per pattern `[folded, flags, ...claims]`,
 * a claim being the alias's index, or `[index, caseForm]` when its case form is not simply its
 * trimmed text (accents).
 */
export interface MatcherData {
  version: number;
  patterns: [string, number, ...(number | [number, string])[]][];
}

export function precompileMatcher(scan: Pick<MatcherInput, 'entities' | 'aliases'>): MatcherData {
  return {
    version: MATCHER_DATA_VERSION,
    patterns: buildPatterns(scan).map((p) => [
      p.folded,
      (p.wordFirst ? WORD_FIRST : 0) |
        (p.wordLast ? WORD_LAST : 0) |
        (p.noFuzzy ? NO_FUZZY : 0) |
        (p.proper ? PROPER : 0),
      ...p.claims.map((c): number | [number, string] =>
        c.caseForm === (scan.aliases[c.alias]?.text ?? '').trim() ? c.alias : [c.alias, c.caseForm],
      ),
    ]),
  };
}

/** The pattern table of `scan`: from its precompiled form when it has a current one. */
export function patternsOf(scan: MatcherInput): PatternData[] {
  const data = scan.matcher;
  if (data?.version !== MATCHER_DATA_VERSION) return buildPatterns(scan);
  return data.patterns.map(([folded, flags, ...claims]) => ({
    folded,
    wordFirst: (flags & WORD_FIRST) !== 0,
    wordLast: (flags & WORD_LAST) !== 0,
    noFuzzy: (flags & NO_FUZZY) !== 0,
    proper: (flags & PROPER) !== 0,
    claims: claims.map((c) =>
      typeof c === 'number'
        ? { alias: c, caseForm: (scan.aliases[c]?.text ?? '').trim() }
        : { alias: c[0], caseForm: c[1] },
    ),
  }));
}

/** The pattern table computed from the aliases. */
export function buildPatterns(scan: Pick<MatcherInput, 'entities' | 'aliases'>): PatternData[] {
  const patterns: PatternData[] = [];
  const byFolded = new Map<string, number>();
  const add = (index: number, folded: string, variant: boolean) => {
    const a = scan.aliases[index] as MatcherAlias;
    let id = byFolded.get(folded);
    if (id === undefined) {
      id = patterns.length;
      byFolded.set(folded, id);
      patterns.push({
        folded,
        claims: [],
        wordFirst: isWordUnit(folded.charCodeAt(0)),
        wordLast: isWordUnit(folded.charCodeAt(folded.length - 1)),
        noFuzzy: false,
        proper: false,
      });
    }
    const p = patterns[id] as PatternData;
    if (a.fuzzy === false || variant) p.noFuzzy = true;
    const same = (c: PatternClaim) => {
      const b = scan.aliases[c.alias];
      return b?.entityId === a.entityId && b.caseSensitive === a.caseSensitive;
    };
    if (p.claims.some(same)) return;
    p.claims.push({ alias: index, caseForm: caseForm(a.text.trim()) });
  };
  scan.aliases.forEach((a, index) => {
    const folded = canonical(fold(a.text).trim());
    if (folded.length === 0) return;
    add(index, folded, false);
    const plural = a.caseSensitive ? null : pluralOfHead(folded);
    if (plural) add(index, plural, true);
  });
  const typeOf = new Map(scan.entities.map((e) => [e.id, e.type]));
  for (const p of patterns) {
    const eligible = p.claims.filter((c) => !scan.aliases[c.alias]?.caseSensitive);
    // A name (capitalised, and not a topic whose title happens to be capitalised: "Fentanyl",
    // "Tariffs") is only guessed at on capitalised words.
    p.proper =
      eligible.length > 0 &&
      eligible.every((c) => {
        const entityId = scan.aliases[c.alias]?.entityId ?? '';
        return /^\p{Lu}/u.test(c.caseForm) && typeOf.get(entityId) !== 'topic';
      });
  }
  return patterns;
}

/**
 * Spanish names of the form "X de Y" take the plural on their head: "cárteles de Sinaloa" for
 * "Cártel de Sinaloa" (a plural ending on the last word is handled for every alias).
 */
function pluralOfHead(folded: string): string | null {
  const words = folded.split(' ');
  const [head, link] = words;
  if (words.length < 3 || !head || head.length < 4 || (link !== 'de' && link !== 'del'))
    return null;
  const plural = /[aeiou]$/.test(head)
    ? `${head}s`
    : head.endsWith('z')
      ? `${head.slice(0, -1)}ces`
      : `${head}es`;
  return [plural, ...words.slice(1)].join(' ');
}
