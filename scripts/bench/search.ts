/**
 * `npm run bench:search`: how fast the popup's search answers while the reader types.
 *
 * - Per keystroke: every prefix of a dozen realistic queries (names with and without accents,
 *   misspellings, Spanish names, phrases) is searched in turn, as the popup does on each input
 *   event; median, 95th percentile and max over all keystrokes, after one warm-up pass.
 * - Corpora: the bundled one (public/data/search.json, built by `npm run corpus`) and a
 *   synthetic one 100× larger built here from it: every row copied 100 times, and in each copy
 *   one word in ten given a one-letter change so the vocabulary grows as a real corpus would
 *   (copies of the same words would flatter a word index). Its Fuse index is built here, as
 *   the corpus build would.
 * - Popup open-to-interactive, in Chromium with the built extension (.output/chrome-mv3 or
 *   FRONTERA_EXTENSION_DIR): from navigation to first paint, and to the search box focused with
 *   its index loaded (the popup's `frontera:popup-interactive` mark). Skipped, with the reason,
 *   when no build or no Chromium is available.
 * Wall-clock and CPU time are both reported: on a shared machine wall time includes waiting.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { SearchData, SearchDoc } from '../../lib/corpus/types';
import { createSearcher, fold } from '../../lib/search';
import { SEARCH_QUERIES } from './search-queries';

const root = join(import.meta.dirname, '..', '..');

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return {
    n: s.length,
    median: at(0.5),
    p95: at(0.95),
    max: s[s.length - 1] ?? 0,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

const keystrokes = SEARCH_QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);

function perKeystroke(data: SearchData, rounds: number) {
  const t0 = performance.now();
  const searcher = createSearcher(data);
  const setupMs = performance.now() - t0;
  for (const k of keystrokes) searcher.search(k); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const k of keystrokes) {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      searcher.search(k);
      wall.push(performance.now() - w0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { setupMs, wall: stats(wall), cpu: stats(cpu) };
}

/** One-letter change at a random position: a new word that still looks like a word. */
function mutate(word: string, rand: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(rand() * (word.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)] ?? 'x';
  return word.slice(0, at) + letter + word.slice(at + 1);
}

function synthetic(data: SearchData, factor: number): SearchData {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  const docs: SearchDoc[] = [];
  for (let k = 0; k < factor; k++) {
    for (const d of data.docs) {
      const vary = (t: string) =>
        k === 0 ? t : t.replace(/[\p{L}]+/gu, (w) => (rand() < 0.1 ? mutate(w, rand) : w));
      docs.push({
        ...d,
        id: k === 0 ? d.id : `${d.id}~${k}`,
        title: vary(d.title),
        aliases: d.aliases.map(vary),
        text: fold(vary(d.text)),
      });
    }
  }
  const t0 = performance.now();
  const index = Fuse.createIndex(
    data.keys.map((k) => k.name),
    docs,
  ).toJSON();
  console.log(`  (synthetic index built in ${(performance.now() - t0).toFixed(0)} ms)`);
  return { ...data, docs, index };
}

async function popupOpen(runs: number) {
  const dir = process.env.FRONTERA_EXTENSION_DIR ?? join(root, '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    return { skipped: `no built extension in ${dir} (npm run build)` };
  }
  let launch: typeof import('../../tests/e2e/support/browser').launchWithExtension;
  try {
    ({ launchWithExtension: launch } = await import('../../tests/e2e/support/browser'));
  } catch (err) {
    return { skipped: `cannot load the browser harness: ${String(err)}` };
  }
  let b: Awaited<ReturnType<typeof launch>>;
  try {
    b = await launch({ extensionDir: dir, viewport: { width: 400, height: 600 } });
  } catch (err) {
    return { skipped: `Chromium did not start: ${String(err).split('\n')[0]}` };
  }
  const firstPaint: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('frontera:popup-interactive').length > 0 &&
          document.activeElement?.id === 'fr-q',
        undefined,
        { timeout: 15_000 },
      );
      const t = await page.evaluate(() => ({
        paint:
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
          performance.getEntriesByName('first-paint')[0]?.startTime ??
          Number.NaN,
        ready:
          performance.getEntriesByName('frontera:popup-interactive')[0]?.startTime ?? Number.NaN,
      }));
      if (i > 0) {
        // The first open also starts the extension's renderer process: reported separately.
        firstPaint.push(t.paint);
        interactive.push(t.ready);
      } else {
        console.log(
          `  cold first open: first paint ${t.paint.toFixed(0)} ms, interactive ${t.ready.toFixed(0)} ms`,
        );
      }
      await page.close();
    }
  } finally {
    await b.close();
  }
  return { firstPaint: stats(firstPaint), interactive: stats(interactive) };
}

const fmt = (s: Stats) =>
  `median ${s.median.toFixed(2)} ms · p95 ${s.p95.toFixed(2)} ms · max ${s.max.toFixed(2)} ms (n=${s.n})`;

async function main() {
  const file = join(root, 'public', 'data', 'search.json');
  if (!existsSync(file)) {
    console.error('public/data/search.json not found: run `npm run corpus` first.');
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as SearchData;
  const entities = data.docs.filter((d) => d.kind === 'entity').length;
  console.log(
    `Search latency per keystroke (${keystrokes.length} keystrokes from ${SEARCH_QUERIES.length} queries)`,
  );
  console.log(`\nBundled corpus: ${entities} entities, ${data.docs.length - entities} passages`);
  const bundled = perKeystroke(data, 5);
  console.log(`  index load ${bundled.setupMs.toFixed(1)} ms`);
  console.log(`  wall  ${fmt(bundled.wall)}`);
  console.log(`  cpu   ${fmt(bundled.cpu)}`);
  console.log(`  target p95 < 10 ms: ${bundled.wall.p95 < 10 ? 'met' : 'NOT met'}`);

  console.log(`\nSynthetic corpus, 100× (${data.docs.length * 100} rows)`);
  const big = perKeystroke(synthetic(data, 100), 1);
  console.log(`  index load ${big.setupMs.toFixed(1)} ms`);
  console.log(`  wall  ${fmt(big.wall)}`);
  console.log(`  cpu   ${fmt(big.cpu)}`);

  console.log('\nPopup open-to-interactive (Chromium, headless, warm; 10 opens)');
  const popup = await popupOpen(10);
  if ('skipped' in popup) console.log(`  skipped: ${popup.skipped}`);
  else {
    console.log(`  first paint              ${fmt(popup.firstPaint)}`);
    console.log(`  search box ready+focused ${fmt(popup.interactive)}`);
  }

  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'search.json'),
    `${JSON.stringify({ date: new Date().toISOString(), bundled, synthetic100: big, popup }, null, 2)}\n`,
  );
  console.log('\nWritten to bench-results/search.json');
}

await main();
