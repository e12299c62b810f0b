/**
 * `npm run bench:name-page`: a name's page with 500 passages, in the built extension in headless
 * Chromium, drawing its timeline and its map (issue 17's target: < 500 ms, no task ≥ 50 ms).
 *
 * - The library: 200 generated saved articles (seeded, so every run measures the same), 500
 *   passages that each name Claudia Sheinbaum and 0–4 other corpus names (skewed: a few often,
 *   most rarely), spread over 36 months, one article in five stating no date. Written into the
 *   extension's own IndexedDB from an extension page, as scripts/bench/library-browser.ts does.
 * - Each run opens reader.html#name=claudia-sheinbaum in a new tab, with a PerformanceObserver
 *   for long tasks (buffered) and a frame-by-frame check for the moment the whole list of 500
 *   passages is on screen ("list"); the picture announces itself drawn with the performance mark
 *   `frontera:name-picture-drawn` ("drawn"). Draw time = drawn − list: what the picture adds
 *   after the page the reader had before it.
 * - Baseline, in the same run, interleaved: with `--baseline DIR` (an older build, e.g.
 *   `npx tsx scripts/bench/build-baseline.ts 71d122c`, the commit before the picture), the same
 *   library and the same page in that build: its "list" time and its longest task.
 *
 * Usage: npm run bench:name-page [-- --runs 7] [--baseline .output/baseline/71d122c/chrome-mv3]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { CorpusData } from '../../lib/corpus/types';
import type { LibraryPassage, SavedArticle } from '../../lib/library/types';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../tests/e2e/support/browser';
import { rng } from './library-gen';
import { startTrace, type TraceEvent } from './trace';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTITY = 'claudia-sheinbaum';
const PASSAGES = 500;
const ARTICLES = 200;
const DRAWN_MARK = 'frontera:name-picture-drawn';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The generated library: every passage names ENTITY, with its mentions' offsets recorded. */
export function generate(corpus: CorpusData, seed = 17) {
  const rand = rng(seed);
  const self = corpus.entities.find((e) => e.id === ENTITY);
  if (!self) throw new Error(`${ENTITY} is not in the corpus`);
  const others = corpus.entities.filter((e) => e.id !== ENTITY);
  const articles: SavedArticle[] = [];
  const passages: LibraryPassage[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const month = Math.floor(rand() * 36);
    const date = new Date(Date.UTC(2023, month, 1 + Math.floor(rand() * 27)));
    const id = `https://bench.example/name-page/${a}`;
    articles.push({
      id,
      url: id,
      title: `Security briefing ${a + 1}`,
      site: a % 3 === 0 ? 'The Border Ledger' : 'Noticias del Norte',
      byline: null,
      language: 'en',
      publishedAt: a % 5 === 4 ? null : date.toISOString(),
      savedAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      extraction: 'article-element',
      origin: null,
    });
  }
  for (let i = 0; i < PASSAGES; i++) {
    const articleId = (articles[i % ARTICLES] as SavedArticle).id;
    const position = Math.floor(i / ARTICLES) + 1;
    const seen = new Set<string>();
    const n = Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) {
      // Skewed: the first names of the list come up far more often than the rest.
      seen.add((others[Math.floor(rand() ** 2.5 * others.length)] as (typeof others)[number]).id);
    }
    const parts: { entityId: string; text: string }[] = [{ entityId: ENTITY, text: self.name }];
    for (const o of seen) {
      const e = others.find((x) => x.id === o);
      if (e) parts.push({ entityId: e.id, text: e.name });
    }
    let text = '';
    const mentions: LibraryPassage['mentions'] = [];
    parts.forEach((p, j) => {
      text += j === 0 ? 'In the briefing, ' : j === parts.length - 1 ? ' and ' : ', ';
      mentions.push({ entityId: p.entityId, start: text.length, end: text.length + p.text.length });
      text += p.text;
    });
    text += ' came up again as officials weighed the next steps of the security plan.';
    passages.push({
      id: `${articleId}#${position}`,
      articleId,
      position,
      headingPath: [],
      text,
      entityIds: [...new Set(parts.map((p) => p.entityId))],
      mentions,
    });
  }
  return { articles, passages };
}

