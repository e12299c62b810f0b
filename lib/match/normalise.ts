/**
 * Text folding with an offset map. Every module that compares names (matcher, corpus build,
 * search) folds with `fold` so that "LÓPEZ OBRADOR", "López Obrador" and "Lopez Obrador" are
 * the same string. The matcher also needs to know where each folded character came from, so
 * `foldWithMap` records, for every folded UTF-16 unit, the original [start, end) it came from.
 *
 * Folding, per code point:
 * - lower-case, then NFD, then drop combining marks (accents, tildes, cedillas);
 * - curly single quotes and primes become `'`, curly double quotes `"`;
 * - every dash and minus becomes `-`;
 * - soft hyphen, zero-width space/joiners, word joiner and BOM disappear (they split words
 *   invisibly, e.g. "Shein\u00ADbaum" as a browser may hyphenate it);
 * - any run of white space (NBSP, thin space, line breaks…) becomes one space.
 */

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For folded unit i: the original offset of the code point it came from. (Read-only: may be shared.) */
  starts: Int32Array;
  /** For folded unit i: the original offset just past the code point(s) it came from. */
  ends: Int32Array;
  /** `starts[i]`, as a method (for callers that only need a few lookups). */
  startOf(i: number): number;
  /** `ends[i]`, as a method. */
  endOf(i: number): number;
}

const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const DASHES = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b,
]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0xff07]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02]);

const SPACE = 0x20;
const COMBINING = /\p{M}/gu;
const WHITE = /^\s$/u;

/** Folded form of one non-ASCII code point; '' for invisible characters, ' ' for white space. */
const cache = new Map<number, string>();
function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.has(cp)) out = '';
  else if (DASHES.has(cp)) out = '-';
  else if (SINGLE_QUOTES.has(cp)) out = "'";
  else if (DOUBLE_QUOTES.has(cp)) out = '"';
  else {
    const ch = String.fromCodePoint(cp);
    if (WHITE.test(ch)) out = ' ';
    else if (cp === 0xdf || cp === 0x1e9e)
      out = 'ss'; // ß: the one common case where folding is not lower-casing
    else out = ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
  }
  cache.set(cp, out);
  return out;
}

