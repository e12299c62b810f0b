/**
 * Chrome traces for the page benchmarks (bench:page, bench:real): capture over CDP, and the
 * attribution of the page's main-thread time to Frontera (or to the benchmark's floor script).
 *
 * Why a trace: Chromium's Long Tasks API does not see content-script work, and Frontera's own
 * User Timing marks only cover what it chose to measure. The trace sees every task on the page's
 * renderer main thread (CrRendererMain of the tab's process).
 *
 * Attribution (attribute(), pure, unit-tested in tests/bench/trace.test.ts):
 * - top-level tasks: the outermost `toplevel` events on that thread (ThreadControllerImpl::RunTask).
 * - a task is the owner's when an event nested in it (by time, same thread) belongs to the owner's
 *   script: its url / scriptName / fileName / first stack frame is the owner's url
 *   (EvaluateScript, v8.compile, v8.run, FunctionCall inside TimerFire / FireIdleCallback /
 *   FireAnimationFrame, …) or, for the extension, it is a V8 event in the extension's isolated
 *   world (args.worldName, learnt from the events carrying the extension's url: promise
 *   continuations and message callbacks carry no url).
 * - a task none of whose events names a script (microtask checkpoints, scheduler.yield
 *   continuations: RunMicrotasks carries no url) is the owner's when a CPU-profiler sample
 *   taken inside it has one of the owner's frames on its stack.
 * - rendering that follows: a task with no script of anyone (the benchmark's own helper scripts
 *   do not count) but style / layout / paint work, after the page's first paint, within
 *   RENDER_FOLLOW_MS of the owner's last task with no other script task between, is counted as
 *   the owner's rendering (minus any benchmark-helper script inside it).
 * - the owner's total = the durations of its tasks; longest = the longest of them. The rendering
 *   that followed is reported apart (renderAfterMs).
 * - tasks that handle a DevTools-protocol message (the benchmark's own evaluations) and scripts
 *   whose url is HARNESS_SOURCE_URL are nobody's.
 */
import { buildSync } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import type { FloorDraw } from './floor-walk';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
  'blink.user_timing',
  'loading',
  '__metadata',
  // V8's sampler: a stack every ~0.2 ms, for tasks whose events name no script (microtask
  // checkpoints, scheduler.yield continuations, promise reactions).
  'disabled-by-default-v8.cpu_profiler',
];

/** A sourceURL the benchmark gives its own helper scripts, so they are never anyone's work. */
export const HARNESS_SOURCE_URL = 'frontera-bench-harness.js';

export interface TraceRecorder {
  stop(): Promise<TraceEvent[]>;
}

/** Starts a trace of the page's session (call before navigating: the trace follows the tab). */
export async function startTrace(cdp: CDPSession): Promise<TraceRecorder> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: Record<string, unknown>[] }) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** Whose script an event belongs to. */
export type Owner = 'frontera' | 'floor' | 'page' | 'harness';

export interface OwnerRules {
  /** e.g. 'chrome-extension://abc…/' */
  extensionOrigin: string;
  /** URL of the floor's page script, if this trace has one. */
  floorUrl?: string;
}

export interface Cost {
  /** Sum of the tasks that ran the owner's script, in ms: the owner's main-thread time. */
  totalMs: number;
  /** The longest of those tasks. */
  longestMs: number;
  tasks: number;
  /** Of those tasks, how many took ≥ 50 ms. */
  longTasks: number;
  /**
   * Rendering-only tasks that followed the owner's tasks (see the header): reported apart, as
   * on a page that is still loading they include the page's own rendering.
   */
  renderAfterMs: number;
  renderTasks: number;
}

export interface Attribution {
  thread: { pid: number; tid: number } | null;
  frontera: Cost;
  floor: Cost;
  /** The extension's isolated world name seen in the trace ('' when none). */
  extensionWorld: string;
  /** Tasks of ≥ 5 ms nobody owns (for checking the attribution), ms. */
  unownedOver5Ms: number[];
  /** Every top-level task of the thread with its verdict (for checking the attribution). */
  tasks: TaskRecord[];
}

