/**
 * How many edits (insertions, deletions, substitutions, adjacent transpositions) turn one string
 * into another, bounded: the typo pass compares each candidate word with the aliases near it, and
 * the corpus build finds common words one edit from an alias word.
 */

/** Row buffers reused across calls (the fuzzy pass calls this for many words). */
let rows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/** Optimal-string-alignment distance, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if ((rows[0] as Int32Array).length < lb + 1)
    rows = [0, 1, 2].map(() => new Int32Array(2 * lb + 2));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] as number;
}
