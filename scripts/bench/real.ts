/**
 * `npm run bench:real`: what the content script costs on real saved news pages (bench-pages/,
 * made by `npm run pages:fetch`), from a Chrome trace, against a floor measured on the same page
 * in the same load, and (with --baseline DIR) against another build in the same run, pages
 * interleaved (A, B, A, B…, a fresh tab each time).
 *
 * Serving: every page under a news address Frontera runs on (context.route); its <script>
 * elements and meta refreshes are stripped at serve time (its scripts could not load their
 * resources anyway); every other request is answered locally with an empty 404: nothing reaches
 * the network.
 *
 * Per page: scanned (frontera:scan-done seen), errors (page errors + Frontera's console
 * warnings/errors), text intact (document.body.textContent at DOMContentLoaded, before the
 * document_idle injection, equals the one after the scan), root method, share of the article
 * read (Frontera's `popup:get-article` texts against Readability run in the page after the
 * traces, on word multisets), highlights, Frontera's main-thread time and longest task from the
 * trace (scripts/bench/trace.ts), the floor (scripts/bench/floor-walk.ts floorDraw, a page
 * script traced and attributed the same way) and the ratio.
 *
 * Usage: npm run build && npm run bench:real [-- --baseline .output/baseline/58887e1/chrome-mv3]
 *   [-- --extension DIR] [-- --runs 1] [-- --only nytimes] [-- --validate]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../tests/e2e/support/browser';
import type { ManifestEntry } from './real-pages';
import {
  type Cost,
  FLOOR_PATH,
  floorBundle,
  HARNESS_INIT,
  readabilityBundle,
  servedHtml,
  summarize,
  tracedFloor,
  tracedLoad,
} from './trace';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES_DIR = join(ROOT, 'bench-pages');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Build {
  label: string;
  dir: string;
  browser: ExtensionBrowser;
  origin: string;
}

interface Run {
  scanned: boolean;
  /** Frontera's: page errors thrown from its code, its console warnings and errors. */
  errors: string[];
  /** The saved page's own errors (not counted). */
  pageErrors: string[];
  textIntact: boolean | null;
  method: string;
  root: string;
  mentions: number;
  highlights: number;
  elements: number;
  /** read ∩ Readability / Readability, and read outside Readability / read (null: no answer). */
  share: { covered: number; outside: number; readWords: number; refWords: number } | null;
  planted: { found: number; texts: string[] } | null;
  frontera: Cost;
  floor: Cost | null;
  floorRanges: number;
  unownedOver5Ms: number[];
}

/** Words of a text: runs of letters and digits, lower-cased (whitespace and punctuation folded). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Multiset overlap of the words read and the reference's. */
export function wordShare(
  read: string[],
  ref: string[],
): { covered: number; outside: number; readWords: number; refWords: number } {
  const counts = new Map<string, number>();
  for (const w of ref) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of read) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return {
    covered: ref.length ? common / ref.length : 1,
    outside: read.length ? (read.length - common) / read.length : 0,
    readWords: read.length,
    refWords: ref.length,
  };
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

async function setUpContext(
  context: BrowserContext,
  html: (path: string) => string | null,
  floorJs: string,
): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === FLOOR_PATH)
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: floorJs });
    const body = url.protocol === 'https:' ? html(url.host + url.pathname) : null;
    if (body !== null)
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body,
      });
    return route.fulfill({ status: 404, body: '' });
  });
  await context.addInitScript(HARNESS_INIT);
}

async function fronteraTexts(build: Build, pageUrl: string): Promise<string[] | null> {
  try {
    const reply = (await build.browser.serviceWorker.evaluate(async (url: string) => {
      interface Tabs {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, msg: object): Promise<unknown>;
      }
      const chrome = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      let [tab] = await chrome.tabs.query({ url });
      if (!tab) [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) return null;
      try {
        // lib/messages' envelope (@webext-core/messaging); the reply is { res }.
        const reply = (await chrome.tabs.sendMessage(tab.id, {
          id: 0,
          type: 'popup:get-article',
          data: undefined,
          timestamp: Date.now(),
        })) as { res?: unknown } | undefined;
        return reply?.res ?? null;
      } catch {
        return null;
      }
    }, pageUrl)) as { texts?: unknown } | null;
    return reply && Array.isArray(reply.texts) ? (reply.texts as string[]) : null;
  } catch {
    return null;
  }
}