export interface TaskRecord {
  /** Start in trace µs. */
  ts: number;
  ms: number;
  owner: Owner | null;
  /** 'render': rendering-only task counted (or not) for the previous owner. */
  kind: 'script' | 'render' | 'other';
  counted: 'frontera' | 'floor' | null;
}

/** Follow-up rendering counts for an owner up to this long after its last task ends. */
export const RENDER_FOLLOW_MS = 200;

const RENDER_EVENTS = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'CompositeLayers',
  'Commit',
  'ProxyMain::BeginMainFrame',
]);

function asRecord(x: unknown): Record<string, unknown> | undefined {
  return x && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
}

/** Every script url an event names (data.url, data.scriptName, fileName, first stack frame). */
export function scriptUrls(e: TraceEvent): string[] {
  const args = asRecord(e.args);
  if (!args) return [];
  const data = asRecord(args.data);
  const urls: unknown[] = [args.fileName, args.url];
  if (data) {
    urls.push(data.url, data.scriptName, data.fileName, data.sourceURL);
    const stack = data.stackTrace;
    if (Array.isArray(stack) && stack.length) urls.push(asRecord(stack[0])?.url);
  }
  if (e.name === 'ParseHTML' || e.name === 'ResourceSendRequest' || e.name.startsWith('Resource'))
    return [];
  return urls.filter((u): u is string => typeof u === 'string' && u.length > 0);
}

function ownerOfUrl(url: string, rules: OwnerRules): Owner {
  if (url.startsWith(rules.extensionOrigin)) return 'frontera';
  if (rules.floorUrl && url.startsWith(rules.floorUrl)) return 'floor';
  if (url.includes(HARNESS_SOURCE_URL) || url.startsWith('__playwright')) return 'harness';
  return 'page';
}

