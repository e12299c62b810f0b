/**
 * Where the story is. Readability finds the article body on a clone of the document (it mutates
 * what it parses, so never the live page); its result is mapped back to the live DOM through
 * the text nodes, which Readability moves but does not copy. Pages too large for Readability
 * (it can take seconds on huge pages), or where it finds nothing, fall back to cheap guesses.
 */
import type { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ScanScope } from '../settings';
import { findLead } from './article-lead';
import type { ReadabilityMeta } from './article-meta';
import { isInsideSkipped } from './skip-rules';

export type RootMethod =
  | 'markup'
  | 'readability-within'
  | 'readability'
  | 'readability-text'
  | 'selector'
  | 'density'
  | 'body'
  | 'page';

export interface ArticleScope {
  root: Element;
  /** The live text nodes Readability kept, to leave out chrome inside the root; null = all. */
  keep: Set<Text> | null;
  method: RootMethod;
  /** Apply the page-chrome skip rules (article scope) or not (whole page). */
  chrome: boolean;
  /** What Readability read about the article, when it ran (a saved article's byline, date). */
  readability?: ReadabilityMeta;
  /**
   * The story's top outside the root (headline, standfirst, lede: article-lead.ts), in page
   * order: read before the root.
   */
  lead?: Element[];
}

/**
 * @mozilla/readability, handed in by the caller: the content script has it run in its world only
 * on pages that need it (entrypoints/readability), since most pages never do.
 */
export interface ReadabilityModule {
  Readability: typeof Readability;
  isProbablyReaderable: typeof isProbablyReaderable;
}

export interface FindRootOptions {
  scope: ScanScope;
  /** Without it, only the page's markup and cheap guesses are used. */
  readability: ReadabilityModule | null;
  /** Above this many elements Readability is skipped: its cost grows with the page. */
  maxElements?: number;
}

const DEFAULT_MAX_ELEMENTS = 4000;