async function measure(build: Build, entry: ManifestEntry, readability: string): Promise<Run> {
  const url = `https://${entry.host}/bench/${entry.file}`;
  const page: Page = await build.browser.context.newPage();
  const errors: string[] = [];
  // The saved pages' own errors (inline handlers such as onload="…" survive the stripping of
  // <script> elements) are kept apart: only errors thrown from the extension's code count.
  const pageErrors: string[] = [];
  page.on('pageerror', (e) =>
    (e.stack?.includes(build.origin) ? errors : pageErrors).push(
      `pageerror: ${e.message.slice(0, 200)}`,
    ),
  );
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (m.location().url.startsWith(build.origin) || /frontera/i.test(m.text()))
      errors.push(`console.${m.type()}: ${m.text().slice(0, 200)}`);
  });
  try {
    const load = await tracedLoad(page, url, build.origin);
    if (load.error) errors.push(`load: ${load.error}`);
    const detail = load.detail;
    const after = (await page.evaluate(`(() => {
      const h = CSS.highlights.get('frontera-mention');
      const ranges = h ? [...h] : [];
      const planted = document.querySelector('[data-bench-planted]');
      const inPlanted = planted ? ranges.filter((r) => planted.contains(r.startContainer)) : null;
      const b = window.__bench;
      return {
        highlights: ranges.length,
        elements: document.querySelectorAll('frontera-mention, .frontera-mention').length,
        textIntact: b.textBefore === null || b.scanBeforeSnapshot ? null : b.textBefore === document.body.textContent,
        planted: inPlanted ? inPlanted.map((r) => r.toString ? r.toString() : (r.startContainer.data || '').slice(r.startOffset, r.endOffset)) : null,
      };
    })()`)) as {
      highlights: number;
      elements: number;
      textIntact: boolean | null;
      planted: string[] | null;
    };
    let floor: Cost | null = null;
    let floorRanges = 0;
    if (detail) {
      const f = await tracedFloor(
        page,
        url,
        { root: detail.root ?? null, chrome: detail.method !== 'page', count: after.highlights },
        build.origin,
      );
      floor = summarize(f.attribution.floor);
      floorRanges = f.result?.ranges ?? 0;
    }
    // After the traces: Readability's article text, and what Frontera says it read.
    const ref = (await page.evaluate(`(() => {
      ${readability}
      const a = new window.__benchReadability.Readability(document.cloneNode(true)).parse();
      if (!a || !a.content) return null;
      const doc = new DOMParser().parseFromString(a.content, 'text/html');
      const w = doc.createTreeWalker(doc.body, 4);
      const out = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n.data);
      // The headline is the story too: Readability gives it as the title, not in its content.
      return (a.title ? a.title + ' ' : '') + out.join(' ');
    })()`)) as string | null;
    const texts = detail ? await fronteraTexts(build, url) : null;
    const share = texts && ref !== null ? wordShare(words(texts.join(' ')), words(ref)) : null;
    return {
      scanned: detail !== null,
      errors,
      pageErrors,
      textIntact: after.textIntact,
      method: String(detail?.method ?? '–'),
      root: String(detail?.root ?? ''),
      mentions: Number(detail?.mentions ?? 0),
      highlights: after.highlights,
      elements: after.elements,
      share,
      planted: after.planted
        ? {
            found: Math.min(after.planted.length, entry.expectedEntities?.length ?? 0),
            texts: after.planted,
          }
        : null,
      frontera: summarize(load.attribution.frontera),
      floor,
      floorRanges,
      unownedOver5Ms: load.attribution.unownedOver5Ms,
    };
  } finally {
    await page.close();
  }
}

async function launch(
  label: string,
  dir: string,
  html: (p: string) => string | null,
  floorJs: string,
) {
  const browser = await launchWithExtension({ extensionDir: dir });
  await setUpContext(browser.context, html, floorJs);
  return { label, dir, browser, origin: `chrome-extension://${browser.extensionId}/` } as Build;
}