/** The page's renderer main thread: where the page's HTML was parsed (else the extension ran). */
export function findMainThread(
  events: TraceEvent[],
  pageUrl: string,
  scriptPrefixes: string[],
): { pid: number; tid: number } | null {
  const mains = new Set(
    events
      .filter(
        (e) =>
          e.ph === 'M' && e.name === 'thread_name' && asRecord(e.args)?.name === 'CrRendererMain',
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const isMain = (e: TraceEvent) => mains.size === 0 || mains.has(`${e.pid}:${e.tid}`);
  const parse = events.find((e) => {
    if (e.name !== 'ParseHTML' || !isMain(e)) return false;
    const begin = asRecord(asRecord(e.args)?.beginData);
    return begin?.url === pageUrl;
  });
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const ext = events.find(
    (e) => isMain(e) && scriptUrls(e).some((u) => scriptPrefixes.some((p) => u.startsWith(p))),
  );
  return ext ? { pid: ext.pid, tid: ext.tid } : null;
}

interface Sample {
  ts: number;
  owner: Owner | null;
}

/** V8 CPU-profiler samples of one thread, with whose script was on the stack (sorted by time). */
export function profileSamples(
  events: TraceEvent[],
  pid: number,
  tid: number,
  rules: OwnerRules,
): Sample[] {
  const out: Sample[] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const profile of profiles) {
    const id = (profile as { id?: string }).id;
    const start = asRecord(asRecord(profile.args)?.data)?.startTime;
    let ts = typeof start === 'number' ? start : profile.ts;
    const parent = new Map<number, number>();
    const frameOwner = new Map<number, Owner | null>();
    for (const chunk of events) {
      if (
        chunk.name !== 'ProfileChunk' ||
        chunk.pid !== pid ||
        (chunk as { id?: string }).id !== id
      )
        continue;
      const data = asRecord(asRecord(chunk.args)?.data);
      const cpu = asRecord(data?.cpuProfile);
      for (const n of (cpu?.nodes as unknown[] | undefined) ?? []) {
        const node = asRecord(n);
        if (!node || typeof node.id !== 'number') continue;
        if (typeof node.parent === 'number') parent.set(node.id, node.parent);
        const url = asRecord(node.callFrame)?.url;
        frameOwner.set(node.id, typeof url === 'string' && url ? ownerOfUrl(url, rules) : null);
      }
      const samples = (cpu?.samples as number[] | undefined) ?? [];
      const deltas = (data?.timeDeltas as number[] | undefined) ?? [];
      for (let k = 0; k < samples.length; k++) {
        ts += deltas[k] ?? 0;
        let owner: Owner | null = null;
        for (let n: number | undefined = samples[k]; n !== undefined; n = parent.get(n)) {
          const o = frameOwner.get(n);
          if (o === 'frontera' || o === 'floor') {
            owner = o;
            break;
          }
          if (o) owner ??= o;
        }
        out.push({ ts, owner });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Complete events (X, or B/E pairs) of one thread, sorted by start. */
function completeEvents(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push(e);
    else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (begin)
        out.push({
          ...begin,
          ph: 'X',
          dur: e.ts - begin.ts,
          args: { ...begin.args, ...e.args },
        });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

const emptyCost = (): Cost => ({
  totalMs: 0,
  longestMs: 0,
  tasks: 0,
  longTasks: 0,
  renderAfterMs: 0,
  renderTasks: 0,
});

function addTask(cost: Cost, ms: number, kind: 'script' | 'render'): void {
  if (kind === 'render') {
    cost.renderAfterMs += ms;
    cost.renderTasks++;
    return;
  }
  cost.totalMs += ms;
  cost.tasks++;
  if (ms >= 50) cost.longTasks++;
  cost.longestMs = Math.max(cost.longestMs, ms);
}

export function attribute(events: TraceEvent[], pageUrl: string, rules: OwnerRules): Attribution {
  const thread = findMainThread(events, pageUrl, [
    rules.extensionOrigin,
    ...(rules.floorUrl ? [rules.floorUrl] : []),
  ]);
  const result: Attribution = {
    thread,
    frontera: emptyCost(),
    floor: emptyCost(),
    extensionWorld: '',
    unownedOver5Ms: [],
    tasks: [],
  };
  if (!thread) return result;
  const list = completeEvents(events, thread.pid, thread.tid);
  // The isolated world's name, from the events that carry the extension's url.
  for (const e of list) {
    const world = asRecord(e.args)?.worldName;
    if (
      typeof world === 'string' &&
      world &&
      scriptUrls(e).some((u) => ownerOfUrl(u, rules) === 'frontera')
    ) {
      result.extensionWorld = world;
      break;
    }
  }
  const firstPaint = events.find(
    (e) =>
      e.name === 'firstPaint' &&
      e.pid === thread.pid &&
      e.ts >= (list.find((x) => x.name === 'ParseHTML')?.ts ?? 0),
  )?.ts;
  const ownerOf = (e: TraceEvent): Owner | null => {
    if (e.name === 'ParseHTML') return 'page';
    const world = asRecord(e.args)?.worldName;
    if (result.extensionWorld && world === result.extensionWorld) return 'frontera';
    const urls = scriptUrls(e);
    for (const u of urls) {
      const o = ownerOfUrl(u, rules);
      if (o !== 'page') return o;
    }
    // Script events of the page itself carry its url; url-less V8 events decide nothing.
    return urls.length && SCRIPT_EVENTS.has(e.name) ? 'page' : null;
  };

  const samples = profileSamples(events, thread.pid, thread.tid, rules);
  let s = 0;
  const sampledOwner = (from: number, to: number): Owner | null => {
    while (s < samples.length && (samples[s] as Sample).ts < from) s++;
    let found: Owner | null = null;
    for (let k = s; k < samples.length && (samples[k] as Sample).ts <= to; k++) {
      const o = (samples[k] as Sample).owner;
      if (o === 'frontera' || o === 'floor') return o;
      if (o === 'page') found = 'page';
    }
    return found;
  };

  let last: { owner: Owner; end: number } | null = null;
  let i = 0;
  while (i < list.length) {
    const task = list[i] as TraceEvent;
    if (!task.cat.split(',').includes('toplevel')) {
      i++;
      continue;
    }
    const end = task.ts + (task.dur ?? 0);
    const owners = new Set<Owner>();
    let render = false;
    let harnessUs = 0;
    let harnessEnd = -1;
    let j = i + 1;
    for (; j < list.length && (list[j] as TraceEvent).ts < end; j++) {
      const e = list[j] as TraceEvent;
      const o = ownerOf(e);
      if (o) owners.add(o);
      // DevTools protocol work (the benchmark's own evaluations) belongs to nobody.
      const mojo = asRecord(asRecord(e.args)?.chrome_mojo_event_info)?.mojo_interface_tag;
      if (mojo === 'blink.mojom.DevToolsSession') owners.add('harness');
      if (o === 'harness' && e.ts >= harnessEnd) {
        harnessUs += e.dur ?? 0;
        harnessEnd = e.ts + (e.dur ?? 0);
      }
      if (RENDER_EVENTS.has(e.name)) render = true;
    }
    const ms = (task.dur ?? 0) / 1000;
    if (!owners.has('frontera') && !owners.has('floor') && !owners.has('page')) {
      const sampled = sampledOwner(task.ts, end);
      if (sampled) owners.add(sampled);
    }
    const owner: Owner | null = owners.has('frontera')
      ? 'frontera'
      : owners.has('floor')
        ? 'floor'
        : owners.has('page')
          ? 'page'
          : null;
    const record: TaskRecord = { ts: task.ts, ms, owner, kind: 'other', counted: null };
    if (owner === 'frontera' || owner === 'floor') {
      addTask(result[owner], ms, 'script');
      last = { owner, end };
      record.kind = 'script';
      record.counted = owner;
    } else if (owner === 'page') {
      last = { owner, end };
      record.kind = 'script';
    } else if (render) {
      record.kind = 'render';
      if (
        last &&
        (last.owner === 'frontera' || last.owner === 'floor') &&
        task.ts - last.end <= RENDER_FOLLOW_MS * 1000 &&
        (firstPaint === undefined || task.ts >= firstPaint)
      ) {
        record.ms = Math.max(0, ms - harnessUs / 1000);
        addTask(result[last.owner], record.ms, 'render');
        record.counted = last.owner;
      }
    }
    if (!record.counted && ms >= 5 && !owners.has('harness') && !owners.has('page'))
      result.unownedOver5Ms.push(Math.round(ms * 10) / 10);
    result.tasks.push(record);
    i = j;
  }
  return result;
}

/** Events that say some script ran (a url on them names whose). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'V8.ParseFunction',
  'V8.CompileLazy',
]);

const round = (n: number) => Math.round(n * 10) / 10;

/** The figures the benchmarks keep (rounded to 0.1 ms). */
export function summarize(cost: Cost): Cost {
  return {
    totalMs: round(cost.totalMs),
    longestMs: round(cost.longestMs),
    tasks: cost.tasks,
    longTasks: cost.longTasks,
    renderAfterMs: round(cost.renderAfterMs),
    renderTasks: cost.renderTasks,
  };
}

// ——— Shared by bench:page and bench:real: serving, the harness, a traced load, a traced floor ———

/** Where the floor's page script is served (its url is what the floor's tasks are known by). */
export const FLOOR_PATH = '/__bench/floor.js';

/** Declared in the served page's <head>, like Frontera's manifest stylesheet is. */
export const FLOOR_STYLE =
  '<style>::highlight(bench-floor){background-color:rgba(255,210,0,.45)}</style>';

/** The page as served: scripts and meta refreshes taken out, the floor's stylesheet added. */
export function servedHtml(html: string, options: { stripScripts: boolean }): string {
  let out = html;
  if (options.stripScripts) {
    out = out
      .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
      .replace(/<meta\b[^>]*http-equiv=["']?refresh[^>]*>/gi, '');
  }
  const head = out.search(/<head\b[^>]*>/i);
  if (head >= 0) {
    const end = out.indexOf('>', head) + 1;
    return out.slice(0, end) + FLOOR_STYLE + out.slice(end);
  }
  return FLOOR_STYLE + out;
}

/** The floor's page script: reads window.__benchFloorInput, draws, leaves window.__benchFloorResult. */
export function floorBundle(): string {
  const text = buildSync({
    stdin: {
      contents: `import { floorDraw } from './floor-walk';
const input = window.__benchFloorInput;
const root = (input.root && document.querySelector(input.root)) || document.body;
window.__benchFloorResult = floorDraw(root, input.chrome, input.count);`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  }).outputFiles[0]?.text;
  if (!text) throw new Error('Could not bundle the floor script');
  return text;
}

/** @mozilla/readability for the page (window.__benchReadability.Readability). */
export function readabilityBundle(): string {
  const text = buildSync({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
window.__benchReadability = { Readability };`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  }).outputFiles[0]?.text;
  if (!text) throw new Error('Could not bundle @mozilla/readability');
  return `${text}\n//# sourceURL=${HARNESS_SOURCE_URL}`;
}

/**
 * The benchmark's init script (main world, named HARNESS_SOURCE_URL so the attribution ignores
 * it): the body text at DOMContentLoaded (before Frontera's document_idle injection), and a
 * promise for scan-done followed by two animation frames (what the reader would see).
 */
export const HARNESS_INIT = `(() => {
  window.__name = (f) => f;
  const b = (window.__bench = { textBefore: null, scanBeforeSnapshot: false });
  document.addEventListener('DOMContentLoaded', () => {
    b.textBefore = document.body ? document.body.textContent : null;
    b.scanBeforeSnapshot = performance.getEntriesByName('frontera:scan-start').length > 0;
  }, { once: true });
  b.frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  b.scanDone = new Promise((resolve) => {
    let done = false;
    const finish = (e) => {
      if (done) return;
      done = true;
      b.frames().then(() => resolve(e.detail ?? {}));
    };
    try {
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === 'frontera:scan-done');
        if (e) finish(e);
      }).observe({ type: 'mark', buffered: true });
    } catch {}
    // In case marks of the content script's world do not reach this observer.
    const poll = setInterval(() => {
      const e = performance.getEntriesByName('frontera:scan-done')[0];
      if (e) { clearInterval(poll); finish(e); }
    }, 100);
  });
})();
//# sourceURL=${HARNESS_SOURCE_URL}`;

export interface ScanDone {
  method?: string;
  root?: string;
  mentions?: number;
  entities?: number;
  [key: string]: unknown;
}

export interface TracedLoad {
  detail: ScanDone | null;
  /** Why the load or the wait failed, if it did. */
  error?: string;
  attribution: Attribution;
}

/**
 * Loads `url` in `page` (fresh, from about:blank) under a trace, waits for frontera:scan-done and
 * two frames (or `timeoutMs`), stops the trace and attributes it.
 */
export async function tracedLoad(
  page: Page,
  url: string,
  extensionOrigin: string,
  timeoutMs = 30_000,
): Promise<TracedLoad> {
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  let detail: ScanDone | null = null;
  let error: string | undefined;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    detail = await page.evaluate(
      `Promise.race([window.__bench.scanDone, new Promise((r) => setTimeout(() => r(null), ${timeoutMs}))])`,
    );
  } catch (e) {
    error = String(e).slice(0, 300);
  }
  const events = await trace.stop();
  await cdp.detach();
  return { detail, error, attribution: attribute(events, url, { extensionOrigin }) };
}

export interface FloorInput {
  root: string | null;
  chrome: boolean;
  count: number;
}

/** Runs the floor's page script in the loaded page under a trace, attributed by its url. */
export async function tracedFloor(
  page: Page,
  pageUrl: string,
  input: FloorInput,
  extensionOrigin: string,
): Promise<{ attribution: Attribution; result: FloorDraw | null }> {
  const floorUrl = new URL(FLOOR_PATH, pageUrl).href;
  await page.evaluate(`window.__benchFloorInput = ${JSON.stringify(input)}`);
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp);
  const result = (await page.evaluate(`new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = ${JSON.stringify(floorUrl)};
    s.onload = () => window.__bench.frames().then(() => resolve(window.__benchFloorResult ?? null));
    s.onerror = () => resolve(null);
    document.head.append(s);
  })`)) as FloorDraw | null;
  const events = await trace.stop();
  await cdp.detach();
  return { attribution: attribute(events, pageUrl, { extensionOrigin, floorUrl }), result };
}