/** Writes the records into the extension's library database with the raw IndexedDB API. */
async function fill(ext: Page, records: ReturnType<typeof generate>): Promise<void> {
  // Function forms only: a string would be eval'd in the page, which its CSP forbids.
  await ext.waitForFunction(
    () =>
      indexedDB
        .databases()
        .then((d) => d.some((x) => x.name === 'frontera-library' && (x.version ?? 0) >= 20)),
    undefined,
    { timeout: 30_000 },
  );
  for (const [table, rows] of [
    ['articles', records.articles],
    ['passages', records.passages],
  ] as const) {
    await ext.evaluate(
      ([t, r]) =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('frontera-library');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(t, 'readwrite');
            for (const row of r) tx.objectStore(t).put(row);
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      [table, rows as unknown[]] as const,
    );
  }
}

/** In every page: long tasks as they end, and the first frame with the whole list on screen. */
const INIT = `(() => {
  const np = (window.__np = { longTasks: [], listFrame: null, listAt: null });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) np.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const tick = () => {
    if (
      document.querySelectorAll('.rd-name-passage').length >= ${PASSAGES} &&
      !document.querySelector('.rd-note-line')
    ) {
      // The frame that first shows the list (before its layout and paint), then after them.
      np.listFrame = performance.now();
      setTimeout(() => { np.listAt = performance.now(); }, 0);
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Run {
  /** The picture's steps (performance marks of NamePicture.tsx), ms since the page started. */
  steps: Record<string, number>;
  /** After the list's layout and paint. */
  listMs: number;
  /** The frame that first shows the list, before its layout and paint. */
  listFrameMs: number;
  drawnMs: number | null;
  longestMs: number;
  longestAfterListMs: number;
  longTasks: number;
}

async function measure(b: ExtensionBrowser, picture: boolean): Promise<Run> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/reader.html#name=${ENTITY}`);
  await page.waitForFunction(
    () => (window as unknown as { __np?: { listAt: number | null } }).__np?.listAt != null,
    undefined,
    { timeout: 60_000 },
  );
  if (picture) {
    // The corpus's part draws a picture first; the one that counts is drawn with the library's.
    await page.waitForFunction(
      (mark) => {
        const np = (window as unknown as { __np: { listFrame: number } }).__np;
        return performance.getEntriesByName(mark).some((m) => m.startTime > np.listFrame);
      },
      DRAWN_MARK,
      { timeout: 60_000 },
    );
  }
  // A frame and a task more, so the observer has reported the task that drew the last chart.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const out = (await page.evaluate(`(() => {
    const np = window.__np;
    const drawn = performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}).at(-1);
    const after = np.longTasks.filter((t) => t.start > np.listFrame);
    const steps = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('frontera:name-picture')) steps[m.name.replace('frontera:name-picture-', '')] = m.startTime;
    }
    return {
      steps,
      listMs: np.listAt,
      listFrameMs: np.listFrame,
      drawnMs: drawn ? drawn.startTime : null,
      longestMs: Math.max(0, ...np.longTasks.map((t) => t.ms)),
      longestAfterListMs: Math.max(0, ...after.map((t) => t.ms)),
      longTasks: np.longTasks.length,
    };
  })()`)) as Run;
  if (picture) {
    const nodes = await page.locator('.rd-map-node').count();
    const bars = await page.locator('.rd-timeline svg rect').count();
    if (nodes < 2 || bars < 2) throw new Error(`picture not drawn (${nodes} nodes, ${bars} bars)`);
  }
  await page.close();
  return out;
}

async function open(dir: string, records: ReturnType<typeof generate>): Promise<ExtensionBrowser> {
  const b = await launchWithExtension({
    extensionDir: dir,
    viewport: { width: 1280, height: 900 },
  });
  await b.context.addInitScript(INIT);
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/options.html`);
  await fill(ext, records);
  await ext.close();
  return b;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const fmt = (x: number) => `${x.toFixed(0)} ms`;

/**
 * `--trace`: one more load of this build under a Chromium trace, and what its tasks of 50 ms or
 * more were made of (the events inside each, by name, summed), to see where a long task comes from.
 */
