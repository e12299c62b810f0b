/**
 * The page layer's conductor: finds the article, scans it, keeps highlights in step with the
 * page (mutations, single-page navigation) and with the reader's settings, and reports what it
 * found. Everything that can fail is caught here: Frontera never throws into the page.
 */
import type { Matcher } from '../match';
import type { Settings } from '../settings';
import { isSiteDisabled } from '../settings/disabled-sites';
import { type ArticleMeta, readArticleMeta } from './article-meta';
import {
  type ArticleScope,
  acceptsChange,
  findArticleBody,
  type ReadabilityModule,
  type RootMethod,
  scopeRoots,
  withStoryTop,
} from './article-root';
import { localBlockMatcher } from './block-matcher';
import { collectTextBlocks } from './collect-text';
import { isDocumentEditable, isEditable } from './editable';
import { createEmitter, type Listenable } from './emitter';
import { type Interactions, wireInteractions } from './interactions';
import { MentionStore } from './mention-store';
import { type ChangeBatch, type ChangeObserver, observeChanges } from './observe';
import { samplePageText } from './page-text';
import { createElementRenderer } from './render/element-renderer';
import { createHighlightRenderer, supportsHighlights } from './render/highlight-renderer';
import { rangeFor, withPrivateNames } from './render/private-names';
import { createPrivateOverlay } from './render/private-overlay';
import type { MentionRenderer } from './render/types';
import { isRendered, scanRoot, yieldToPageDefault } from './scan';
import { ShownMentions } from './shown';
import { StoryMap } from './story';
import { cssPath, MARKS, mark, measured, measureSince, SIGNALS } from './timing';
import { PageTopic } from './topic';
import type {
  BlockMatch,
  BlockMatcher,
  PageEntityCount,
  PageHost,
  PageMention,
  PopoverPort,
  TextBlock,
} from './types';
import type { EntityInfo } from './visibility';

export interface PageControllerOptions {
  doc: Document;
  host: PageHost;
  /**
   * Where mentions are found: the background's match service in the extension, a matcher in
   * this realm in tests (then `entities` names the entities, and every page is on topic).
   */
  matcher: BlockMatcher | Matcher;
  /** Entities known up front; the rest are learnt from the matcher's answers. */
  entities?: ReadonlyMap<string, EntityInfo>;
  settings: Settings;
  popover?: PopoverPort | null;
  /** Gives the page a turn between slices of a scan. */
  yieldToPage?: () => Promise<void>;
  /** Work per slice of a scan (tests use 0 to yield after every block). */
  sliceMs?: number;
  maxReadabilityElements?: number;
  /**
   * @mozilla/readability, or how to get it (the content script has it run on demand). Without
   * it, the article is found from the page's markup and cheap guesses only.
   */
  readability?: ReadabilityModule | (() => Promise<ReadabilityModule>);
  /**
   * The page stylesheet (render/page-styles.ts) is already applied by the manifest, as in the
   * built extension; otherwise the renderers add it with the first mention drawn.
   */
  pageStylesDeclared?: boolean;
}

/** What the controller tells whoever listens (see `app.ts`). */
export interface PageEvents {
  /**
   * The entities shown on the page, most mentioned first (badge, popup): after a scan or a
   * change of settings, and only when they differ from the last report.
   */
  'mentions-changed': PageEntityCount[];
}

export interface PageController
  extends Pick<Interactions, 'next' | 'previous' | 'reveal'>,
    Listenable<PageEvents> {
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
  /** The article as Frontera reads it: how it was found and its text blocks (saving, benchmarks). */
  article(): Promise<ArticleText>;
  /** The popover closed. */
  popoverClosed(): void;
  /** Applies pending page changes now (tests). */
  flushChanges(): void;
  stop(): void;
}

export interface ArticleText extends ArticleMeta {
  method: RootMethod;
  root: string;
  texts: string[];
  /** The page's address (what a saved copy links back to). */
  url: string;
}

/** A full scan this recent makes a navigation's rescan redundant. */
const RECENT_SCAN_MS = 1000;

const round = (ms: number) => Math.round(ms * 100) / 100;

