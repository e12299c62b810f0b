/**
 * Typo-tolerant matching for names the exact pass missed ("Sheinbuam", "Sheimbaum",
 * "fentanil"). Precision comes first: a false highlight on a news page is worse than a miss.
 *
 * - Candidates are words and runs of up to five words the exact pass did not touch, at least
 *   MIN_LENGTH letters long. Aliases written as proper nouns ("Sheinbaum") are only tried on
 *   capitalised words; lower-case aliases ("fentanyl") on any word.
 * - Aliases sit in small buckets (same word count, same first letter: typos rarely hit the
 *   first letter, while real different names often differ only there — Vance/Lance,
 *   Hernández/Fernández). A cheap bounded edit distance over the bucket first says whether the
 *   word is near any alias at all (almost never); only then does fuse.js rank the bucket's
 *   aliases for it, and the best-ranked one that passes the rules below wins.
 * - The rules: at most 1 edit up to 9 letters, 2 from 10 (adjacent transpositions count
 *   once); common nouns (lower-case aliases, topics) get 1 edit and only of the same length,
 *   since a letter more or less usually makes another word of the family (soberana /
 *   soberanía) and two edits turn "correction" into "corruption"; every word keeps its first
 *   letter; a lone final-vowel change (Moreno/Morena, Mario/Maria) is a different name; a
 *   correctly spelt common English or Spanish word ("was" for "war") is never a typo.
 * - Results are memoised per candidate string, so cost stays linear in the text.
 */
import Fuse from 'fuse.js';
import { editDistance, type Words } from '../text';

export const MIN_LENGTH = 6;
const MAX_WORDS = 5;
const MEMO_LIMIT = 50_000;

export interface FuzzyPattern {
  /** Pattern id in the exact automaton (so claimants and context are shared). */
  id: number;
  folded: string;
  /** Written with a capital in the knowledge base: only capitalised text may match it. */
  proper: boolean;
}

export interface FuzzyHit {
  /** Folded offsets. */
  start: number;
  end: number;
  pattern: number;
  /** Similarity in (0, 1): 1 − edits / length. */
  score: number;
}

interface Bucket {
  /** Made on first use (see fuseOf). */
  fuse: Fuse<string> | null;
  patterns: FuzzyPattern[];
  minLen: number;
  maxLen: number;
}

/** Indexed by word count: which candidate lengths could pass (1), or null for no such bucket. */
interface LengthTables {
  proper: (Uint8Array | null)[];
  common: (Uint8Array | null)[];
}

interface Hit {
  pattern: number;
  score: number;
}