interface Buffers {
  buf: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

function grow(b: Buffers, cap: number): Buffers {
  const buf = new Uint16Array(cap);
  buf.set(b.buf);
  const starts = new Int32Array(cap);
  starts.set(b.starts);
  const ends = new Int32Array(cap);
  ends.set(b.ends);
  return { buf, starts, ends };
}

/**
 * The common case, prose, done with native string operations instead of a loop per unit (which
 * is slow before the JIT warms up, i.e. on every page's first scan, and slower than native code
 * after): when every unit other than white space folds to exactly one unit (no invisible
 * character, no ß, no surrogate), the folded text is the input with each white-space unit made a
 * space, lower-cased, and runs of spaces collapsed. Between runs the offset map is the identity,
 * copied from a shared table. Returns null when that does not hold (the general path then runs).
 */
function foldNative(input: string, scratch?: FoldScratch): FoldedText | null {
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
function foldChunked(input: string, scratch?: FoldScratch): FoldedText | null {
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
const NATIVE_MAX = 1 << 14;
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

/**
 * Buffers a caller may lend `foldWithMap` to fold many texts without allocating the offset
 * arrays each time (megabytes for a long page). The FoldedText returned with a scratch is only
 * valid until the next call with the same scratch.
 */
export interface FoldScratch {
  buf: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

export function createFoldScratch(): FoldScratch {
  return { buf: new Uint16Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };
}

/**
 * Fold `input` and record where each folded unit came from. Linear in the input; ASCII (most
 * of any news page) takes a fast path. ASCII never expands, so the buffers only need to grow
 * when a non-ASCII character folds to more units than it had (ß → ss).
 */
export function foldWithMap(input: string, scratch?: FoldScratch): FoldedText {
  const fast =
    input.length <= NATIVE_MAX ? foldNative(input, scratch) : foldChunked(input, scratch);
  if (fast !== null) return fast;
  const n = input.length;
  let cap = n + 16;
  let buf: Uint16Array;
  let starts: Int32Array;
  let ends: Int32Array;
  if (scratch && scratch.buf.length >= cap) {
    ({ buf, starts, ends } = scratch);
    cap = buf.length;
  } else {
    buf = new Uint16Array(cap);
    starts = new Int32Array(cap);
    ends = new Int32Array(cap);
  }
  let len = 0;
  let lastWasSpace = false;

  let i = 0;
  while (i < n) {
    let c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (lastWasSpace) {
          ends[len - 1] = i + 1;
        } else {
          buf[len] = SPACE;
          starts[len] = i;
          ends[len] = i + 1;
          len++;
          lastWasSpace = true;
        }
      } else {
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        buf[len] = c;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
        lastWasSpace = false;
      }
      i++;
      continue;
    }
    const cp = input.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    // Keep room for every remaining unit (each folds to at most one unless non-ASCII).
    if (len + out.length + (n - i) + 16 > cap) {
      cap = 2 * cap + out.length;
      const b = grow({ buf, starts, ends }, cap);
      buf = b.buf;
      starts = b.starts;
      ends = b.ends;
    }
    if (out === ' ') {
      if (lastWasSpace) {
        ends[len - 1] = i + width;
      } else {
        buf[len] = SPACE;
        starts[len] = i;
        ends[len] = i + width;
        len++;
        lastWasSpace = true;
      }
    } else if (out.length > 0) {
      for (let k = 0; k < out.length; k++) {
        buf[len] = out.charCodeAt(k);
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
      lastWasSpace = false;
    } else if (len > 0) {
      // Invisible: the units of the previous code point now also cover it, so a name split
      // by a soft hyphen maps back to its full original span.
      const from = starts[len - 1];
      for (let k = len - 1; k >= 0 && starts[k] === from; k--) ends[k] = i + width;
    }
    i += width;
  }

  if (scratch) {
    scratch.buf = buf;
    scratch.starts = starts;
    scratch.ends = ends;
  }
  const startsView = starts.subarray(0, len);
  const endsView = ends.subarray(0, len);
  return {
    text: decode(buf, len),
    starts: startsView,
    ends: endsView,
    startOf: (i) => startsView[i] as number,
    endOf: (i) => endsView[i] as number,
  };
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Made on first use of a long text: creating one can cost milliseconds (Node loads ICU). */
let decoder: TextDecoder | null | undefined;
/** Below this, building the string in chunks is cheaper than a call into the decoder. */
const DECODER_MIN = 4096;
const CHUNK = 8192;

function decode(buf: Uint16Array, len: number): string {
  if (len >= DECODER_MIN && littleEndian) {
    decoder ??= typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le') : null;
    if (decoder) return decoder.decode(buf.subarray(0, len));
  }
  let s = '';
  for (let k = 0; k < len; k += CHUNK) {
    s += String.fromCharCode.apply(
      null,
      buf.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[],
    );
  }
  return s;
}

/** Folded text only (for search keys, corpus indexing, alias comparison). */
export function fold(text: string): string {
  // Fast path for printable ASCII with single spaces (most aliases and context words): folding
  // is lower-casing, and the offset map is not needed.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 ? c >= 0x7f : c !== 0x20 || text.charCodeAt(i + 1) === 0x20) {
      return foldWithMap(text).text;
    }
  }
  return text.toLowerCase();
}

/**
 * Word units of the Basic Multilingual Plane, as a table (one lookup per unit in the scan):
 * 1 = word unit, 2 = not, 0 = not worked out yet. Each block of 1,024 units is filled the first
 * time a unit from it is looked up, from the runs one regular expression matches over the whole
 * block: a page in a Latin script touches two or three blocks, so content-script start does
 * not pay for all 64.
 */
const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;
const wordTable = new Uint8Array(0x10000);
const WORD_RUNS = /[\p{L}\p{N}\p{M}]+/gu;

function fillBlock(code: number): boolean {
  const base = (code >> BLOCK_BITS) << BLOCK_BITS;
  if (base >= 0xd800 && base < 0xe000) {
    // Surrogates count as word units (astral letters are rare and splitting them would be worse).
    wordTable.fill(1, base, base + BLOCK);
    return true;
  }
  wordTable.fill(2, base, base + BLOCK);
  const units = new Array<number>(BLOCK);
  for (let k = 0; k < BLOCK; k++) units[k] = base + k;
  for (const m of String.fromCharCode(...units).matchAll(WORD_RUNS)) {
    wordTable.fill(1, base + m.index, base + m.index + m[0].length);
  }
  return wordTable[code] === 1;
}

/**
 * The table behind `isWordUnit`, for loops over every unit of a text that read it inline (a call
 * per unit is costly before the JIT warms up): 1 = word unit, 2 = not, 0 = ask `isWordUnit`.
 */
export const wordUnitTable: Readonly<Uint8Array> = wordTable;

/** True when the UTF-16 unit is part of a word (a Unicode letter, digit or mark). */
export function isWordUnit(code: number): boolean {
  const v = wordTable[code];
  return v === 1 || (v === 0 && fillBlock(code));
}