export function createPageController(options: PageControllerOptions): PageController {
  const { doc, host } = options;
  const entities = new Map<string, EntityInfo>(options.entities ?? []);
  const matcher: BlockMatcher =
    'match' in options.matcher ? options.matcher : localBlockMatcher(options.matcher, { entities });
  const topic = new PageTopic();
  const story = new StoryMap();
  /** False while a full scan reads the page: generic names wait until the story is known. */
  let storyKnown = false;
  let readability: ReadabilityModule | null = null;
  /** Readability, loaded the first time an article is looked for (null when it cannot be). */
  const getReadability = async (): Promise<ReadabilityModule | null> => {
    const source = options.readability;
    if (readability || !source || settings.scope === 'page') return readability;
    try {
      readability = typeof source === 'function' ? await source() : source;
    } catch (err) {
      console.warn('Frontera: Readability could not be loaded; using the page markup', err);
    }
    return readability;
  };
  const findScope = async () => {
    const module = await getReadability();
    const body = measured(MARKS.findRoot, () =>
      findArticleBody(doc, {
        scope: settings.scope,
        maxElements: options.maxReadabilityElements,
        readability: module,
      }),
    );
    // Readability can take most of a task on a big page: the story's top gets a task of its own.
    await yieldToPage();
    return measured(MARKS.findRoot, () => withStoryTop(doc, body));
  };
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
    const drawn =
      !settings.accessibleMode && win && supportsHighlights(win)
        ? createHighlightRenderer(doc, settings.highlightStyle, options.pageStylesDeclared)
        : createElementRenderer(doc, settings.highlightStyle, describe, options.pageStylesDeclared);
    // The reader's own names never go where the page can read them (render/private-overlay.ts).
    const r = withPrivateNames(
      doc,
      drawn,
      createPrivateOverlay(doc, host, settings.highlightStyle, rangeFor(doc, drawn)),
    );
    // Adding Frontera's stylesheet (with the first mention drawn) makes the browser restyle the
    // document once: costly on huge pages. Have that happen now, at the end of a slice of work,
    // rather than in the middle of the next one (its visibility checks would force it there).
    r.onStylesAdded = () => {
      const start = performance.now();
      isRendered(doc.body ?? doc.documentElement);
      if (SIGNALS) {
        try {
          performance.measure(MARKS.installStyles, { start, end: performance.now() });
        } catch {
          // a signal only
        }
      }
    };
    return r;
  };

  /** Frontera's own DOM edits (accessible mode) must not come back as page changes. */
  const own = (fn: () => void) => (observer ? observer.ownChanges(fn) : fn());

  const shown = new ShownMentions({
    store,
    entities,
    onTopic: () => topic.onTopic,
    settings: () => settings,
    renderer: () => renderer,
    own: (fn) => own(fn),
    placeAllows: (pm) =>
      !story.restrictsGeneric ||
      topic.points(pm.entityId) >= topic.neededPoints ||
      (storyKnown && story.allowsGeneric(pm.block)),
  });

  // Pages that tick (clocks, live scores) cause many rescans; tell the extension only of changes.
  const events = createEmitter<PageEvents>();
  let lastReport = '';
  const report = () => {
    const counts = shown.counts();
    const key = JSON.stringify(counts);
    if (key === lastReport) return;
    lastReport = key;
    events.emit('mentions-changed', counts);
  };

  const detail = (extra: Record<string, unknown> = {}) => ({
    ...shown.summary(),
    topic: topic.state(),
    ...extra,
  });

  /** Learns the entities of a matcher's answer; draws everything once the page turns on topic. */
  const learn = (match: BlockMatch, blocks: readonly TextBlock[]) => {
    for (const e of match.entities) {
      if (!entities.has(e.id)) entities.set(e.id, { id: e.id, name: e.name, type: e.type });
    }
    topic.learn(match);
    story.learn(blocks, match, (id) => topic.points(id));
  };

  const resetPage = () => {
    generation++;
    own(() => renderer?.clear());
    renderer = null;
    store.clear();
    shown.clear();
    topic.reset();
    story.clear();
    storyKnown = false;
  };

  /**
   * Off-topic pages (most of a news site) cost no more than this: the page's text is checked
   * for evidence (read in slices, a bounded sample sent: page-text.ts), and the article is looked
   * for only when there is enough. A page that grows (infinite scroll) is checked again once it
   * has grown.
   */
  let dormant = false;
  /** Characters of text the page added since the last topic check. */
  let grown = 0;
  const GROWTH_TO_RECHECK = 200;
  const couldBeOnTopic = async (isCancelled: () => boolean): Promise<boolean> => {
    if (!matcher.couldBeOnTopic || settings.scope === 'page') return true;
    const start = performance.now();
    const read = await samplePageText(doc.body ?? doc.documentElement, {
      yieldToPage,
      isCancelled,
    });
    if (!read) return false;
    measureSince(MARKS.readPage, start);
    grown = 0;
    try {
      return await matcher.couldBeOnTopic(read.sample);
    } catch (err) {
      console.warn('Frontera: topic check failed; reading the article anyway', err);
      return true;
    }
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
    if (!(await couldBeOnTopic(() => gen !== generation || !host.isValid))) {
      if (gen !== generation || !host.isValid) return;
      dormant = true;
      firstScanDone = true;
      lastFullScan = performance.now();
      mark(
        first ? MARKS.scanDone : MARKS.rescanDone,
        detail({ found: 0, method: 'off-topic', topic: { onTopic: false } }),
      );
      report();
      return;
    }
    if (gen !== generation || !host.isValid) return;
    dormant = false;
    const found = await findScope();
    if (gen !== generation || !host.isValid) return;
    scope = found;
    // Each step below can take a while on a big page: the page gets a turn between them.
    await yieldToPage();
    if (gen !== generation || !host.isValid) return;
    const root = scope.root;
    if (!renderer) renderer = makeRenderer();
    storyKnown = false;
    const roots = scopeRoots(scope);
    const result = await scanRoot(roots, { chrome: scope.chrome, onlyNodes: scope.keep }, matcher, {
      yieldToPage,
      sliceMs: options.sliceMs,
      isCancelled: () => gen !== generation || !host.isValid,
      onMatch: learn,
      onMentions: guard('showing mentions', (batch: PageMention[]) => shown.addInOrder(batch)),
      contextEntities: () => store.entityIds(),
    });
    if (!result) return;
    shown.draw();
    storyKnown = true;
    // Generic names near the story, now that all of it is known.
    if (story.restrictsGeneric) shown.refresh();
    firstScanDone = true;
    lastFullScan = performance.now();
    mark(
      first ? MARKS.scanDone : MARKS.rescanDone,
      detail({
        found: store.size,
        root: cssPath(root),
        lead: scope.lead?.length ?? 0,
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
    if (!active) return;
    if (dormant) {
      // Not on topic so far: check again only once the page has grown (a new story loaded).
      for (const el of batch.roots) grown += el.isConnected ? (el.textContent?.length ?? 0) : 0;
      if (grown < GROWTH_TO_RECHECK) return;
      await rescan();
      // The article found may be another story of the feed: what was added is read too, below.
      if (dormant) return;
    }
    if (!scope) return;
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
        onMatch: learn,
        onMentions: (b) => store.add(b),
        contextEntities: () => store.entityIds(),
      });
      if (!found) return;
    }
    shown.refresh();
    mark(MARKS.rescanDone, detail({ changed: inside.length }));
    report();
  };

  /**
   * Runs in the observer's callback, before the page paints: a mention whose text the page
   * changed or removed, or that became editable, goes at once (the rescan that follows at idle
   * time may find it again). Nothing stale stays drawn, nothing stays inside an editor.
   */
  const settle = (records: readonly MutationRecord[]) => {
    if (checkDocumentEditing() || store.size === 0) return;
    const stale = new Set<PageMention>();
    let removed = false;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        for (const pm of store.onNode(rec.target)) stale.add(pm);
      } else if (rec.type === 'childList') {
        if (rec.removedNodes.length) removed = true;
      } else if (rec.type === 'attributes' && isEditable(rec.target)) {
        const el = rec.target as Element;
        for (const pm of store.all()) if (pm.nodes.some((n) => el.contains(n))) stale.add(pm);
      }
    }
    if (removed) for (const pm of store.dead()) stale.add(pm);
    if (stale.size) shown.forget([...stale]);
  };

  /**
   * `designMode` changes without a DOM mutation: checked before every input, focus or pointer
   * press (so nothing is marked when an edit lands) and every quarter second. Returns true while
   * the document is editable, after unmarking everything.
   */
  let documentEditing = false;
  const checkDocumentEditing = (): boolean => {
    const editing = isDocumentEditable(doc);
    if (editing === documentEditing) return editing;
    documentEditing = editing;
    if (editing) {
      resetPage();
      report();
    } else if (active) {
      void rescan().catch((err) => console.warn('Frontera: rescan failed', err));
    }
    return editing;
  };
  const EDIT_CHECK_MS = 250;
  let editWatch = false;
  const watchDocumentEditing = () => {
    if (editWatch) return;
    editWatch = true;
    const check = guard('edit check', () => {
      if (active) checkDocumentEditing();
    });
    for (const type of ['beforeinput', 'compositionstart', 'keydown', 'focusin', 'pointerdown']) {
      host.addEventListener(doc, type, check, { capture: true, passive: true });
    }
    const poll = () => {
      if (!host.isValid) return;
      check();
      host.setTimeout(poll, EDIT_CHECK_MS);
    };
    host.setTimeout(poll, EDIT_CHECK_MS);
  };

  const activate = async () => {
    active = true;
    documentEditing = isDocumentEditable(doc);
    watchDocumentEditing();
    observer = observeChanges({
      host,
      target: doc.body ?? doc.documentElement,
      onChanges: queueChanges,
      onRecords: guard('cleanup', (records: readonly MutationRecord[]) => {
        const changed = renderer?.pageChanged;
        if (changed) own(() => changed(records));
        settle(records);
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
    on: events.on,
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
    async article() {
      const current = scope ?? (await findScope());
      const blocks = collectTextBlocks(scopeRoots(current), {
        chrome: current.chrome,
        onlyNodes: current.keep,
      });
      return {
        ...readArticleMeta(doc, current.readability),
        method: current.method,
        root: cssPath(current.root),
        texts: blocks.map((b) => b.text),
        url: doc.location?.href ?? '',
      };
    },
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
