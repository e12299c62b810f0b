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

interface Timing {
  /** Median wall-clock milliseconds. */
  ms: number;
  /** Fastest run: the least disturbed by other processes on a shared machine. */
  best: number;
  /** Median CPU milliseconds of this process (user + system), less sensitive to load. */
  cpu: number;
}

/**
 * Time several functions in interleaved rounds (a, b, a, b…), so that a burst of load from
 * other processes hits all of them alike.
 */
function timeTogether(runs: number, fs: (() => unknown)[]): Timing[] {
  for (const f of fs) f(); // warm-up
  const wall: number[][] = fs.map(() => []);
  const cpu: number[][] = fs.map(() => []);
  for (let r = 0; r < runs; r++) {
    fs.forEach((f, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      f();
      (wall[i] as number[]).push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      (cpu[i] as number[]).push((c.user + c.system) / 1000);
    });
  }
  return fs.map((_, i) => ({
    ms: median(wall[i] as number[]),
    best: Math.min(...(wall[i] as number[])),
    cpu: median(cpu[i] as number[]),
  }));
}

const { scan, label } = loadKb();
const paras = paragraphs();
console.log(`Knowledge base: ${label}`);
console.log(`  ${scan.entities.length} entities, ${scan.aliases.length} aliases`);

// Compile cost (what a content script pays once per page load). The first call is the one a
// content script pays (cold: nothing JIT-compiled yet); the rest are medians of warm runs.
// scan.json from the corpus build carries the precompiled pattern table (ScanData.matcher);
// "from the aliases" is the cost without it (CLI on an ad-hoc KB, or an older scan.json).
const { matcher: precompiledTable, ...fromAliases } = scan;
// createMatcher builds the exact automaton; the fuzzy index is built by the first find(), so
// "with the fuzzy index" times createMatcher plus a one-word find.
const withFuzzy = (s: ScanData) => createMatcher(s).find('Sheinbaum');
const coldStart = performance.now();
const coldMatcher = createMatcher(scan);
const coldMs = performance.now() - coldStart;
const coldFuzzyStart = performance.now();
coldMatcher.find('Sheinbaum');
const coldFuzzyMs = performance.now() - coldFuzzyStart;
const [compileAll, compileExact, compileRaw] = timeTogether(9, [
  () => withFuzzy(scan),
  () => createMatcher(scan, { fuzzy: false }),
  () => withFuzzy(fromAliases),
]) as [Timing, Timing, Timing];
console.log(
  `Compile (once per content-script start${precompiledTable ? ', from the pattern table precompiled at build time' : ', from the aliases: scan.json has no precompiled table'}):`,
);
console.log(
  `  first call (cold, what a content script pays): createMatcher ${coldMs.toFixed(1)} ms, then its first find() builds the fuzzy index: ${coldFuzzyMs.toFixed(1)} ms`,
);
console.log(
  `  warm: ${compileAll.ms.toFixed(1)} ms with the fuzzy index (best ${compileAll.best.toFixed(1)}), ${compileExact.ms.toFixed(1)} ms exact only (best ${compileExact.best.toFixed(1)}); from the aliases alone (no precompiled table) ${compileRaw.ms.toFixed(1)} ms with the fuzzy index (best ${compileRaw.best.toFixed(1)})`,
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
let mentions = 0;
let occurrences = 0;
let rawHits = 0;
// Like for like: the exact pass (fold + automaton + word boundaries) does what the combined
// RegExp does. Deciding entities (case and context rules, overlaps) is timed on top of it.
const [pass, baseline, ours] = timeTogether(15, [
  () => {
    occurrences = exact.exactOccurrences(text);
  },
  () => {
    rawHits = 0;
    for (const _ of fold(text).matchAll(combined)) rawHits++;
  },
  () => {
    mentions = exact.find(text).length;
  },
]) as [Timing, Timing, Timing];
const rate = (ms: number, size = mb) => size / (ms / 1000);
const line = (t: Timing) =>
  `${rate(t.ms).toFixed(1)} MB/s (median ${t.ms.toFixed(1)} ms; best ${t.best.toFixed(1)} ms = ${rate(t.best).toFixed(1)} MB/s; CPU ${t.cpu.toFixed(1)} ms = ${rate(t.cpu).toFixed(1)} MB/s)`;
console.log(`\nExact pass on ${mb.toFixed(2)} MB (${paras.length} source paragraphs, shuffled):`);
console.log(`  exact pass (fold + automaton):      ${line(pass)}, ${occurrences} occurrences`);
console.log(`  baseline (fold + one RegExp):       ${line(baseline)}, ${rawHits} raw hits`);
console.log(
  `  exact pass/baseline throughput: ${(baseline.ms / pass.ms).toFixed(2)}× median, ${(baseline.best / pass.best).toFixed(2)}× best, ${(baseline.cpu / pass.cpu).toFixed(2)}× CPU`,
);
console.log(
  `  find, exact mode (+ case/context rules, overlaps): ${line(ours)}, ${mentions} mentions`,
);
console.log(
  `  find/baseline throughput: ${(baseline.ms / ours.ms).toFixed(2)}× median, ${(baseline.best / ours.best).toFixed(2)}× best, ${(baseline.cpu / ours.cpu).toFixed(2)}× CPU`,
);

// Full matcher (with the fuzzy pass) at growing sizes: cost per MB should stay flat.
console.log('\nFull matcher (compile + exact + fuzzy + context), fresh matcher each run:');
for (const size of [100_000, 1_000_000, 4_000_000]) {
  const t = makeText(paras, size, 7);
  const m = Buffer.byteLength(t) / 1e6;
  let found = 0;
  // A fresh matcher per run: the fuzzy memo must not carry over between runs.
  const [r] = timeTogether(size >= 4_000_000 ? 3 : 7, [
    () => {
      found = createMatcher(scan).find(t).length;
    },
  ]) as [Timing];
  console.log(
    `  ${m.toFixed(2)} MB: ${r.ms.toFixed(1)} ms median (best ${r.best.toFixed(1)}, CPU ${r.cpu.toFixed(1)}), ${(r.best / m).toFixed(1)} ms/MB best, ${found} mentions`,
  );
}
