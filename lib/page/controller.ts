/**
 * The page layer's conductor: finds the article, scans it, keeps highlights in step with the
 * page (mutations, single-page navigation) and with the reader's settings, and reports what it
 * found. Everything that can fail is caught here: Frontera never throws into the page.
 */
import type { Matcher } from '../match';
import type { PageEntityCount } from '../messages';
import type { Settings } from '../settings';
import { type ArticleScope, acceptsChange, findArticleScope } from './article-root';
import { type Interactions, wireInteractions } from './interactions';
import { MentionStore } from './mention-store';
import { type ChangeBatch, type ChangeObserver, observeChanges } from './observe';
import { createElementRenderer, type ElementRenderer } from './render/element-renderer';
import { createHighlightRenderer, supportsHighlights } from './render/highlight-renderer';
import type { MentionRenderer } from './render/types';
import { isRendered, scanRoot, yieldToPageDefault } from './scan';
import { ShownMentions } from './shown';
import { cssPath, MARKS, mark, measured } from './timing';
import type { PageHost, PageMention, PopoverPort } from './types';
import { type EntityInfo, isSiteDisabled } from './visibility';

export interface PageControllerOptions {
  doc: Document;
  host: PageHost;
  matcher: Matcher;
  entities: ReadonlyMap<string, EntityInfo>;
  settings: Settings;
  popover?: PopoverPort | null;
  /** Called after each scan with the entities shown on the page (badge, popup). */
  onEntities?: (entities: PageEntityCount[]) => void;
  /** Gives the page a turn between slices of a scan. */
  yieldToPage?: () => Promise<void>;
  /** Work per slice of a scan (tests use 0 to yield after every block). */
  sliceMs?: number;
  maxReadabilityElements?: number;
  /**
   * The page stylesheet (render/page-styles.ts) is already applied by the manifest, as in the
   * built extension; otherwise the renderers add it with the first mention drawn.
   */
  pageStylesDeclared?: boolean;
}

export interface PageController extends Pick<Interactions, 'next' | 'previous' | 'reveal'> {
  /** First scan. Resolves when it is done (or skipped: site disabled). */
  start(): Promise<void>;
  applySettings(next: Settings): Promise<void>;
  /**
   * Re-finds the article and scans it again (single-page navigation). With `unlessRecent`, skips
   * it when a full scan finished moments ago (the page's own DOM change already triggered one).
   */
  rescan(options?: { unlessRecent?: boolean }): Promise<void>;
  /** Turns highlights off on this page, or back on (the toggle command). */
  toggle(): Promise<void>;
  pageEntities(): PageEntityCount[];
  /** Shown mentions in document order. */
  shown(): readonly PageMention[];
  /** The popover closed. */
  popoverClosed(): void;
  /** Applies pending page changes now (tests). */
  flushChanges(): void;
  stop(): void;
}

/** A full scan this recent makes a navigation's rescan redundant. */
const RECENT_SCAN_MS = 1000;

const round = (ms: number) => Math.round(ms * 100) / 100;

