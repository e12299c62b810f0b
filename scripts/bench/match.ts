/**
 * `npm run bench:match`: the matcher against a naive baseline, in one run, on the same text.
 *
 * - Knowledge base: public/data/scan.json (built by `npm run corpus`), or the test fixture KB
 *   when it has not been built (the output says which).
 * - Text: paragraphs of the corpus sources and the evaluation set, shuffled and repeated to the
 *   target size, with one word in 40 given a random typo so that the number of distinct words
 *   keeps growing with the text (the fuzzy pass memoises per word; repeating the same words
 *   would flatter it).
 * - Baseline: fold the text, then one combined RegExp of every folded alias (longest first)
 *   with Unicode word boundaries.
 * - MB/s are UTF-8 megabytes (10^6 bytes) of input per second, median of several runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanData } from '../../lib/corpus/types';
import { createMatcher, fold } from '../../lib/match';

const root = join(import.meta.dirname, '..', '..');

function loadKb(): { scan: ScanData; label: string } {
  const built = join(root, 'public', 'data', 'scan.json');
  if (existsSync(built)) {
    return { scan: JSON.parse(readFileSync(built, 'utf8')), label: 'public/data/scan.json' };
  }
  const fixture = join(root, 'tests', 'fixtures', 'eval', 'kb.json');
  return {
    scan: JSON.parse(readFileSync(fixture, 'utf8')),
    label: 'tests/fixtures/eval/kb.json (public/data/scan.json not built: npm run corpus)',
  };
}

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

function paragraphs(): string[] {
  const files = [
    ...listFiles(join(root, 'corpus', 'sources'), /\.(md|txt)$/),
    ...listFiles(join(root, 'tests', 'fixtures', 'eval'), /\.txt$/),
  ];
  const out: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
      // Evaluation markup [[text|entity]] → text.
      .replace(/\[\[([^|\]]*)\|[^\]]*\]\]/g, '$1');
    for (const p of text.split(/\n\s*\n/)) if (p.trim().length > 40) out.push(p.trim());
  }
  if (out.length === 0)
    throw new Error('No corpus or evaluation text found to build the bench text');
  return out;
}

/** Deterministic PRNG so runs are comparable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function makeText(paras: string[], bytes: number, seed = 1): string {
  const rand = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = (paras[Math.floor(rand() * paras.length)] as string).replace(/\p{L}{5,}/gu, (w) => {
      if (rand() >= 1 / 40) return w;
      const i = 1 + Math.floor(rand() * (w.length - 1));
      return w.slice(0, i) + String.fromCharCode(97 + Math.floor(rand() * 26)) + w.slice(i + 1);
    });
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time<T>(runs: number, f: () => T): { ms: number; result: T } {
  let result = f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const { scan, label } = loadKb();
const paras = paragraphs();
console.log(`Knowledge base: ${label}`);
console.log(`  ${scan.entities.length} entities, ${scan.aliases.length} aliases`);

// Compile cost (what a content script pays once per page load).
const compileAll = time(9, () => createMatcher(scan));
const compileExact = time(9, () => createMatcher(scan, { fuzzy: false }));
console.log(
  `Compile: ${compileAll.ms.toFixed(2)} ms with fuzzy index, ${compileExact.ms.toFixed(2)} ms exact only`,
);

// Exact pass vs. baseline on ~1 MB.
const text = makeText(paras, 1_000_000);
const mb = Buffer.byteLength(text) / 1e6;
const exact = createMatcher(scan, { fuzzy: false });
const aliases = [...new Set(scan.aliases.map((a) => fold(a.text).trim()))].sort(
  (a, b) => b.length - a.length,
);
const combined = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const baseline = time(7, () => {
  let n = 0;
  for (const _ of fold(text).matchAll(combined)) n++;
  return n;
});
const ours = time(7, () => exact.find(text).length);
const rate = (ms: number, size = mb) => size / (ms / 1000);
console.log(`\nExact pass on ${mb.toFixed(2)} MB (${paras.length} source paragraphs, shuffled):`);
console.log(
  `  matcher (fold + automaton + rules): ${ours.ms.toFixed(1)} ms = ${rate(ours.ms).toFixed(1)} MB/s, ${ours.result} mentions`,
);
console.log(
  `  baseline (fold + one RegExp):       ${baseline.ms.toFixed(1)} ms = ${rate(baseline.ms).toFixed(1)} MB/s, ${baseline.result} raw hits`,
);
console.log(`  ratio matcher/baseline throughput: ${(baseline.ms / ours.ms).toFixed(2)}×`);

// Full matcher (with the fuzzy pass) at growing sizes: cost per MB should stay flat.
console.log('\nFull matcher (exact + fuzzy + context) by text size:');
for (const size of [100_000, 1_000_000, 4_000_000]) {
  const t = makeText(paras, size, 7);
  const m = Buffer.byteLength(t) / 1e6;
  // A fresh matcher per run: the fuzzy memo must not carry over between runs.
  const r = time(size >= 4_000_000 ? 3 : 5, () => createMatcher(scan).find(t).length);
  console.log(
    `  ${m.toFixed(2)} MB: ${r.ms.toFixed(1)} ms (incl. compile), ${(r.ms / m).toFixed(1)} ms/MB, ${rate(r.ms, m).toFixed(1)} MB/s, ${r.result} mentions`,
  );
}