export interface FuzzyIndex {
  find(
    folded: string,
    words: Words,
    claimed: Uint8Array,
    isCapitalised: (wordIndex: number) => boolean,
  ): FuzzyHit[];
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function budget(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** Same number of words, and each word keeps its first letter. */
function sameShape(candidate: string, alias: string): boolean {
  const cw = candidate.split(/[ -]/);
  const aw = alias.split(/[ -]/);
  if (cw.length !== aw.length) return false;
  for (let i = 0; i < cw.length; i++) {
    if ((cw[i] as string)[0] !== (aw[i] as string)[0]) return false;
  }
  return true;
}

/** Moreno/Morena, Mario/Maria: a different name, not a typo. */
function onlyFinalVowelDiffers(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const last = a.length - 1;
  if (a.slice(0, last) !== b.slice(0, last)) return false;
  return VOWELS.has(a[last] as string) && VOWELS.has(b[last] as string);
}

/** Numeric bucket key: word count, first folded unit, proper-noun flag. */
function bucketKey(words: number, first: number, proper: boolean): number {
  return (words * 0x10000 + first) * 2 + (proper ? 1 : 0);
}

/**
 * A word of the candidate that differs from the alias's word there is a correctly spelt common
 * word ("The drug was in her system" is not "drug war"): another word, not a typo.
 */
function changesACommonWord(candidate: string, alias: string, common: ReadonlySet<string>) {
  if (common.size === 0) return false;
  const cw = candidate.split(/[ -]/);
  const aw = alias.split(/[ -]/);
  return cw.some((w, i) => w !== aw[i] && common.has(w));
}

/**
 * `common`: folded, correctly spelt common words near an alias word (MatcherInput.commonWords);
 * the typo pass never reads one of them as a typo.
 */
export function compileFuzzy(
  patterns: readonly FuzzyPattern[],
  common: ReadonlySet<string> = new Set(),
): FuzzyIndex {
  const grouped = new Map<number, FuzzyPattern[]>();
  let longest = 1;
  for (const p of patterns) {
    const letters = p.folded.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (letters < MIN_LENGTH) continue;
    const wordCount = p.folded.split(/[ -]/).length;
    if (wordCount > MAX_WORDS) continue;
    longest = Math.max(longest, wordCount);
    const key = bucketKey(wordCount, p.folded.charCodeAt(0), p.proper);
    const list = grouped.get(key) ?? [];
    list.push(p);
    grouped.set(key, list);
  }
  const buckets = new Map<number, Bucket>();
  for (const [key, list] of grouped) {
    const lengths = list.map((p) => p.folded.length);
    buckets.set(key, {
      fuse: null,
      patterns: list,
      minLen: Math.min(...lengths),
      maxLen: Math.max(...lengths),
    });
  }

  /**
   * A bucket's fuse.js index, made the first time a word comes near one of its aliases: most
   * buckets are never asked on a given page, and building them all would be a good part of the
   * compile the content script pays at start.
   */
  const fuseOf = (b: Bucket): Fuse<string> => {
    b.fuse ??= new Fuse(
      b.patterns.map((p) => p.folded),
      {
        includeScore: true,
        ignoreLocation: true,
        isCaseSensitive: true, // the text is folded already
        threshold: 0.45,
        shouldSort: true,
      },
    );
    return b.fuse;
  };

  const memo = [new Map<string, Hit | null>(), new Map<string, Hit | null>()];

  /** Edit distance if `alias` is an acceptable typo reading of `candidate`, else -1. */
  const verify = (candidate: string, alias: FuzzyPattern): number => {
    // Common nouns get one edit whatever their length: two would turn "correction" into
    // "corruption".
    const max = alias.proper ? budget(Math.min(alias.folded.length, candidate.length)) : 1;
    if (Math.abs(alias.folded.length - candidate.length) > max) return -1;
    // A common noun one letter longer or shorter is usually another word of the same family
    // (soberana / soberanía, migrante / migrant), not a typo.
    if (!alias.proper && candidate.length !== alias.folded.length) return -1;
    if (!sameShape(candidate, alias.folded)) return -1;
    const d = editDistance(candidate, alias.folded, max);
    if (d === 0 || d > max) return -1;
    if (d === 1 && onlyFinalVowelDiffers(candidate, alias.folded)) return -1;
    if (changesACommonWord(candidate, alias.folded, common)) return -1;
    return d;
  };

  const lookup = (candidate: string, n: number, capitalised: boolean): Hit | null => {
    const cache = memo[capitalised ? 1 : 0] as Map<string, Hit | null>;
    const hit = cache.get(candidate);
    if (hit !== undefined) return hit;
    let best: (Hit & { d: number; rank: number }) | null = null;
    for (let kind = capitalised ? 0 : 1; kind < 2; kind++) {
      const b = buckets.get(bucketKey(n, candidate.charCodeAt(0), kind === 0));
      if (!b) continue;
      // Most words are nowhere near any alias: a cheap bounded edit distance over the small
      // bucket says so before fuse.js is asked (its search costs far more per call).
      if (!b.patterns.some((alias) => verify(candidate, alias) > 0)) continue;
      // fuse.js ranks the bucket's aliases for this word; the first that passes the typo
      // rules wins (ties in edit distance go to fuse.js's order).
      fuseOf(b)
        .search(candidate, { limit: 5 })
        .forEach((r, rank) => {
          const alias = b.patterns[r.refIndex] as FuzzyPattern;
          const d = verify(candidate, alias);
          if (d < 0) return;
          const score = 1 - d / Math.max(candidate.length, alias.folded.length);
          if (!best || d < best.d || (d === best.d && rank < best.rank)) {
            best = { pattern: alias.id, score, d, rank };
          }
        });
    }
    const found = best as (Hit & { d: number; rank: number }) | null;
    const result = found ? { pattern: found.pattern, score: found.score } : null;
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(candidate, result);
    return result;
  };

  // For each first letter, word count and kind of alias: the candidate lengths the length rules
  // of `verify` could accept for some alias of that bucket. Most words of running text fail this
  // table lookup, so they cost no string, no memo probe and no edit distance.
  const lengthsByFirst = new Map<number, LengthTables>();
  for (const [key, b] of buckets) {
    const proper = key % 2 === 1;
    const first = Math.floor(key / 2) % 0x10000;
    const n = Math.floor(key / 2 / 0x10000);
    let entry = lengthsByFirst.get(first);
    if (!entry) {
      entry = {
        proper: new Array(MAX_WORDS + 1).fill(null),
        common: new Array(MAX_WORDS + 1).fill(null),
      };
      lengthsByFirst.set(first, entry);
    }
    const ok = new Uint8Array(b.maxLen + 3);
    for (const p of b.patterns) {
      const a = p.folded.length;
      for (let len = Math.max(1, a - 2); len <= a + 2; len++) {
        const max = proper ? budget(Math.min(a, len)) : 0;
        if (Math.abs(a - len) <= max) ok[len] = 1;
      }
    }
    (proper ? entry.proper : entry.common)[n] = ok;
  }
  // For runs of words: every word must keep its first letter (sameShape), so a run whose
  // initials no alias of that many words has ("the summer recess") is not looked up at all.
  // Indexed [proper ? 0 : 1][word count]; a hash of the initials (collisions only cost a lookup).
  const initials = [0, 1].map(() =>
    Array.from({ length: MAX_WORDS + 1 }, () => new Set<number>()),
  ) as [Set<number>[], Set<number>[]];
  for (const b of buckets.values()) {
    for (const p of b.patterns) {
      const parts = p.folded.split(/[ -]/);
      let h = 0;
      for (const w of parts) h = (Math.imul(h, 31) + w.charCodeAt(0)) | 0;
      initials[p.proper ? 0 : 1][parts.length]?.add(h);
    }
  }
  const initialsOf = (folded: string, words: Words, i: number, n: number) => {
    let h = 0;
    for (let k = i; k < i + n; k++) {
      h = (Math.imul(h, 31) + folded.charCodeAt(words.starts[k] as number)) | 0;
    }
    return h;
  };

  return {
    find(folded, words, claimed, isCapitalised) {
      const hits: FuzzyHit[] = [];
      if (buckets.size === 0) return hits;
      let i = 0;
      while (i < words.count) {
        const start = words.starts[i] as number;
        if (claimed[i] || (words.ends[i] as number) - start < 2) {
          i++;
          continue;
        }
        const entry = lengthsByFirst.get(folded.charCodeAt(start));
        if (entry === undefined) {
          i++;
          continue;
        }
        let capitalised: boolean | null = null;
        let matched = 0;
        // Longest run first, so "Claudia Sheinbuam" wins over "Sheinbuam".
        for (let n = Math.min(longest, words.count - i); n >= 1 && !matched; n--) {
          const end = words.ends[i + n - 1] as number;
          const length = end - start;
          // Letters only: separators are single units between words.
          if (length - (n - 1) < MIN_LENGTH) continue;
          const h = n > 1 ? initialsOf(folded, words, i, n) : 0;
          const common = entry.common[n];
          if (
            common == null ||
            common[length] !== 1 ||
            (n > 1 && !(initials[1][n] as Set<number>).has(h))
          ) {
            // Aliases written as names are only guessed at on capitalised words.
            const proper = entry.proper[n];
            if (proper == null || proper[length] !== 1) continue;
            if (n > 1 && !(initials[0][n] as Set<number>).has(h)) continue;
            capitalised ??= isCapitalised(i);
            if (!capitalised) continue;
          }
          capitalised ??= isCapitalised(i);
          if (!contiguous(folded, words, claimed, i, n)) continue;
          const slice = folded.slice(start, end);
          const r = lookup(slice.includes('-') ? slice.replace(/-/g, ' ') : slice, n, capitalised);
          if (r) {
            hits.push({ start, end, pattern: r.pattern, score: r.score });
            matched = n;
          }
        }
        i += matched || 1;
      }
      return hits;
    },
  };
}

/** Words i..i+n-1 are unclaimed and separated by exactly one space or hyphen. */
function contiguous(folded: string, words: Words, claimed: Uint8Array, i: number, n: number) {
  for (let k = i; k < i + n; k++) if (claimed[k]) return false;
  for (let k = i; k < i + n - 1; k++) {
    const gapStart = words.ends[k] as number;
    if ((words.starts[k + 1] as number) - gapStart !== 1) return false;
    const c = folded.charCodeAt(gapStart);
    if (c !== 0x20 && c !== 0x2d) return false;
  }
  return true;
}
