/**
 * `npm run bench:page`: the content script's cost on generated news pages, in Chromium with the
 * built extension. For each page: first scan time (User Timing `frontera:scan-start` →
 * `frontera:scan-done`), the cost of a bare TreeWalker pass over the same root (the floor), their
 * ratio, how many highlights were drawn, and the longest stretch of work that blocked the page.
 *
 * Long tasks: Chromium's Long Tasks API does not report work done by extension content scripts
 * (checked: a 120 ms busy loop in the content script produced no entry), so Frontera measures its
 * own stretches between yields (matcher compile, finding the root, installing its stylesheet and
 * the restyle that causes, each scan slice) and the table reports the longest. The API's entries
 * are listed as well: on these script-free pages they are the browser's own rendering work.
 *
 * Trace (scripts/bench/trace.ts): each load is traced, and the tasks on the page's main thread
 * that ran Frontera's script are summed (script evaluation, matcher compile, root finding, idle
 * callbacks, scan slices): "main thread" and its longest task. In the same load, after the scan,
 * the floor with drawing (floor-walk.ts floorDraw: the walk, one StaticRange per highlight drawn,
 * registered in CSS.highlights) runs as a page script, traced and attributed the same way.
 * With --baseline DIR (e.g. .output/baseline/58887e1/chrome-mv3 from
 * scripts/bench/build-baseline.ts) every page is also loaded with that build, interleaved
 * (new, baseline, new, baseline…, a fresh tab each time), and both builds' traced figures are
 * reported with the ratio new / baseline.
 *
 * --cold N adds the time to first highlight on the first page after the browser starts, N
 * launches per build.
 *
 * Usage: npm run build && npm run bench:page [-- --runs 3] [-- --extension DIR] [-- --only heavy]
 *   [-- --baseline DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../tests/e2e/support/browser';
import { FIRST_HIGHLIGHT_INIT } from './first-highlight';
import { generatedPages } from './page-fixtures';
import {
  type Cost,
  FLOOR_PATH,
  floorBundle,
  HARNESS_INIT,
  servedHtml,
  summarize,
  tracedFloor,
  tracedLoad,
} from './trace';

const HOST = 'apnews.com';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface RunResult {
  scanMs: number;
  findRootMs: number;
  compileMs: number;
  stylesMs: number;
  floorMs: number;
  highlights: number;
  mentions: number;
  entities: number;
  method: string;
  textNodes: number;
  /** Characters the floor's walk read (so it cannot skip reading the text). */
  floorChars: number;
  longTasksDuringScan: number[];
  workMs: number;
  matchMs: number;
  longestSliceMs: number;
  slices: number;
  longTasksAtStartup: number[];
  /** Navigation start → the first highlight on screen (polled each frame). */
  firstHighlightMs: number;
  /** From the trace: Frontera's tasks on the main thread. */
  traced: Cost;
  /** From the trace: the floor with drawing, in the same load. */
  tracedFloor: Cost;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

/**
 * Time to first highlight with a cold background: the first page loaded after the browser
 * starts (the worker has just started; its matcher is not compiled yet), `launches` times.
 */