/** The lowest element containing all the nodes. */
export function commonAncestor(nodes: Iterable<Node>): Element | null {
  let lca: Element | null = null;
  for (const n of nodes) {
    if (!lca) {
      lca = n.parentElement;
      continue;
    }
    while (lca && !lca.contains(n)) lca = lca.parentElement;
    if (!lca) return null;
  }
  return lca;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Maps Readability's article (an element of the clone) back to the live document.
 * `cloneToLive` pairs the clone's text nodes with the live ones; when Readability had to re-parse
 * its copy (it does on a retry) the pairing is lost, and paragraphs are matched by their text.
 */
export function mapArticleToLive(
  content: Element,
  cloneToLive: Map<Text, Text>,
  liveDoc: Document,
): { root: Element; keep: Set<Text> | null; method: RootMethod } | null {
  const keep = new Set<Text>();
  let mapped = 0;
  let total = 0;
  for (const t of textNodes(content)) {
    const len = t.data.trim().length;
    total += len;
    const live = cloneToLive.get(t);
    if (live) {
      keep.add(live);
      mapped += len;
    }
  }
  if (total === 0) return null;
  if (mapped / total >= 0.6) {
    const meaningful = [...keep].filter((t) => t.data.trim().length > 0);
    const root = commonAncestor(meaningful);
    return root ? { root, keep, method: 'readability' } : null;
  }
  // By text: paragraphs of the article found among the live page's paragraphs.
  const selector = 'p, li, blockquote, h2, h3, h4, td';
  const liveByText = new Map<string, Element>();
  for (const el of liveDoc.body?.querySelectorAll(selector) ?? []) {
    const t = squash(el.textContent);
    if (t.length >= 10 && !liveByText.has(t)) liveByText.set(t, el);
  }
  const found: Element[] = [];
  for (const el of content.querySelectorAll(selector)) {
    const live = liveByText.get(squash(el.textContent));
    if (live) found.push(live);
  }
  if (found.length === 0) return null;
  const root = commonAncestor(found.map((el) => el.firstChild ?? el));
  // Only the paragraphs found: the rest of their common ancestor may hold promos and ad labels.
  const kept = new Set<Text>();
  for (const el of found) for (const t of textNodes(el)) kept.add(t);
  return root ? { root, keep: kept, method: 'readability-text' } : null;
}

function metaOf(article: ReadabilityMeta | null): ReadabilityMeta | undefined {
  if (!article) return undefined;
  const { title, byline, siteName, publishedTime, lang, excerpt } = article;
  return { title, byline, siteName, publishedTime, lang, excerpt };
}

function byReadability(
  doc: Document,
  { Readability, isProbablyReaderable }: ReadabilityModule,
): ArticleScope | null {
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  const clone = doc.cloneNode(true) as Document;
  const cloneToLive = new Map<Text, Text>();
  const live = textNodes(doc.body);
  const copies = clone.body ? textNodes(clone.body) : [];
  if (live.length !== copies.length) return null;
  for (let i = 0; i < live.length; i++) cloneToLive.set(copies[i] as Text, live[i] as Text);
  const article = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const content = article?.content;
  if (!content || typeof content === 'string') return null;
  const mapped = mapArticleToLive(content, cloneToLive, doc);
  if (!mapped || mapped.root === doc.documentElement) return null;
  return { ...mapped, chrome: true, readability: metaOf(article) };
}

/**
 * Readability on a copy of one element only (the article the markup points at, or the guess on
 * a huge page): it still leaves out the chrome inside (captions of promos, share bars, related
 * boxes), at a fraction of the cost of copying and reading the whole page.
 */
function byReadabilityWithin(
  doc: Document,
  within: Element,
  { Readability }: ReadabilityModule,
): ArticleScope | null {
  const copy = doc.implementation.createHTMLDocument(doc.title);
  const clone = copy.importNode(within, true) as Element;
  copy.body.appendChild(clone);
  const live = textNodes(within);
  const copies = textNodes(clone);
  if (live.length !== copies.length) return null;
  const cloneToLive = new Map<Text, Text>();
  for (let i = 0; i < live.length; i++) cloneToLive.set(copies[i] as Text, live[i] as Text);
  const article = new Readability<Element>(copy, {
    serializer: (el) => el as Element,
    // The copy holds the article only: a shorter text than a page's still counts.
    charThreshold: 200,
  }).parse();
  const content = article?.content;
  if (!content || typeof content === 'string') return null;
  const mapped = mapArticleToLive(content, cloneToLive, doc);
  if (!mapped || !within.contains(mapped.root)) return null;
  return { ...mapped, method: 'readability-within', chrome: true, readability: metaOf(article) };
}

/** Readability within `root` when it is small enough, else `root` as it is. */
function refined(
  doc: Document,
  root: Element,
  method: RootMethod,
  max: number,
  readability: ReadabilityModule | null,
): ArticleScope {
  if (readability && root.getElementsByTagName('*').length <= max) {
    try {
      const found = byReadabilityWithin(doc, root, readability);
      if (found) return found;
    } catch (err) {
      console.warn('Frontera: Readability failed; reading the article as marked up.', err);
    }
  }
  return { root, keep: null, method, chrome: true };
}

function paragraphTextLength(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += p.textContent?.length ?? 0;
  return n;
}

/** Cheap guesses, best first: marked-up article bodies, `<article>`, `<main>`, the densest block. */
export function cheapRoot(doc: Document): { root: Element; method: RootMethod } {
  const body = doc.body ?? doc.documentElement;
  const marked = doc.querySelector('[itemprop="articleBody"], [itemprop="reviewBody"]');
  if (marked) return { root: marked, method: 'selector' };
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length === 1) return { root: articles[0] as Element, method: 'selector' };
  if (articles.length > 1) {
    // Several articles (a feed, infinite scroll): their common container holds them all.
    const root = commonAncestor(articles) ?? body;
    return { root, method: 'selector' };
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphTextLength(main) > 200) return { root: main, method: 'selector' };
  // The densest block: the parent holding the most paragraph text.
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const paragraphs = doc.getElementsByTagName('p');
  const limit = Math.min(paragraphs.length, 3000);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i] as Element;
    const parent = p.parentElement;
    if (!parent) continue;
    const s = (score.get(parent) ?? 0) + (p.textContent?.length ?? 0);
    score.set(parent, s);
    if (s > bestScore) {
      bestScore = s;
      best = parent;
    }
  }
  if (best && bestScore > 500) {
    // A story in sections: the sections' common parent, when its other children hold
    // paragraphs too (not a teaser next to a rail).
    let root: Element = best;
    for (let up = 0; up < 3; up++) {
      const parent = root.parentElement;
      if (!parent || parent === body) break;
      let siblings = 0;
      for (const child of parent.children) if (child !== root) siblings += score.get(child) ?? 0;
      if (siblings < 0.3 * (score.get(root) ?? bestScore)) break;
      score.set(parent, siblings + (score.get(root) ?? bestScore));
      root = parent;
    }
    return { root, method: 'density' };
  }
  return { root: body, method: 'body' };
}

/** The page's own markup holds at least this share of its paragraph text. */
const MARKUP_SHARE = 0.6;

