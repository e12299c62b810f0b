/**
 * Letter pairs (bigrams) and an index over them, to find the few strings that could be within a
 * few typos of a query before a costly comparison: a string within k typos of a token of m units
 * shares at least (m − 1) − 2k of the token's m − 1 pairs (each typo breaks at most two).
 */

/** Overlapping letter pairs of a folded string ("sinaloa" → si, in, na, al, lo, oa). */
export function letterPairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

export interface LetterPairIndex {
  /**
   * Ids (positions in the list indexed) sharing enough of `token`'s pairs to be within `typos`
   * typos of it, most pairs shared first, at most `max` of them.
   */
  candidates(token: string, typos: number, max: number): number[];
}

/** An index of each id's strings (one id may have several: a name and its aliases) by pair. */
export function createLetterPairIndex(strings: readonly (readonly string[])[]): LetterPairIndex {
  const pairs = new Map<string, number[]>();
  strings.forEach((group, id) => {
    for (const pair of new Set(group.flatMap(letterPairs))) {
      const list = pairs.get(pair);
      if (list) list.push(id);
      else pairs.set(pair, [id]);
    }
  });
  return {
    candidates(token, typos, max) {
      const wanted = [...new Set(letterPairs(token))];
      const needed = Math.max(1, wanted.length - 2 * typos);
      const shared = new Map<number, number>();
      for (const pair of wanted) {
        for (const id of pairs.get(pair) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      return [...shared]
        .filter(([, n]) => n >= needed)
        .sort((a, b) => b[1] - a[1])
        .slice(0, max)
        .map(([id]) => id);
    },
  };
}