export function createPageController(options: PageControllerOptions): PageController {
  const { doc, host, matcher, entities } = options;
  const popover = options.popover ?? null;
  const yieldToPage = options.yieldToPage ?? yieldToPageDefault;
  let settings = options.settings;
  let toggledOff = false;
  let active = false;
  let firstScanDone = false;
  let lastFullScan = Number.NEGATIVE_INFINITY;
  let generation = 0;
  let scope: ArticleScope | null = null;
  let renderer: MentionRenderer | null = null;
  let observer: ChangeObserver | null = null;
  const store = new MentionStore();

  const guard = <A extends unknown[]>(what: string, fn: (...a: A) => void) => {
    return (...a: A) => {
      try {
        fn(...a);
      } catch (err) {
        console.warn(`Frontera: ${what} failed`, err);
      }
    };
  };

  const enabled = () =>
    !toggledOff &&
    !isSiteDisabled(doc.defaultView?.location.hostname ?? '', settings.disabledSites);

  const describe = (pm: PageMention) => {
    const e = entities.get(pm.entityId);
    return e ? `${e.name} (${e.type.replace('-', ' ')})` : 'background';
  };

  const makeRenderer = (): MentionRenderer => {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const r =
      !settings.accessibleMode && win && supportsHighlights(win)
        ? createHighlightRenderer(doc, settings.highlightStyle, options.pageStylesDeclared)
        : createElementRenderer(doc, settings.highlightStyle, describe, options.pageStylesDeclared);
    // Adding Frontera's stylesheet (with the first mention drawn) makes the browser restyle the
    // document once: costly on huge pages. Have that happen now, at the end of a slice of work,
    // rather than in the middle of the next one (its visibility checks would force it there).
    r.onStylesAdded = () => {
      const start = performance.now();
      isRendered(doc.body ?? doc.documentElement);
      try {
        performance.measure(MARKS.installStyles, { start, end: performance.now() });
      } catch {
        // a signal only
      }
    };
    return r;
  };

  /** Frontera's own DOM edits (accessible mode) must not come back as page changes. */
  const own = (fn: () => void) => (observer ? observer.ownChanges(fn) : fn());

  const shown = new ShownMentions({
    store,
    entities,
    settings: () => settings,
    renderer: () => renderer,
    own: (fn) => own(fn),
  });

  // Pages that tick (clocks, live scores) cause many rescans; tell the extension only of changes.
  let lastReport = '';
  const report = () => {
    const counts = shown.counts();
    const key = JSON.stringify(counts);
    if (key === lastReport) return;
    lastReport = key;
    options.onEntities?.(counts);
  };

  const detail = (extra: Record<string, unknown> = {}) => ({ ...shown.summary(), ...extra });

  const resetPage = () => {
    generation++;
    own(() => renderer?.clear());
    renderer = null;
    store.clear();
    shown.clear();
  };

  const fullScan = async (): Promise<void> => {
    fullScanRunning = true;
    try {
      await fullScanNow();
    } finally {
      fullScanRunning = false;
      const batch = waiting;
      waiting = null;
      if (batch && active) queueChanges(batch);
    }
  };

  const fullScanNow = async (): Promise<void> => {
    const gen = ++generation;
    const first = !firstScanDone;
    if (first) mark(MARKS.scanStart);
    scope = measured(MARKS.findRoot, () =>
      findArticleScope(doc, {
        scope: settings.scope,
        maxElements: options.maxReadabilityElements,
      }),
    );
    // Each step below can take a while on a big page: the page gets a turn between them.
    await yieldToPage();
    if (gen !== generation || !host.isValid) return;
    const root = scope.root;
    if (!renderer) renderer = makeRenderer();
    const result = await scanRoot(root, { chrome: scope.chrome, onlyNodes: scope.keep }, matcher, {
      yieldToPage,
      sliceMs: options.sliceMs,
      isCancelled: () => gen !== generation || !host.isValid,
      onMentions: guard('showing mentions', (batch: PageMention[]) => shown.addInOrder(batch)),
      contextEntities: () => store.entityIds(),
    });
    if (!result) return;
    shown.draw();
    firstScanDone = true;
    lastFullScan = performance.now();
    mark(
      first ? MARKS.scanDone : MARKS.rescanDone,
      detail({
        found: store.size,
        root: cssPath(root),
        method: scope.method,
        blocks: result.blocks,
        textNodes: result.textNodes,
        slices: result.slices,
        workMs: round(result.workMs),
        matchMs: round(result.matchMs),
        longestSliceMs: round(result.longestSliceMs),
      }),
    );
    report();
  };

  /**
   * Page changes are handled one batch at a time, and never while a full scan runs (a block the
   * scan has yet to reach would be scanned twice): batches wait, merged, for the scan to finish.
   */
  let fullScanRunning = false;
  let waiting: ChangeBatch | null = null;
  let changeChain: Promise<void> = Promise.resolve();
  const queueChanges = (batch: ChangeBatch) => {
    if (fullScanRunning) {
      waiting = waiting
        ? { roots: [...waiting.roots, ...batch.roots], removed: waiting.removed || batch.removed }
        : batch;
      return;
    }
    changeChain = changeChain
      .then(() => onChanges(batch))
      .catch((err) => console.warn('Frontera: rescan failed', err));
  };

  const onChanges = async (batch: ChangeBatch): Promise<void> => {
    if (!active || !scope) return;
    if (!scope.root.isConnected) {
      // The page replaced the whole article (client-side navigation): start over.
      await rescan();
      return;
    }
    const gen = generation;
    const dead = store.dead();
    store.remove(dead);
    const dirty = batch.roots.filter(
      (el, i, all) =>
        el.isConnected && all.indexOf(el) === i && !all.some((o) => o !== el && o.contains(el)),
    );
    const current = scope;
    const inside = dirty.filter((el) => acceptsChange(current, el));
    for (const el of inside) store.remove(store.inside(el));
    shown.refresh();
    for (const el of inside) {
      const found = await scanRoot(el, { chrome: scope.chrome }, matcher, {
        yieldToPage,
        sliceMs: options.sliceMs,
        isCancelled: () => gen !== generation || !host.isValid,
        onMentions: (b) => store.add(b),
        contextEntities: () => store.entityIds(),
      });
      if (!found) return;
    }
    shown.refresh();
    mark(MARKS.rescanDone, detail({ changed: inside.length }));
    report();
  };

  const activate = async () => {
    active = true;
    observer = observeChanges({
      host,
      target: doc.body ?? doc.documentElement,
      onChanges: queueChanges,
      onRecords: guard('cleanup', (records: readonly MutationRecord[]) => {
        if (renderer?.kind === 'elements')
          own(() => (renderer as ElementRenderer).pageChanged(records));
      }),
    });
    await fullScan();
  };

  const deactivate = () => {
    active = false;
    observer?.stop();
    observer = null;
    popover?.close();
    resetPage();
    report();
  };

  const rescan = async () => {
    if (!active) return;
    resetPage();
    await fullScan();
  };

  const interactions = wireInteractions({
    doc,
    host,
    popover,
    renderer: () => renderer,
    store: () => store,
    shown: () => shown.inOrder(),
    isShown: (pm) => shown.has(pm),
    settings: () => settings,
  });

  return {
    async start() {
      if (!enabled()) return;
      try {
        await activate();
      } catch (err) {
        console.warn('Frontera: scan failed', err);
      }
    },
    async applySettings(next) {
      const prev = settings;
      settings = next;
      try {
        popover?.setSettings?.({ theme: next.theme, hoverDelayMs: next.hoverDelayMs });
        if (!enabled()) {
          if (active) deactivate();
          return;
        }
        if (!active) return await activate();
        if (prev.scope !== next.scope) return await rescan();
        if (prev.accessibleMode !== next.accessibleMode) {
          // Swap renderers: take every trace of the old one out, draw the same mentions anew.
          own(() => renderer?.clear());
          renderer = makeRenderer();
          shown.redrawAll();
        } else if (prev.highlightStyle !== next.highlightStyle) {
          renderer?.setStyle(next.highlightStyle);
        }
        if (
          prev.mentions !== next.mentions ||
          prev.entityTypes.join() !== next.entityTypes.join()
        ) {
          shown.refresh();
          report();
        }
      } catch (err) {
        console.warn('Frontera: applying settings failed', err);
      }
    },
    rescan: (opts) => {
      if (opts?.unlessRecent && performance.now() - lastFullScan < RECENT_SCAN_MS) {
        return Promise.resolve();
      }
      return rescan().catch((err) => console.warn('Frontera: rescan failed', err));
    },
    async toggle() {
      toggledOff = !toggledOff;
      await this.applySettings(settings);
    },
    pageEntities: () => shown.counts(),
    shown: () => shown.inOrder(),
    popoverClosed: guard('closing', () => interactions.closed()),
    next: () => interactions.next(),
    previous: () => interactions.previous(),
    reveal: (id) => interactions.reveal(id),
    flushChanges: () => observer?.flush(),
    stop() {
      if (active) deactivate();
    },
  };
}