/** --validate: a throwaway extension and page with known busy loops, to check the attribution. */
async function validate(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-busy-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Busy',
      version: '1.0',
      background: { service_worker: 'sw.js' },
      content_scripts: [
        { matches: ['https://www.nytimes.com/*'], js: ['content.js'], run_at: 'document_idle' },
      ],
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(
    join(dir, 'content.js'),
    `const busy = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
busy(120); // at evaluation
requestIdleCallback(() => {
  busy(60); // idle callback
  setTimeout(() => {
    busy(20); // timer
    scheduler.yield().then(() => {
      busy(30); // yield continuation: a task whose events name no script
      performance.mark('frontera:scan-done', { detail: { method: 'page', root: 'body', mentions: 0 } });
    });
  }, 0);
});`,
  );
  const pageHtml = `<!doctype html><html><head><title>busy</title></head><body><p>${'Some words here. '.repeat(200)}</p>
<script>const busy = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
busy(120); setTimeout(() => busy(80), 0); requestIdleCallback(() => busy(50));</script></body></html>`;
  const html = (p: string) =>
    p === 'www.nytimes.com/bench/busy.html' ? servedHtml(pageHtml, { stripScripts: false }) : null;
  const build = await launch('busy', dir, html, floorBundle());
  const url = 'https://www.nytimes.com/bench/busy.html';
  const lines = [
    'Attribution check: content script busy 120 + 60 + 20 + 30 ms (= 230), page script busy 120 + 80 + 50 ms.',
  ];
  for (let r = 0; r < 3; r++) {
    const page = await build.browser.context.newPage();
    const load = await tracedLoad(page, url, build.origin);
    const floor = await tracedFloor(
      page,
      url,
      { root: 'body', chrome: false, count: 10 },
      build.origin,
    );
    const pageTasks = load.attribution.tasks.filter((t) => t.owner === 'page' && t.ms >= 40);
    lines.push(
      `run ${r + 1}: Frontera ${load.attribution.frontera.totalMs.toFixed(1)} ms in ${load.attribution.frontera.tasks} tasks (longest ${load.attribution.frontera.longestMs.toFixed(1)} ms); page-script tasks ≥ 40 ms (not Frontera's): ${pageTasks.map((t) => t.ms.toFixed(1)).join(', ')} ms; floor (10 ranges): ${floor.attribution.floor.totalMs.toFixed(1)} ms, Frontera during the floor: ${floor.attribution.frontera.totalMs.toFixed(1)} ms`,
    );
    await page.close();
  }
  await build.browser.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--validate')) return validate();
  const runs = Number(option('runs') ?? 1);
  const only = option('only');
  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8'));
  } catch {
    throw new Error('No bench-pages/manifest.json: run `npm run pages:fetch` first.');
  }
  const entries = manifest.filter((m) => !only || m.name.includes(only));
  const byPath = new Map<string, string>();
  for (const m of entries)
    byPath.set(
      `${m.host}/bench/${m.file}`,
      servedHtml(readFileSync(join(PAGES_DIR, m.file), 'utf8'), { stripScripts: true }),
    );
  const html = (p: string) => byPath.get(p) ?? null;
  const floorJs = floorBundle();
  const readability = readabilityBundle();
  const builds: Build[] = [
    await launch('new', option('extension') ?? EXTENSION_DIR, html, floorJs),
  ];
  const baselineDir = option('baseline');
  if (baselineDir) builds.push(await launch('baseline', baselineDir, html, floorJs));

  const results: { entry: ManifestEntry; runs: Record<string, Run[]> }[] = [];
  const started = Date.now();
  for (const entry of entries) {
    const row = { entry, runs: Object.fromEntries(builds.map((b) => [b.label, [] as Run[]])) };
    for (let r = 0; r < runs; r++)
      for (const build of builds)
        row.runs[build.label]?.push(await measure(build, entry, readability));
    results.push(row);
    const a = row.runs.new?.[0];
    process.stderr.write(
      `${entry.name}: ${a?.scanned ? `${a.frontera.totalMs} ms` : 'not scanned'} (${Math.round((Date.now() - started) / 1000)} s)\n`,
    );
  }
  for (const b of builds) await b.browser.close();

  const fmt = (n: number, unit = ' ms') => (Number.isFinite(n) ? `${n.toFixed(1)}${unit}` : '–');
  const pct = (n: number | undefined) =>
    n === undefined || !Number.isFinite(n) ? '–' : `${(n * 100).toFixed(1)}%`;
  const lines = [
    `Frontera on real saved pages — ${new Date().toISOString()}, ${entries.length} pages, ${runs} run(s) per build${baselineDir ? `, baseline ${baselineDir}` : ''}, medians`,
    '',
    `| page | lang | off-topic | scanned | errors | text intact | root | read ∩ R / R | read outside R | highlights (CSS / elements) | longest task | main thread | floor | ratio |${baselineDir ? ' baseline main thread | baseline longest | new / baseline |' : ''}`,
    `|---|---|---|---|---|---|---|---|---|---|---|---|---|---|${baselineDir ? '---|---|---|' : ''}`,
  ];
  const summary = {
    scanned: 0,
    errors: 0,
    offTopicHighlights: 0,
    offTopicPages: 0,
    longTasks: 0,
    main: [] as number[],
    floor: [] as number[],
    baseline: [] as number[],
    plantedFound: 0,
    plantedExpected: 0,
    notIntact: [] as string[],
  };
  for (const { entry, runs: byBuild } of results) {
    const rs = byBuild.new ?? [];
    const first = rs[0] as Run;
    const m = (pick: (r: Run) => number, list = rs) => median(list.map(pick));
    const main = m((r) => (r.scanned ? r.frontera.totalMs : Number.NaN));
    const longest = m((r) => (r.scanned ? r.frontera.longestMs : Number.NaN));
    const floor = m((r) => r.floor?.totalMs ?? Number.NaN);
    const errors = rs.reduce((n, r) => n + r.errors.length, 0);
    const scanned = rs.every((r) => r.scanned);
    summary.scanned += scanned ? 1 : 0;
    summary.errors += errors;
    summary.longTasks += rs.reduce((n, r) => n + r.frontera.longTasks, 0);
    if (Number.isFinite(main)) summary.main.push(main);
    if (Number.isFinite(floor)) summary.floor.push(floor);
    if (entry.offTopic) {
      summary.offTopicPages++;
      summary.offTopicHighlights += first.highlights;
    }
    if (entry.planted) {
      summary.plantedFound += first.planted?.found ?? 0;
      summary.plantedExpected += entry.expectedEntities?.length ?? 0;
    }
    if (first.textIntact === false) summary.notIntact.push(entry.name);
    const share = first.share;
    let base = '';
    if (baselineDir) {
      const b = byBuild.baseline ?? [];
      const bm = m((r) => (r.scanned ? r.frontera.totalMs : Number.NaN), b);
      const bl = m((r) => (r.scanned ? r.frontera.longestMs : Number.NaN), b);
      if (Number.isFinite(bm)) summary.baseline.push(bm);
      base = ` ${fmt(bm)} | ${fmt(bl)} | ${fmt(main / bm, '×')} |`;
    }
    const planted = entry.planted
      ? ` (planted: ${first.planted?.found ?? 0}/${entry.expectedEntities?.length ?? 0})`
      : '';
    lines.push(
      `| ${entry.name} | ${entry.lang} | ${entry.offTopic ? 'yes' : 'no'} | ${scanned ? 'yes' : 'NO'} | ${errors} | ${first.textIntact === null ? '–' : first.textIntact ? 'yes' : 'NO'} | ${first.method} | ${share ? pct(share.covered) : '–'} | ${share ? pct(share.outside) : '–'} | ${first.highlights} / ${first.elements}${planted} | ${fmt(longest)}${longest >= 50 ? ' ⚠' : ''} | ${fmt(main)} | ${fmt(floor)} | ${fmt(main / floor, '×')} |${base}`,
    );
  }
  const mMain = median(summary.main);
  const mFloor = median(summary.floor);
  lines.push(
    '',
    `Pages scanned: ${summary.scanned} / ${results.length}. Errors: ${summary.errors}. Text changed: ${summary.notIntact.length ? summary.notIntact.join(', ') : 'none'}.`,
    `Highlights on off-topic pages: ${summary.offTopicHighlights} on ${summary.offTopicPages} pages (${fmt((summary.offTopicHighlights * 10) / Math.max(1, summary.offTopicPages), '')} per 10 pages).`,
    `Frontera tasks ≥ 50 ms: ${summary.longTasks}.`,
    `Median main-thread time: Frontera ${fmt(mMain)}, floor ${fmt(mFloor)} (${fmt(mMain / mFloor, '×')})${baselineDir ? `; baseline ${fmt(median(summary.baseline))} (new / baseline ${fmt(mMain / median(summary.baseline), '×')})` : ''}.`,
    `Planted paragraphs: ${summary.plantedFound} / ${summary.plantedExpected} names found.`,
    '',
    "main thread: the tasks on the page's renderer main thread that ran Frontera's script (script evaluation, root finding, idle callbacks, timers, message replies, microtask checkpoints with its frames in the CPU profile), from the trace; longest task: the longest of them.",
    "floor: a page script on the same page after the scan: the collector's node filter walk of the scanned root, one StaticRange per highlight Frontera drew (at word positions spread over the text), registered in CSS.highlights, traced and attributed the same way by its url. ratio = main thread / floor.",
    "read ∩ R / R: share of the words of Readability's article, its title included (run in the page after the traces), among the words Frontera read (popup:get-article), word multisets; read outside R: share of the words read not in it. – when the build does not answer popup:get-article.",
    "text intact: document.body.textContent at DOMContentLoaded (before the document_idle injection) equals the text after the scan. errors: page errors + Frontera's console warnings/errors.",
  );
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'real.md'), `${table}\n`);
  writeFileSync(join(out, 'real.json'), JSON.stringify(results, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