async function traceLongTasks(b: ExtensionBrowser): Promise<void> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await page.goto(`chrome-extension://${b.extensionId}/reader.html#name=${ENTITY}`);
  await page.waitForFunction(
    (mark) => {
      const np = (window as unknown as { __np: { listFrame: number | null } }).__np;
      return (
        np.listFrame !== null &&
        performance.getEntriesByName(mark).some((m) => m.startTime > (np.listFrame ?? 0))
      );
    },
    DRAWN_MARK,
    { timeout: 60_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const events = await trace.stop();
  await page.close();
  const tasks = events.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 50_000);
  const inside = (t: TraceEvent, e: TraceEvent) =>
    e !== t &&
    e.ph === 'X' &&
    e.tid === t.tid &&
    e.pid === t.pid &&
    e.ts >= t.ts &&
    e.ts < t.ts + (t.dur ?? 0);
  const marks = events.filter(
    (e) => e.cat.includes('blink.user_timing') && e.name.startsWith('frontera:'),
  );
  const t0 = Math.min(...tasks.map((t) => t.ts));
  for (const t of tasks) {
    const by = new Map<string, number>();
    for (const e of events)
      if (inside(t, e) && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const during = marks
      .filter((m) => m.ts >= t.ts && m.ts < t.ts + (t.dur ?? 0))
      .map((m) => m.name);
    console.log(
      `task at +${((t.ts - t0) / 1000).toFixed(0)} ms, ${((t.dur ?? 0) / 1000).toFixed(0)} ms: ${top.map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ')}${during.length ? ` [marks: ${during.join(', ')}]` : ''}`,
    );
  }
}

async function main(): Promise<void> {
  const runs = Number(arg('runs') ?? 7);
  const baselineDir = arg('baseline');
  const corpus = JSON.parse(readFileSync(resolve(ROOT, 'public/data/corpus.json'), 'utf8'));
  const records = generate(corpus as CorpusData);
  console.log(
    `name-page bench: ${records.passages.length} passages naming ${ENTITY} in ${records.articles.length} saved articles; ${runs} runs${baselineDir ? ', baseline interleaved' : ''}`,
  );
  const current = await open(EXTENSION_DIR, records);
  const baseline = baselineDir ? await open(resolve(baselineDir), records) : null;
  const got: { current: Run[]; baseline: Run[] } = { current: [], baseline: [] };
  try {
    // One untimed load each first: the first tab of a profile also pays for its disk cache.
    await measure(current, true);
    if (baseline) await measure(baseline, false);
    for (let i = 0; i < runs; i++) {
      got.current.push(await measure(current, true));
      if (baseline) got.baseline.push(await measure(baseline, false));
    }
    if (process.argv.includes('--trace')) await traceLongTasks(current);
  } finally {
    await current.close();
    await baseline?.close();
  }
  const draw = got.current.map((r) => (r.drawnMs ?? Number.NaN) - r.listFrameMs);
  console.log('\nwith the picture (this build):');
  console.log(
    `  page → list of 500 passages on screen: median ${fmt(median(got.current.map((r) => r.listMs)))}`,
  );
  console.log(
    `  page → timeline and map drawn:         median ${fmt(median(got.current.map((r) => r.drawnMs ?? Number.NaN)))}`,
  );
  console.log(
    `  draw time (drawn − list's frame):              median ${fmt(median(draw))}, max ${fmt(Math.max(...draw))}`,
  );
  console.log(
    `  longest task after the list's frame:  median ${fmt(median(got.current.map((r) => r.longestAfterListMs)))}, max ${fmt(Math.max(...got.current.map((r) => r.longestAfterListMs)))}`,
  );
  console.log(
    `  longest task of the whole load:        median ${fmt(median(got.current.map((r) => r.longestMs)))}, max ${fmt(Math.max(...got.current.map((r) => r.longestMs)))}`,
  );
  for (const step of ['loaded', 'timeline-start', 'timeline', 'laid-out']) {
    const at = got.current.map((r) => (r.steps[step] ?? Number.NaN) - r.listFrameMs);
    console.log(`  step '${step}' after the list:`.padEnd(41) + `median ${fmt(median(at))}`);
  }
  if (baseline) {
    console.log('\nbaseline (the same page without the picture):');
    console.log(
      `  page → list of 500 passages on screen: median ${fmt(median(got.baseline.map((r) => r.listMs)))}`,
    );
    console.log(
      `  longest task of the whole load:        median ${fmt(median(got.baseline.map((r) => r.longestMs)))}, max ${fmt(Math.max(...got.baseline.map((r) => r.longestMs)))}`,
    );
    console.log(
      `  longest task after the list's frame:   median ${fmt(median(got.baseline.map((r) => r.longestAfterListMs)))}, max ${fmt(Math.max(...got.baseline.map((r) => r.longestAfterListMs)))}`,
    );
  }
  console.log(`\nraw: ${JSON.stringify(got)}`);
}

await main();
