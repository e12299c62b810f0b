/**
 * The fast paths of `foldWithMap` (fold.ts): a text whose units other than white space each
 * fold to exactly one unit is folded with native string operations, in one piece (a page block)
 * or in chunks (a long document). Each returns null when the text needs the general path.
 */
import { foldCodePoint } from './fold-char';
import type { FoldedText, FoldScratch } from './folded-text';

const SPACE = 0x20;

/**
 * The common case, prose, done with native string operations instead of a loop per unit (which
 * is slow before the JIT warms up, i.e. on every page's first scan, and slower than native code
 * after): when every unit other than white space folds to exactly one unit (no invisible
 * character, no ß, no surrogate), the folded text is the input with each white-space unit made a
 * space, lower-cased, and runs of spaces collapsed. Between runs the offset map is the identity,
 * copied from a shared table. Returns null when that does not hold (the general path then runs).
 */
export function foldNative(input: string, scratch?: FoldScratch): FoldedText | null {
  const n = input.length;
  const spaced = spacedLower(input);
  if (spaced === null) return null;
  const id = identity(n + 1);
  if (!spaced.includes('  ')) {
    return {
      text: spaced,
      starts: id.subarray(0, n),
      ends: id.subarray(1, n + 1),
      startOf: (i) => i,
      endOf: (i) => i + 1,
    };
  }
  // Native replace and matchAll here rather than `collapse`: on a page's first blocks, before
  // the JIT warms up, they are faster than its loop (measured: 100 blocks fold 1.3 ms vs 2 ms).
  const text = spaced.replace(SPACE_RUNS, ' ');
  const { starts, ends } = offsetArrays(text.length, scratch);
  let from = 0;
  let to = 0;
  for (const m of spaced.matchAll(SPACE_RUNS)) {
    const run = m.index;
    starts.set(id.subarray(from, run), to);
    ends.set(id.subarray(from + 1, run + 1), to);
    to += run - from;
    starts[to] = run;
    ends[to] = run + m[0].length;
    to++;
    from = run + m[0].length;
  }
  starts.set(id.subarray(from, n), to);
  ends.set(id.subarray(from + 1, n + 1), to);
  return viewsOf(text, starts, ends, text.length);
}

/**
 * `chunk` with every white-space unit made a space and lower-cased, or null when some unit does
 * not fold to exactly one unit (the general path must run).
 */
function spacedLower(chunk: string): string | null {
  let oneToOne = true;
  const spaced = chunk
    .replace(NOT_PRINTABLE_ASCII, (ch) => {
      const c = ch.charCodeAt(0);
      if (c < 0x80) return c >= 0x09 && c <= 0x0d ? ' ' : ch;
      if (c >= 0xd800 && c <= 0xdfff) {
        oneToOne = false;
        return ch;
      }
      const out = foldCodePoint(c);
      if (out.length !== 1) oneToOne = false;
      return out;
    })
    .toLowerCase();
  return oneToOne && spaced.length === chunk.length ? spaced : null;
}

/**
 * Collapse the white-space runs of `spaced` (from `spacedLower`, found at `base` in the input):
 * pushes the folded pieces to `parts` and writes their offsets at `to` (the identity shifted by
 * `base`, except that a run folds to one space mapping back to the whole run). Returns the new
 * `to`. One indexOf pass instead of a regular expression to find the runs and another to
 * replace them.
 */
function collapse(
  spaced: string,
  base: number,
  starts: Int32Array,
  ends: Int32Array,
  to: number,
  parts: string[],
): number {
  const id = identityMap;
  let from = 0;
  for (let run = spaced.indexOf('  '); run >= 0; run = spaced.indexOf('  ', from)) {
    let runEnd = run + 2;
    while (spaced.charCodeAt(runEnd) === SPACE) runEnd++;
    starts.set(id.subarray(base + from, base + run), to);
    ends.set(id.subarray(base + from + 1, base + run + 1), to);
    to += run - from;
    starts[to] = base + run;
    ends[to] = base + runEnd;
    to++;
    parts.push(spaced.slice(from, run + 1));
    from = runEnd;
  }
  const n = spaced.length;
  starts.set(id.subarray(base + from, base + n), to);
  ends.set(id.subarray(base + from + 1, base + n + 1), to);
  parts.push(from === 0 ? spaced : spaced.slice(from));
  return to + n - from;
}

/**
 * A long text (a whole document from the CLI or a benchmark) folded natively in chunks of at most
 * NATIVE_MAX units, so each regular expression pass and string copy stays small. A chunk ends just
 * before a white-space unit that follows a printable character: a run of white space never
 * straddles two chunks, so collapsing runs per chunk is collapsing them in the whole text. Null
 * when some chunk is not one-to-one, or no such cut exists (the general path then runs).
 */
export function foldChunked(input: string, scratch?: FoldScratch): FoldedText | null {
  const n = input.length;
  identity(n + 1);
  const { starts, ends } = offsetArrays(n, scratch);
  const parts: string[] = [];
  let to = 0;
  for (let a = 0; a < n; ) {
    let b = n;
    if (n - a > NATIVE_MAX) {
      b = a + NATIVE_MAX;
      while (b > a && !isCut(input, b)) b--;
      if (b === a) return null;
    }
    const spaced = spacedLower(input.slice(a, b));
    if (spaced === null) return null;
    to = collapse(spaced, a, starts, ends, to, parts);
    a = b;
  }
  return viewsOf(parts.join(''), starts, ends, to);
}

/** A unit of white space (as folding sees it, in ASCII) right after a printable character. */
function isCut(input: string, b: number): boolean {
  const c = input.charCodeAt(b);
  if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  const p = input.charCodeAt(b - 1);
  return p > 0x20 && p < 0x7f;
}

function offsetArrays(
  len: number,
  scratch?: FoldScratch,
): { starts: Int32Array; ends: Int32Array } {
  if (scratch && scratch.starts.length >= len) return scratch;
  const starts = new Int32Array(len + 16);
  const ends = new Int32Array(len + 16);
  if (scratch) {
    scratch.starts = starts;
    scratch.ends = ends;
  }
  return { starts, ends };
}

function viewsOf(text: string, starts: Int32Array, ends: Int32Array, len: number): FoldedText {
  const startsView = starts.subarray(0, len);
  const endsView = ends.subarray(0, len);
  return {
    text,
    starts: startsView,
    ends: endsView,
    startOf: (i) => startsView[i] as number,
    endOf: (i) => endsView[i] as number,
  };
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;
const SPACE_RUNS = / {2,}/g;
/**
 * Longest text folded natively in one piece (a page block); longer ones are folded in chunks of
 * at most this many units (see foldChunked).
 */
export const NATIVE_MAX = 1 << 14;
let identityMap = new Int32Array(0);

/** 0, 1, 2, … n-1, shared (read-only) by every identity offset map. */
function identity(n: number): Int32Array {
  if (identityMap.length < n) {
    const next = new Int32Array(Math.max(n, 2 * identityMap.length, 1024));
    next.set(identityMap);
    for (let i = identityMap.length; i < next.length; i++) next[i] = i;
    identityMap = next;
  }
  return identityMap;
}
