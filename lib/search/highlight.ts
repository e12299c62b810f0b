/**
 * Turns Fuse's match indices into whole-word ranges of the text the reader sees, and that text
 * into segments a component renders as plain text and `<mark>` (never as HTML).
 *
 * Fuse reports indices into the string it searched. For names that is the display string itself;
 * for passages it is the folded text of search.json, so indices go back through the fold's
 * offset map. Bitap also reports stray one- or two-letter runs on long texts; runs shorter than
 * the query's shortest word (or three letters) are noise and are dropped.
 */
import { fold, foldWithMap, isWordUnit, wordList, wordSpans } from '../text';

/** Half-open [start, end) range, UTF-16 offsets. */
export type Range = readonly [number, number];

export interface Segment {
  text: string;
  mark: boolean;
}

/** Sorted, merged, non-overlapping copy of `ranges`. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Grows each range to the word(s) it touches in `text`. */
export function expandToWords(text: string, ranges: readonly Range[]): Range[] {
  return mergeRanges(
    ranges.map(([s, e]) => {
      let a = s;
      let b = e;
      while (a > 0 && isWordUnit(text.charCodeAt(a - 1))) a--;
      while (b < text.length && isWordUnit(text.charCodeAt(b))) b++;
      return [a, b] as const;
    }),
  );
}

/** The words of `text` inside `ranges`, one range per word. */
function splitWords(text: string, ranges: readonly Range[]): Range[] {
  return ranges.flatMap(([s, e]) => wordSpans(text, s, e).map((w): Range => [w.start, w.end]));
}

/**
 * Keeps the words that look like one of the query's words (same first two letters, folded).
 * Bitap's runs on a fuzzy hit also touch unrelated words ("state of" for "cartel de"); a reader
 * should see marked only what they typed, or its misspelt twin.
 */
function likeQueryWords(text: string, ranges: readonly Range[], query: string): Range[] {
  const heads = wordList(fold(query))
    .filter((w) => w.length >= 2)
    .map((w) => w.slice(0, 2));
  if (heads.length === 0) return [...ranges];
  return mergeRanges(
    splitWords(text, ranges).filter(([s, e]) => {
      const word = fold(text.slice(s, e));
      return heads.some((h) => word.startsWith(h));
    }),
  );
}

function minRun(query: string): number {
  const words = wordList(fold(query));
  const shortest = Math.min(...words.map((w) => w.length), 3);
  return Number.isFinite(shortest) ? Math.max(1, shortest) : 1;
}

/**
 * Whole-word ranges of `display` for Fuse's `indices` (inclusive ends) into `searched`.
 * `searched` is either `display` itself or its fold; anything else falls back to finding the
 * query's words in `display`.
 */
export function highlightRanges(
  display: string,
  searched: string,
  indices: readonly (readonly [number, number])[],
  query: string,
): Range[] {
  const min = minRun(query);
  const runs = indices.filter(([s, e]) => e + 1 - s >= min).map(([s, e]) => [s, e + 1] as const);
  const folded = foldWithMap(display);
  if (searched === display && folded.text.length === display.length) {
    return likeQueryWords(display, expandToWords(display, runs), query);
  }
  if (searched === folded.text || fold(searched) === folded.text) {
    const mapped = runs
      .filter(([s, e]) => e <= folded.text.length && s < e)
      .map(([s, e]) => [folded.starts[s] ?? 0, folded.ends[e - 1] ?? display.length] as const);
    return likeQueryWords(display, expandToWords(display, mapped), query);
  }
  return queryWordRanges(display, query);
}

/** Ranges of `display` where a word starts with one of the query's words (accents and case folded). */
export function queryWordRanges(display: string, query: string): Range[] {
  const words = wordList(fold(query)).filter((w) => w.length >= 2);
  if (words.length === 0) return [];
  const f = foldWithMap(display);
  const out: Range[] = [];
  for (const w of words) {
    let from = 0;
    for (;;) {
      const at = f.text.indexOf(w, from);
      if (at < 0) break;
      from = at + 1;
      if (at > 0 && isWordUnit(f.text.charCodeAt(at - 1))) continue;
      out.push([f.starts[at] ?? 0, f.ends[at + w.length - 1] ?? display.length]);
    }
  }
  return expandToWords(display, out);
}

/** `text` cut into plain and marked segments along `ranges`. */
export function toSegments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of mergeRanges(ranges)) {
    if (s >= text.length) break;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(Math.max(s, at), Math.min(e, text.length)), mark: true });
    at = Math.min(e, text.length);
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * A window of about `size` characters of `text` around its first range, cut at word boundaries,
 * with ranges shifted into the window. Long passages show where they matched, not their start.
 */
export function snippet(
  text: string,
  ranges: readonly Range[],
  size = 180,
): { text: string; ranges: Range[]; clippedStart: boolean; clippedEnd: boolean } {
  if (text.length <= size)
    return { text, ranges: [...ranges], clippedStart: false, clippedEnd: false };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(size / 3), text.length - size));
  let end = Math.min(text.length, start + size);
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1)) && first - start < size / 2) start--;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  const shifted = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const);
  return {
    text: text.slice(start, end),
    ranges: shifted,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