/**
 * The article where the page's markup says so without ambiguity: the one element marked as the
 * article body, the only `<article>`, or the only `<main>`, when it holds most of the page's
 * paragraph text. Readability (a copy of the whole page, many passes over it) is then not
 * needed: on a large page it costs the reader a long stall.
 */
export function markedUpRoot(doc: Document): Element | null {
  const candidates = [
    doc.querySelectorAll('[itemprop="articleBody"]'),
    doc.getElementsByTagName('article'),
    doc.querySelectorAll('main, [role="main"]'),
  ];
  let total: number | null = null;
  for (const list of candidates) {
    if (list.length !== 1) continue;
    const el = list[0] as Element;
    const own = paragraphTextLength(el);
    if (own < 500) continue;
    total ??= paragraphTextLength(doc.body ?? doc.documentElement);
    if (own >= MARKUP_SHARE * total) return el;
  }
  return null;
}

/** Finds the part of the page to scan, following the reader's scope setting. */
export function findArticleScope(doc: Document, options: FindRootOptions): ArticleScope {
  const body = doc.body ?? doc.documentElement;
  if (options.scope === 'page') return { root: body, keep: null, method: 'page', chrome: false };
  return withStoryTop(doc, findArticleBody(doc, options));
}

/** The article's body alone (findArticleScope without the story's top). */
export function findArticleBody(doc: Document, options: FindRootOptions): ArticleScope {
  if (options.scope === 'page') {
    return { root: doc.body ?? doc.documentElement, keep: null, method: 'page', chrome: false };
  }
  const max = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const marked = markedUpRoot(doc);
  if (marked) return refined(doc, marked, 'markup', max, options.readability);
  if (options.readability && doc.getElementsByTagName('*').length <= max) {
    try {
      const found = byReadability(doc, options.readability);
      if (found) return found;
    } catch (err) {
      console.warn('Frontera: Readability failed; using a simpler guess.', err);
    }
  }
  const { root, method } = cheapRoot(doc);
  return method === 'body'
    ? { root, keep: null, method, chrome: true }
    : refined(doc, root, method, max, options.readability);
}

const metaContent = (doc: Document, property: string) =>
  doc
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');

/**
 * The body with the story's top: the headline and the standfirst Readability left out (they
 * join the text it kept) and those above a body the markup marks (read before it).
 */
export function withStoryTop(doc: Document, scope: ArticleScope): ArticleScope {
  if (scope.method === 'body' || scope.method === 'page') return scope;
  const titles = [scope.readability?.title, metaContent(doc, 'og:title'), doc.title].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
  const excerpt = scope.readability?.excerpt ?? metaContent(doc, 'og:description');
  const keep = scope.keep;
  const reads = (el: Element) => {
    if (!keep) return true;
    for (const t of textNodes(el)) if (keep.has(t)) return true;
    return false;
  };
  const lead = findLead(doc, scope.root, { titles, excerpt }, reads);
  // Inside the root but under what the walk skips as chrome (a page <header> holding the
  // headline): read on its own, before the root.
  const skip = { chrome: scope.chrome, chromeByName: keep === null };
  const walkedPast = lead.inside.filter((el) => isInsideSkipped(el, skip, scope.root));
  const before = [...walkedPast, ...lead.before];
  if (before.length === 0 && lead.inside.length === 0) return scope;
  let kept = keep;
  if (keep) {
    kept = new Set(keep);
    for (const el of [...before, ...lead.inside]) for (const t of textNodes(el)) kept.add(t);
  }
  return { ...scope, keep: kept, ...(before.length ? { lead: before } : {}) };
}

/** The elements a scope reads, in page order: the story's top, then the body. */
export function scopeRoots(scope: ArticleScope): Element[] {
  return scope.lead ? [...scope.lead, scope.root] : [scope.root];
}

/**
 * Whether content the page added or changed later is part of what Frontera reads: inside the
 * article (and not in chrome within it), anywhere when scanning the whole page or the body, and
 * outside the article only when it is another article (infinite scroll of stories).
 */
export function acceptsChange(scope: ArticleScope, el: Element): boolean {
  const opts = { chrome: scope.chrome };
  if (scope.root.contains(el)) return !isInsideSkipped(el, opts, scope.root);
  const top = scope.lead?.find((l) => l.contains(el));
  if (top) return !isInsideSkipped(el, opts, top);
  if (scope.method === 'body' || scope.method === 'page') return !isInsideSkipped(el, opts);
  const isArticle = el.matches('article, [itemprop="articleBody"]') || el.querySelector('article');
  return Boolean(isArticle) && !isInsideSkipped(el, opts, el);
}
