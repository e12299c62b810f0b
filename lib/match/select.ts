/**
 * Choosing among overlapping mentions: the longest wins ("Sinaloa Cartel" over "Sinaloa"),
 * then the leftmost.
 */
import type { Candidate, Decision } from './compile';

/** Index of the first fuzzy candidate (they follow the exact ones). */
function firstFuzzy(candidates: Candidate[]): number {
  let i = candidates.length;
  while (i > 0 && (candidates[i - 1] as Candidate).fuzzyScore !== null) i--;
  return i;
}

/**
 * Among overlapping mentions the longest wins (then the leftmost); indices of the kept
 * candidates in text order. Overlaps are rare and local, so candidates are swept in text order
 * and only each cluster of overlapping ones is resolved by length.
 */
export function select(candidates: Candidate[], decisions: (Decision | null)[]): number[] {
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (decisions[k]) kept.push(k);
  const starts = new Int32Array(candidates.length);
  const ends = new Int32Array(candidates.length);
  candidates.forEach((c, k) => {
    starts[k] = c.start;
    ends[k] = c.end;
  });
  // Exact hits arrive in order of their end, so nearly in order of their start: an insertion
  // sort is linear here. (Many fuzzy hits, appended at the end, get the general sort.)
  const before = (a: number, b: number) =>
    (starts[a] as number) < (starts[b] as number) ||
    (starts[a] === starts[b] && (ends[a] as number) > (ends[b] as number));
  if (candidates.length - firstFuzzy(candidates) > 64) {
    kept.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  } else {
    for (let i = 1; i < kept.length; i++) {
      const k = kept[i] as number;
      let j = i - 1;
      while (j >= 0 && before(k, kept[j] as number)) {
        kept[j + 1] = kept[j] as number;
        j--;
      }
      kept[j + 1] = k;
    }
  }
  const out: number[] = [];
  let i = 0;
  while (i < kept.length) {
    // Cluster: a run of candidates each overlapping the run's extent so far.
    let j = i + 1;
    let extent = ends[kept[i] as number] as number;
    while (j < kept.length && (starts[kept[j] as number] as number) < extent) {
      extent = Math.max(extent, ends[kept[j] as number] as number);
      j++;
    }
    if (j === i + 1) out.push(kept[i] as number);
    else {
      const cluster = kept.slice(i, j);
      const span = (k: number) => (ends[k] as number) - (starts[k] as number);
      cluster.sort((a, b) => span(b) - span(a) || (starts[a] as number) - (starts[b] as number));
      const taken: number[] = [];
      for (const k of cluster) {
        const free = taken.every(
          (t) =>
            (ends[k] as number) <= (starts[t] as number) ||
            (starts[k] as number) >= (ends[t] as number),
        );
        if (free) taken.push(k);
      }
      taken.sort((a, b) => (starts[a] as number) - (starts[b] as number));
      out.push(...taken);
    }
    i = j;
  }
  return out;
}
