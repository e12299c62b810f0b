/**
 * Where a match may start and end as whole words (plural endings allowed), phrase lookups bounded
 * by words, and the window of N words around a mention that the context rules read. The words
 * themselves (`tokenize`) come from lib/text.
 */
import { isSingleWord, isWordUnit } from '../text';

/**
 * Where a match of `length` units ending at `end` really ends as a word: at `end` when a
 * non-word unit (or the text's end) follows, or after a plural ending ("cartels", "cárteles").
 * Possessives need nothing: the apostrophe of "Sheinbaum's" is already a word boundary.
 * Returns -1 when the match runs on into a longer word ("Panama" for "pan").
 */
export function wordEnd(folded: string, end: number): number {
  const n = folded.length;
  if (end >= n || !isWordUnit(folded.charCodeAt(end))) return end;
  const c = folded.charCodeAt(end);
  if (c === 0x73 /* s */) {
    if (end + 1 >= n || !isWordUnit(folded.charCodeAt(end + 1))) return end + 1;
  } else if (c === 0x65 /* e */ && folded.charCodeAt(end + 1) === 0x73) {
    if (end + 2 >= n || !isWordUnit(folded.charCodeAt(end + 2))) return end + 2;
  }
  return -1;
}

/** True when no word unit precedes `start` (a match may begin here). */
export function wordStartsAt(folded: string, start: number): boolean {
  return start === 0 || !isWordUnit(folded.charCodeAt(start - 1));
}

/**
 * True when `phrase` (folded) occurs as whole words, plural endings allowed, anywhere in
 * folded[from, to).
 */
export function hasPhrase(folded: string, phrase: string, from: number, to: number): boolean {
  if (phrase.length === 0) return false;
  let at = folded.indexOf(phrase, from);
  while (at >= 0 && at + phrase.length <= to) {
    if (wordStartsAt(folded, at)) {
      const e = wordEnd(folded, at + phrase.length);
      if (e >= 0 && e <= to) return true;
    }
    at = folded.indexOf(phrase, at + 1);
  }
  return false;
}

/** Single-word terms, for `neighbourhoodTerms`. */
export interface WordTerms {
  words: ReadonlySet<string>;
  minLength: number;
  maxLength: number;
  /** Bit (c & 127) set for the first unit c of each term: most words are rejected on it. */
  firsts: Uint32Array;
}

export function wordTerms(terms: string[]): WordTerms | null {
  const words = terms.filter(isSingleWord);
  if (words.length === 0) return null;
  const lengths = words.map((w) => w.length);
  const firsts = new Uint32Array(4);
  for (const w of words) {
    const c = w.charCodeAt(0) & 127;
    firsts[c >> 5] = (firsts[c >> 5] as number) | (1 << (c & 31));
  }
  return {
    words: new Set(words),
    minLength: Math.min(...lengths),
    maxLength: Math.max(...lengths),
    firsts,
  };
}

/** folded[start, end) is a term, or a term with a plural ending (as `hasPhrase` allows). */
function termOf(terms: WordTerms, folded: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < terms.minLength || n > terms.maxLength + 2) return false;
  const c = folded.charCodeAt(start) & 127;
  if (((terms.firsts[c >> 5] as number) & (1 << (c & 31))) === 0) return false;
  const word = folded.slice(start, end);
  if (n <= terms.maxLength && terms.words.has(word)) return true;
  if (folded.charCodeAt(end - 1) !== 0x73 /* s */) return false;
  if (terms.words.has(word.slice(0, -1))) return true;
  return folded.charCodeAt(end - 2) === 0x65 /* e */ && terms.words.has(word.slice(0, -2));
}

/** A one-letter word followed by a full stop: an initial, as in "U.S." or "J. D. Vance". */
function isInitial(folded: string, start: number, end: number): boolean {
  return end - start === 1 && folded.charCodeAt(end) === 0x2e;
}

/**
 * Folded offsets of the `count` words before [start, end) and the `count` words after it:
 * [from, to) covers them (the mention included). Scans only the neighbourhood, so a context
 * check costs the same on a tweet and on a book.
 */
export function neighbourhood(
  folded: string,
  start: number,
  end: number,
  count: number,
): { from: number; to: number } {
  const { from, to } = neighbourhoodTerms(folded, start, end, count, null, null);
  return { from, to };
}

/**
 * `neighbourhood`, also telling (in `hits`) whether a whole word of it outside the mention is a
 * term of `first` (bit 1) or of `second` (bit 2): the same verdict as `hasPhrase` for each
 * single-word term, found while walking the words instead of searching for every term.
 */
export function neighbourhoodTerms(
  folded: string,
  start: number,
  end: number,
  count: number,
  first: WordTerms | null,
  second: WordTerms | null,
): { from: number; to: number; hits: number } {
  const test = first !== null || second !== null;
  let hits = 0;
  // Initials do not count as words: "U.S." or "J. D." would otherwise eat the window.
  let from = start;
  for (let k = 0; k < count; ) {
    let i = from;
    while (i > 0 && !isWordUnit(folded.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const wordEnd = i;
    while (i > 0 && isWordUnit(folded.charCodeAt(i - 1))) i--;
    from = i;
    if (!isInitial(folded, i, wordEnd)) k++;
    // A word running on into the mention is not a word of the window.
    if (test && (wordEnd < start || !isWordUnit(folded.charCodeAt(start)))) {
      hits |= termHits(folded, i, wordEnd, first, second, hits);
    }
  }
  let to = end;
  const n = folded.length;
  for (let k = 0; k < count; ) {
    let i = to;
    while (i < n && !isWordUnit(folded.charCodeAt(i))) i++;
    if (i === n) break;
    const wordStart = i;
    while (i < n && isWordUnit(folded.charCodeAt(i))) i++;
    to = i;
    if (!isInitial(folded, wordStart, i)) k++;
    if (test && (wordStart > end || end === 0 || !isWordUnit(folded.charCodeAt(end - 1)))) {
      hits |= termHits(folded, wordStart, i, first, second, hits);
    }
  }
  return { from, to, hits };
}

function termHits(
  folded: string,
  start: number,
  end: number,
  first: WordTerms | null,
  second: WordTerms | null,
  hits: number,
): number {
  let h = 0;
  if (first !== null && !(hits & 1) && termOf(first, folded, start, end)) h |= 1;
  if (second !== null && !(hits & 2) && termOf(second, folded, start, end)) h |= 2;
  return h;
}
