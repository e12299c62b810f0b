/**
 * The Chromium part of `npm run bench:library`: the built extension, two persistent profiles
 * (an empty library, and the generated one written into the extension's own IndexedDB), the
 * same pages and the same requests on both, in the same run.
 *
 * - Filling: the records are written from an extension page (options.html) with the raw
 *   IndexedDB API into 'frontera-library' (the schema of lib/library/db.ts, created by the
 *   background's Dexie), then the browser is closed: the next start reads the library as a
 *   reader's browser would.
 * - Start-up: each profile is started `cold` times, alone; on the first page after the start:
 *   navigation → first highlight, and a hover on a bundled name → its card on screen (hover
 *   delay set to 0, so this is the time after the delay; the card's UI script is loaded then too).
 * - Then both profiles run side by side, warm, requests interleaved: each page loaded under a
 *   trace (scripts/bench/trace.ts: Frontera's main-thread time per load); 'content:get-card'
 *   and 'library:search' sent from an extension page through the @webext-core/messaging envelope
 *   (the background's real handlers over the browser's IndexedDB); 'library:save-tab' on an
 *   open article, its page traced meanwhile (the longest Frontera task while saving).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { StoredName } from '../../lib/library/db';
import type { LibraryPassage, SavedArticle } from '../../lib/library/types';
import { cardText, cdpFor, hoverMention, setSettings } from '../../tests/e2e/content-support';
import { CHROMIUM_ARGS, chromiumPath, EXTENSION_DIR } from '../../tests/e2e/support/browser';
import { readHighlights } from '../../tests/e2e/support/highlight-probe';
import { FIRST_HIGHLIGHT_INIT } from './first-highlight';
import { type Stats, stats } from './library-stats';
import { attribute, HARNESS_INIT, startTrace, summarize, tracedLoad } from './trace';

const HOST = 'apnews.com';

export interface BenchPage {
  file: string;
  name: string;
  html: string;
}

export interface BrowserInputs {
  extensionDir?: string;
  records: { articles: SavedArticle[]; passages: LibraryPassage[]; names: StoredName[] };
  /** Pages whose loads are traced (same on both sides). */
  pages: BenchPage[];
  /** Articles saved in the run (one page each). */
  savePages: BenchPage[];
  /** Bundled entity ids (both sides), and the reader's (library side) for card requests. */
  cardBundled: string[];
  cardReader: string[];
  keystrokes: string[];
  runs: number;
  cold: number;
  log(line: string): void;
}

export interface SideBrowserFigures {
  /** Per page file: Frontera's main-thread ms per load, and its longest task. */
  mainThread: Record<string, { totalMs: number[]; longestMs: number[] }>;
  firstHighlightMs: number[];
  firstCardMs: number[];
  launchMs: number[];
  card: Stats;
  cardReader: Stats | null;
  firstSearchMs: number;
  search: Stats;
  save: Stats;
  saveLongestTaskMs: number;
  saveLongTasks: number;
  /** Frontera tasks found in the page's traces while saving (0 would mean none was seen). */
  saveTasks: number;
}

export interface BrowserFigures {
  without: SideBrowserFigures;
  with: SideBrowserFigures;
  fillMs: number;
}

interface Session {
  context: BrowserContext;
  extensionId: string;
  sw: Worker;
  ext: Page;
  close(): Promise<void>;
}

