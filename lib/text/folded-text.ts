/** What folding returns: the folded text and, for each folded unit, where it came from. */
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