async function coldFirstHighlight(
  extensionDir: string | undefined,
  html: string,
  launches: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < launches; i++) {
    const browser = await launchWithExtension({ extensionDir });
    try {
      await browser.context.route(`https://${HOST}/**`, (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: servedHtml(html, { stripScripts: false }),
        }),
      );
      await browser.context.addInitScript(FIRST_HIGHLIGHT_INIT);
      const page = await browser.context.newPage();
      await page.goto(`https://${HOST}/bench/cold.html`);
      await page.waitForFunction(
        () => (window as unknown as { __firstHighlight: number | null }).__firstHighlight !== null,
        undefined,
        { timeout: 60_000 },
      );
      out.push(
        await page.evaluate(
          () => (window as unknown as { __firstHighlight: number }).__firstHighlight,
        ),
      );
    } finally {
      await browser.close();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 3);
  const only = option('only');
  const pages = generatedPages().filter((p) => !only || p.file.startsWith(only));
  const floorJs = floorBundle();
  const setUp = async (context: BrowserContext) => {
    await context.route(`https://${HOST}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === FLOOR_PATH)
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: floorJs });
      const name = path.replace('/bench/', '');
      const page = path.startsWith('/bench/') ? pages.find((p) => p.file === name) : undefined;
      await route.fulfill({
        status: page ? 200 : 404,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: page ? servedHtml(page.html, { stripScripts: false }) : 'not found',
      });
    });
    // The trace harness (scan-done + two frames), which also defines __name: tsx compiles with
    // esbuild's keepNames, which wraps functions in the page callbacks below in a `__name` helper
    // that only exists in Node.
    await context.addInitScript(HARNESS_INIT);
    await context.addInitScript(FIRST_HIGHLIGHT_INIT);
    // The floor's walk (with the collector's real node filter), bundled for the page.
    const floorScript = buildSync({
      entryPoints: [resolve(import.meta.dirname, 'floor-walk.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__fronteraFloor',
      // Init scripts may be wrapped in a function: publish the module on window explicitly.
      footer: { js: 'window.__fronteraFloor = __fronteraFloor;' },
      target: 'es2022',
    }).outputFiles[0]?.text;
    if (!floorScript) throw new Error('Could not bundle scripts/bench/floor-walk.ts');
    await context.addInitScript(floorScript);
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no Long Tasks API: the column stays empty
      }
    });
  };
  const builds: { label: string; browser: ExtensionBrowser }[] = [
    { label: 'new', browser: await launchWithExtension({ extensionDir: option('extension') }) },
  ];
  const baselineDir = option('baseline');
  if (baselineDir)
    builds.push({
      label: 'baseline',
      browser: await launchWithExtension({ extensionDir: baselineDir }),
    });
  for (const b of builds) await setUp(b.browser.context);

  const rows: {
    name: string;
    bytes: number;
    words: number;
    runs: RunResult[];
    baselineRuns: RunResult[];
  }[] = [];
  let target: { ratio: number; exRoot: number } | null = null;
  for (const gen of pages) {
    const results: RunResult[] = [];
    const baselineResults: RunResult[] = [];
    for (let r = 0; r < runs; r++) {
      for (const build of builds) {
        const origin = `chrome-extension://${build.browser.extensionId}/`;
        const url = `https://${HOST}/bench/${gen.file}`;
        const page = await build.browser.context.newPage();
        const load = await tracedLoad(page, url, origin, 60_000);
        if (!load.detail)
          throw new Error(`${gen.name}: no frontera:scan-done with the ${build.label} build`);
        await page.waitForTimeout(200); // let late long-task entries arrive
        const result = await page.evaluate((): Omit<RunResult, 'traced' | 'tracedFloor'> => {
          const start = performance.getEntriesByName('frontera:scan-start')[0] as PerformanceMark;
          const done = performance.getEntriesByName('frontera:scan-done')[0] as PerformanceMark;
          const compile = performance.getEntriesByName('frontera:matcher-compile')[0];
          const findRoot = performance.getEntriesByName('frontera:find-root')[0];
          const styles = performance.getEntriesByName('frontera:install-styles')[0];
          const detail = done.detail as {
            mentions: number;
            entities: number;
            root: string;
            method: string;
            workMs: number;
            matchMs: number;
            longestSliceMs: number;
            slices: number;
          };
          const root = document.querySelector(detail.root) ?? document.body;
          // The floor: a bare TreeWalker pass over the same root with the collector's node filter,
          // reading each text node's data (scripts/bench/floor-walk.ts). Timers are coarse in
          // pages (cross-origin isolation off): repeat the pass until ≥ 20 ms have passed and
          // divide.
          const { floorWalk } = (
            window as unknown as {
              __fronteraFloor: {
                floorWalk: (root: Node, chrome: boolean) => { textNodes: number; chars: number };
              };
            }
          ).__fronteraFloor;
          const chrome = detail.method !== 'page';
          const floors: number[] = [];
          let textNodes = 0;
          let floorChars = 0;
          for (let i = 0; i < 7; i++) {
            let reps = 0;
            const t0 = performance.now();
            let t1 = t0;
            do {
              const walk = floorWalk(root, chrome);
              textNodes = walk.textNodes;
              floorChars = walk.chars;
              reps++;
              t1 = performance.now();
            } while (t1 - t0 < 20);
            floors.push((t1 - t0) / reps);
          }
          floors.sort((a, b) => a - b);
          const tasks = (
            window as unknown as { __longTasks: { start: number; duration: number }[] }
          ).__longTasks;
          const overlaps = (from: number, to: number) =>
            tasks
              .filter((t) => t.start < to && t.start + t.duration > from)
              .map((t) => Math.round(t.duration));
          const h = CSS.highlights.get('frontera-mention');
          const first = (window as unknown as { __firstHighlight: number | null }).__firstHighlight;
          const startupFrom = compile ? compile.startTime : start.startTime;
          return {
            scanMs: done.startTime - start.startTime,
            findRootMs: findRoot?.duration ?? Number.NaN,
            stylesMs: styles?.duration ?? Number.NaN,
            compileMs: compile?.duration ?? Number.NaN,
            floorMs: floors[3] ?? Number.NaN,
            highlights: h ? h.size : 0,
            mentions: detail.mentions,
            entities: detail.entities,
            method: detail.method,
            textNodes,
            floorChars,
            longTasksDuringScan: overlaps(start.startTime, done.startTime),
            workMs: detail.workMs,
            matchMs: detail.matchMs,
            longestSliceMs: detail.longestSliceMs,
            slices: detail.slices,
            longTasksAtStartup: overlaps(startupFrom, start.startTime),
            firstHighlightMs: first ?? Number.NaN,
          };
        });
        const floor = await tracedFloor(
          page,
          url,
          {
            root: String(load.detail.root ?? 'body'),
            chrome: load.detail.method !== 'page',
            count: result.highlights,
          },
          origin,
        );
        const run: RunResult = {
          ...result,
          traced: summarize(load.attribution.frontera),
          tracedFloor: summarize(floor.attribution.floor),
        };
        (build.label === 'new' ? results : baselineResults).push(run);
        await page.close();
      }
    }
    rows.push({
      name: gen.name,
      bytes: gen.html.length,
      words: gen.words,
      runs: results,
      baselineRuns: baselineResults,
    });
  }
  for (const b of builds) await b.browser.close();

  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
  const lines = [
    `Frontera page benchmark — ${new Date().toISOString()}, ${runs} run(s) per page, medians`,
    '',
    '| page | size | words | root | first scan | floor | ratio | first scan excl. find root | ratio excl. find root | floor read | work | in matcher | find root | styles | matcher compile | longest Frontera stretch | highlights | Long Tasks API entries (page work) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const ms = (n: number) => `${fmt(n)} ms`;
  const tasks = (xs: number[]) => (xs.length ? `${xs.join(', ')} ms` : 'none');
  for (const row of rows) {
    const m = (pick: (r: RunResult) => number) => median(row.runs.map(pick));
    const scan = m((r) => r.scanMs);
    const floor = m((r) => r.floorMs);
    // Root finding (Readability on most pages) is reported apart as well: the target is the full
    // figure, this one shows what the rest of the scan costs.
    const scanExRoot = m((r) => r.scanMs - r.findRootMs);
    if (row.name.startsWith('5,000-word'))
      target = { ratio: scan / floor, exRoot: scanExRoot / floor };
    const first = row.runs[0] as RunResult;
    const stretch = Math.max(
      ...row.runs.map((r) =>
        Math.max(
          ...[r.compileMs, r.findRootMs, r.stylesMs, r.longestSliceMs].filter(Number.isFinite),
        ),
      ),
    );
    lines.push(
      `| ${row.name} | ${(row.bytes / 1024).toFixed(0)} KB | ${row.words} | ${first.method} | ${ms(scan)} | ${ms(floor)} | ${fmt(scan / floor)}× | ${ms(scanExRoot)} | ${fmt(scanExRoot / floor)}× | ${first.textNodes} nodes, ${first.floorChars} chars | ${ms(m((r) => r.workMs))} | ${ms(m((r) => r.matchMs))} | ${ms(m((r) => r.findRootMs))} | ${ms(m((r) => r.stylesMs))} | ${ms(m((r) => r.compileMs))} | ${ms(stretch)}${stretch > 50 ? ' ⚠' : ''} | ${first.highlights} | ${tasks(row.runs.flatMap((r) => [...r.longTasksAtStartup, ...r.longTasksDuringScan]))} |`,
    );
  }
  lines.push(
    '',
    'first scan: frontera:scan-start → frontera:scan-done: finding the root, installing the stylesheet, reading, matching, drawing, and the pauses for the page between slices.',
    "floor: one bare TreeWalker pass over the same root with the collector's node filter (skip rules), reading every text node's data (floor read: what it read); median of 7, each averaged over ≥ 20 ms of repeats. ratio = first scan / floor.",
    'first scan excl. find root: first scan minus frontera:find-root (Readability or the site selector), shown beside the full figure; the target below is on the full figure.',
    'work: time Frontera ran during the scan (slices only); in matcher: of which inside matcher.find. styles: the document restyle caused by adding the stylesheet with the first mention drawn (inside a slice; – when nothing was drawn).',
    'longest Frontera stretch: the longest of compile, find root and scan slices over all runs (⚠ above 50 ms, a long task).',
    'Long Tasks API entries: everything it reported from the matcher compile to scan-done; it does not see content-script JavaScript.',
  );
  if (target) {
    const t = target as { ratio: number; exRoot: number };
    lines.push(
      '',
      `Target (issue #4): first scan of the 5,000-word article within 5× the floor: ${fmt(t.ratio)}× — ${t.ratio <= 5 ? 'met' : 'NOT met'} (excl. find root: ${fmt(t.exRoot)}×).`,
    );
  }
  // From the trace: every task on the main thread that ran Frontera's script, per page load.
  lines.push(
    '',
    `From the trace (scripts/bench/trace.ts), per page load, medians of ${runs} run(s)${baselineDir ? `, baseline ${baselineDir} in the same run, interleaved` : ''}:`,
    '',
    `| page | main thread (Frontera) | longest task | tasks ≥ 50 ms | rendering after | floor with drawing | ratio | first highlight (warm) |${baselineDir ? ' baseline main thread | baseline longest task | new / baseline | baseline first highlight |' : ''}`,
    `|---|---|---|---|---|---|---|---|${baselineDir ? '---|---|---|---|' : ''}`,
  );
  for (const row of rows) {
    const m = (list: RunResult[], pick: (r: RunResult) => number) => median(list.map(pick));
    const main = m(row.runs, (r) => r.traced.totalMs);
    const longest = Math.max(...row.runs.map((r) => r.traced.longestMs));
    const floor = m(row.runs, (r) => r.tracedFloor.totalMs);
    const long = row.runs.reduce((n, r) => n + r.traced.longTasks, 0);
    let base = '';
    if (baselineDir) {
      const bm = m(row.baselineRuns, (r) => r.traced.totalMs);
      const bl = Math.max(...row.baselineRuns.map((r) => r.traced.longestMs));
      base = ` ${ms(bm)} | ${ms(bl)}${bl >= 50 ? ' ⚠' : ''} | ${fmt(main / bm)}× | ${ms(m(row.baselineRuns, (r) => r.firstHighlightMs))} |`;
    }
    lines.push(
      `| ${row.name} | ${ms(main)} | ${ms(longest)}${longest >= 50 ? ' ⚠' : ''} | ${long} | ${ms(m(row.runs, (r) => r.traced.renderAfterMs))} | ${ms(floor)} | ${fmt(main / floor)}× | ${ms(m(row.runs, (r) => r.firstHighlightMs))} |${base}`,
    );
  }
  const coldLaunches = Number(option('cold') ?? 0);
  if (coldLaunches > 0) {
    lines.push(
      '',
      `Time to first highlight with a cold background (first page after the browser starts, ${coldLaunches} launch(es) per build, medians):`,
      '',
      `| page | new build |${baselineDir ? ' baseline |' : ''}`,
      `|---|---|${baselineDir ? '---|' : ''}`,
    );
    const articles = pages.filter((p) => p.file === 'short.html' || p.file === 'long.html');
    for (const gen of articles) {
      const fresh = median(await coldFirstHighlight(option('extension'), gen.html, coldLaunches));
      const base = baselineDir
        ? ` ${ms(median(await coldFirstHighlight(baselineDir, gen.html, coldLaunches)))} |`
        : '';
      lines.push(`| ${gen.name} | ${ms(fresh)} |${base}`);
    }
  }
  lines.push(
    '',
    "main thread: the sum of the tasks on the page's renderer main thread that ran Frontera's script (script evaluation, matcher compile, root finding, idle callbacks, scan slices, message replies), from a Chrome trace; longest task: the longest of them over all runs (⚠ ≥ 50 ms). rendering after: style/layout/paint tasks right after Frontera's tasks, reported apart.",
    'first highlight (warm): navigation start → the first frame in which a Frontera highlight is registered (polled each frame by a page script), the background already running and warm from earlier pages.',
    'floor with drawing: a page script in the same load, after the scan: the same node-filter walk of the root, one StaticRange per highlight Frontera drew (at word positions), registered in CSS.highlights; traced and attributed the same way by its url.',
  );
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  const out = resolve(import.meta.dirname, '../../bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'page.md'), `${table}\n`);
  writeFileSync(resolve(out, 'page.json'), JSON.stringify(rows, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