async function launch(
  profile: string,
  extensionDir: string,
  pages: BenchPage[],
): Promise<Session & { launchMs: number }> {
  const t0 = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  try {
    return await prepare(context, t0, pages);
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

async function prepare(
  context: BrowserContext,
  t0: number,
  pages: BenchPage[],
): Promise<Session & { launchMs: number }> {
  // Serving and init scripts first: adding an init script fails if a page closes meanwhile.
  await context.route(`https://${HOST}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/bench/', '');
    const page = pages.find((p) => p.file === name);
    return route.fulfill({
      status: page ? 200 : 404,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: page ? page.html : 'not found',
    });
  });
  await context.addInitScript(HARNESS_INIT);
  await context.addInitScript(FIRST_HIGHLIGHT_INIT);
  const sw =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const launchMs = performance.now() - t0;
  const extensionId = new URL(sw.url()).host;
  // The welcome page opens on the first install only: close it whenever it shows up.
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  context.on('page', (p) => {
    if (isWelcome(p)) void p.close().catch(() => {});
  });
  for (const p of context.pages()) if (isWelcome(p)) await p.close().catch(() => {});
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  return { context, extensionId, sw, ext, launchMs, close: () => context.close() };
}

/** Sends a background message from the extension page; the reply and its round trip. */
async function send(ext: Page, type: string, data: unknown): Promise<{ ms: number; res: unknown }> {
  const out = (await ext.evaluate(
    `(async () => {
      const msg = ${JSON.stringify({ id: 1, type, data })};
      msg.timestamp = Date.now();
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage(msg);
      return { ms: performance.now() - t0, reply };
    })()`,
  )) as { ms: number; reply: { res?: unknown; err?: { message?: string } } | null };
  if (out.reply?.err) throw new Error(`${type}: ${out.reply.err.message ?? 'failed'}`);
  return { ms: out.ms, res: out.reply?.res ?? null };
}

/** Writes the records into the extension's library database, table by table, in chunks. */
async function fill(ext: Page, records: BrowserInputs['records']): Promise<void> {
  // The background's Dexie creates the database (version 2 = IndexedDB version 20) at start.
  await ext.waitForFunction(
    `indexedDB.databases().then((d) => d.some((x) => x.name === 'frontera-library' && x.version >= 20))`,
    undefined,
    { timeout: 30_000 },
  );
  const tables: [string, unknown[]][] = [
    ['names', records.names],
    ['articles', records.articles],
    ['passages', records.passages],
  ];
  for (const [table, rows] of tables) {
    for (let i = 0; i < rows.length; i += 2000) {
      await ext.evaluate(
        `new Promise((resolve, reject) => {
          const rows = ${JSON.stringify(rows.slice(i, i + 2000))};
          const req = indexedDB.open('frontera-library');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(${JSON.stringify(table)}, 'readwrite');
            const store = tx.objectStore(${JSON.stringify(table)});
            for (const r of rows) store.put(r);
            tx.oncomplete = () => { db.close(); resolve(); };
            tx.onerror = () => { db.close(); reject(tx.error); };
          };
        })`,
      );
    }
  }
  const counts = (await ext.evaluate(
    `new Promise((resolve) => {
      const req = indexedDB.open('frontera-library');
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['articles', 'passages', 'names']);
        const out = {};
        let left = 3;
        for (const t of ['articles', 'passages', 'names']) {
          const c = tx.objectStore(t).count();
          c.onsuccess = () => { out[t] = c.result; if (--left === 0) { db.close(); resolve(out); } };
        }
      };
    })`,
  )) as Record<string, number>;
  if (
    counts.articles !== records.articles.length ||
    counts.passages !== records.passages.length ||
    counts.names !== records.names.length
  ) {
    throw new Error(`the library was not written whole: ${JSON.stringify(counts)}`);
  }
}

async function firstHighlight(page: Page): Promise<number> {
  await page.waitForFunction('window.__firstHighlight !== null', undefined, { timeout: 60_000 });
  return (await page.evaluate('window.__firstHighlight')) as number;
}

/** Hovers `text` and waits for its card: ms from the hover to the card's text on screen. */
async function hoverToCard(page: Page, text: string): Promise<number> {
  const cdp = await cdpFor(page);
  await hoverMention(page, text);
  const t0 = performance.now();
  const until = t0 + 20_000;
  for (;;) {
    const shown = await cardText(cdp).catch(() => null);
    if (shown) break;
    if (performance.now() > until) throw new Error(`no card for "${text}"`);
  }
  const ms = performance.now() - t0;
  await cdp.detach();
  return ms;
}

function emptySide(): SideBrowserFigures {
  return {
    mainThread: {},
    firstHighlightMs: [],
    firstCardMs: [],
    launchMs: [],
    card: stats([]),
    cardReader: null,
    firstSearchMs: Number.NaN,
    search: stats([]),
    save: stats([]),
    saveLongestTaskMs: 0,
    saveLongTasks: 0,
    saveTasks: 0,
  };
}

export async function browserFigures(inputs: BrowserInputs): Promise<BrowserFigures> {
  const dir = inputs.extensionDir ?? EXTENSION_DIR;
  const pages = [...inputs.pages, ...inputs.savePages];
  const profiles = {
    without: mkdtempSync(join(tmpdir(), 'frontera-bench-empty-')),
    with: mkdtempSync(join(tmpdir(), 'frontera-bench-library-')),
  };
  const sides = ['without', 'with'] as const;
  const session = async (
    profile: string,
    run: (s: Session & { launchMs: number }) => Promise<void>,
  ) => {
    const s = await launch(profile, dir, pages);
    try {
      await run(s);
    } finally {
      await s.close();
    }
  };
  const out: BrowserFigures = { without: emptySide(), with: emptySide(), fillMs: 0 };
  try {
    // Install in both profiles; fill one. Cards open without a hover delay.
    for (const side of sides) {
      await session(profiles[side], async (s) => {
        await setSettings(s.sw, { hoverDelayMs: 0 });
        if (side === 'with') {
          inputs.log('Chromium: writing the library into the extension’s IndexedDB…');
          const t0 = performance.now();
          await fill(s.ext, inputs.records);
          out.fillMs = performance.now() - t0;
        }
      });
    }

    // Start-up: each profile alone, the first page after the browser starts.
    const probe = inputs.pages[inputs.pages.length - 1] as BenchPage;
    let hoverText: string | null = null;
    for (let k = 0; k < inputs.cold; k++) {
      for (const side of sides) {
        await session(profiles[side], async (s) => {
          const page = await s.context.newPage();
          await page.goto(`https://${HOST}/bench/${probe.file}`);
          out[side].launchMs.push(s.launchMs);
          out[side].firstHighlightMs.push(await firstHighlight(page));
          await page.waitForFunction('window.__bench.scanDone');
          // A bundled name highlighted with the empty library is on both sides.
          hoverText ??=
            ((await page.evaluate(readHighlights, 'frontera-mention'))[0]?.text as string) ?? null;
          if (!hoverText) throw new Error(`nothing highlighted on ${probe.file}`);
          out[side].firstCardMs.push(await hoverToCard(page, hoverText));
        });
      }
    }

    // Both profiles side by side, warm.
    const launched: Session[] = [];
    try {
      const start = async (profile: string) => {
        const s = await launch(profile, dir, pages);
        launched.push(s);
        return s;
      };
      const open = { without: await start(profiles.without), with: await start(profiles.with) };
      inputs.log('Chromium: page loads, cards, search, saves…');
      for (const side of sides) {
        // Warm: the matcher compiled with the reader's names, the corpus loaded.
        const p = await open[side].context.newPage();
        await tracedLoad(
          p,
          `https://${HOST}/bench/${probe.file}`,
          `chrome-extension://${open[side].extensionId}/`,
          60_000,
        );
        await p.close();
      }
      for (let r = 0; r < inputs.runs; r++) {
        for (const gen of inputs.pages) {
          for (const side of sides) {
            const s = open[side];
            const page = await s.context.newPage();
            const url = `https://${HOST}/bench/${gen.file}`;
            const load = await tracedLoad(
              page,
              url,
              `chrome-extension://${s.extensionId}/`,
              60_000,
            );
            if (!load.detail)
              throw new Error(`${gen.file}: no scan-done (${side}) ${load.error ?? ''}`);
            const cost = summarize(load.attribution.frontera);
            const row = out[side].mainThread[gen.file] ?? { totalMs: [], longestMs: [] };
            out[side].mainThread[gen.file] = row;
            row.totalMs.push(cost.totalMs);
            row.longestMs.push(cost.longestMs);
            await page.close();
          }
        }
      }

      const page = inputs.cardBundled.slice(0, 8);
      const cardTimes = async (side: (typeof sides)[number], ids: string[]) => {
        const times: number[] = [];
        for (let r = 0; r < inputs.runs; r++) {
          for (const id of ids) {
            const { ms, res } = await send(open[side].ext, 'content:get-card', {
              entityId: id,
              pageEntityIds: page,
            });
            if (!res) throw new Error(`no card for ${id} (${side})`);
            times.push(ms);
          }
        }
        return times;
      };
      const bundled = { without: [] as number[], with: [] as number[] };
      for (const side of sides) await cardTimes(side, inputs.cardBundled.slice(0, 1)); // warm
      for (let r = 0; r < 1; r++) {
        for (const side of sides)
          bundled[side].push(...(await cardTimes(side, inputs.cardBundled)));
      }
      out.without.card = stats(bundled.without);
      out.with.card = stats(bundled.with);
      out.with.cardReader = stats(await cardTimes('with', inputs.cardReader));

      for (const side of sides) {
        // The first search builds the index from the records (no saved copy was written).
        out[side].firstSearchMs = (
          await send(open[side].ext, 'library:search', { query: 'cartel', limit: 12 })
        ).ms;
        const times: number[] = [];
        for (const k of inputs.keystrokes) {
          times.push((await send(open[side].ext, 'library:search', { query: k, limit: 12 })).ms);
        }
        out[side].search = stats(times);
      }

      const saves = { without: [] as number[], with: [] as number[] };
      for (const gen of inputs.savePages) {
        for (const side of sides) {
          const s = open[side];
          const news = await s.context.newPage();
          await news.goto(`https://${HOST}/bench/${gen.file}`);
          await news.waitForFunction('window.__bench.scanDone');
          await news.bringToFront();
          const cdp = await s.context.newCDPSession(news);
          const trace = await startTrace(cdp);
          const tabId = (await s.ext.evaluate(
            `chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0] && t[0].id)`,
          )) as number;
          const { ms, res } = await send(s.ext, 'library:save-tab', { tabId });
          const events = await trace.stop();
          await cdp.detach();
          if (!(res as { ok?: boolean } | null)?.ok)
            throw new Error(`save failed (${side}): ${JSON.stringify(res)}`);
          saves[side].push(ms);
          const cost = summarize(
            attribute(events, news.url(), {
              extensionOrigin: `chrome-extension://${s.extensionId}/`,
            }).frontera,
          );
          out[side].saveLongestTaskMs = Math.max(out[side].saveLongestTaskMs, cost.longestMs);
          out[side].saveLongTasks += cost.longTasks;
          out[side].saveTasks += cost.tasks;
          await news.close();
        }
      }
      out.without.save = stats(saves.without);
      out.with.save = stats(saves.with);
    } finally {
      for (const s of launched) await s.close();
    }
  } finally {
    for (const p of Object.values(profiles)) rmSync(p, { recursive: true, force: true });
  }
  return out;
}
