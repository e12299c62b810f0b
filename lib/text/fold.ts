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
import { foldCodePoint } from './fold-char';
import { foldChunked, foldNative, NATIVE_MAX } from './fold-fast';
import type { FoldedText, FoldScratch } from './folded-text';

const SPACE = 0x20;

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
