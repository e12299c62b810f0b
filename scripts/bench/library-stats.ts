/** Order statistics for the library benchmark (nearest-rank percentiles, as bench:search). */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? Number.NaN };
}
