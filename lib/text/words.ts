/**
 * Words of a text: maximal runs of word units (letters, digits, marks; see word-units.ts).
 * `tokenize` is the matcher's hot loop (offsets in typed arrays); `wordSpans` is the same
 * split with each word's text, for search and highlighting; `wordList` splits a query.
 */
import { isWordUnit, wordUnitTable } from './word-units';

export interface Words {
  count: number;
  /** Folded offset of each word's first unit. */
  starts: Int32Array;
  /** Folded offset just past each word. */
  ends: Int32Array;
}

export function tokenize(folded: string): Words {
  const n = folded.length;
  let starts = new Int32Array(Math.max(16, n >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  // The word-unit table read inline (see wordUnitTable): 1 word, 2 not, 0 not worked out yet.
  const table = wordUnitTable;
  while (i < n) {
    for (; i < n; i++) {
      const c = folded.charCodeAt(i);
      const v = table[c];
      if (v === 1 || (v === 0 && isWordUnit(c))) break;
    }
    if (i >= n) break;
    const s = i;
    for (; i < n; i++) {
      const c = folded.charCodeAt(i);
      const v = table[c];
      if (v === 2 || (v === 0 && !isWordUnit(c))) break;
    }
    if (count >= starts.length) {
      const s2 = new Int32Array(starts.length * 2);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(ends.length * 2);
      e2.set(ends);
      ends = e2;
    }
    starts[count] = s;
    ends[count] = i;
    count++;
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

/** Index of the first word whose end is after `offset` (the word at or after it). */
export function wordAt(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of text[from, to) with their offsets in `text` (end exclusive). */
export function wordSpans(
  text: string,
  from = 0,
  to = text.length,
): { word: string; start: number; end: number }[] {
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const words = tokenize(piece);
  const out: { word: string; start: number; end: number }[] = [];
  for (let k = 0; k < words.count; k++) {
    const start = words.starts[k] as number;
    const end = words.ends[k] as number;
    out.push({ word: piece.slice(start, end), start: from + start, end: from + end });
  }
  return out;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * The words of a folded query or name, split at anything that is not a letter or a digit
 * (empty pieces dropped): "cartel de sinaloa" → cartel, de, sinaloa.
 */
export function wordList(folded: string): string[] {
  return folded.split(NOT_LETTER_OR_DIGIT).filter(Boolean);
}

/** True when `term` (folded, non-empty) is one word: word units only. */
export function isSingleWord(term: string): boolean {
  for (let i = 0; i < term.length; i++) if (!isWordUnit(term.charCodeAt(i))) return false;
  return term.length > 0;
}
