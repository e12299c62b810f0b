/**
 * The top of the story: the headline, the standfirst and a lede that sit outside the element
 * Frontera reads as the article body. Readability drops the `<h1>` that repeats the page's title,
 * and a page's marked-up body (`[itemprop=articleBody]`) often starts after the headline and the
 * first paragraph: both are the first things a reader reads. The headline is the heading whose
 * text is the page's title (Readability's, `og:title`, `<title>`), allowing for a site name or a
 * slightly different wording; the blocks between it and the body belong to the story unless
 * they are chrome (a share bar, a byline made of links, an ad label).
 */
import { isAlwaysSkipped, isChrome } from './skip-rules';

export interface LeadHints {
  /** Titles the page gives its story, best first (Readability's, og:title, the document's). */
  titles: readonly string[];
  /** The standfirst as the page describes it (Readability's excerpt, og:description). */
  excerpt?: string | null;
}

export interface ArticleLead {
  /** The headline, when it is outside the body. */
  headline: Element | null;
  /** Headline, standfirst and lede outside the body, in page order: read before it. */
  before: Element[];
  /** The headline or standfirst inside the body that the body's reading left out. */
  inside: Element[];
}

/** Blocks between the headline and the body past which they are not the story's top. */
const MAX_BETWEEN = 6;
const MAX_BETWEEN_CHARS = 2500;
/** Headings looked at per kind: a page's headline is among its first. */
const MAX_HEADINGS = 60;
/** Elements walked from the headline towards the body before giving up. */
const MAX_WALK = 400;
const LEAD_BLOCKS = 'p, h2, h3, h4, figcaption, blockquote, [itemprop="description"]';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Lower-case words without accents or punctuation: what two wordings of a title share. */
export function titleWords(s: string): string[] {
  return squash(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * How much a heading's text is the page's title, 0 to 1: 1 when one holds the other word for word
 * ("Headline | Site"), else the share of the heading's words found in the title.
 */
export function titleLikeness(heading: string, title: string): number {
  const h = titleWords(heading);
  const t = titleWords(title);
  if (h.length === 0 || t.length === 0) return 0;
  const hs = h.join(' ');
  const ts = t.join(' ');
  if (hs === ts) return 1;
  if (h.length >= 3 && ` ${ts} `.includes(` ${hs} `)) return 1;
  if (t.length >= 3 && ` ${hs} `.includes(` ${ts} `)) return 1;
  const inTitle = new Set(t);
  const shared = h.filter((w) => inTitle.has(w)).length;
  // Both ways, so a short heading inside a long title is not a match by itself.
  return Math.min(shared / h.length, shared / t.length + 0.25);
}

/** A heading this much like the title is the headline. */
const HEADLINE_LIKENESS = 0.75;
/** The page's only `<h1>` needs less: editors reword a headline that the `<title>` keeps. */
const ONLY_H1_LIKENESS = 0.5;

function isInChrome(el: Element, stopAt: Element | null): boolean {
  for (let a: Element | null = el; a && a !== stopAt; a = a.parentElement) {
    if (isAlwaysSkipped(a)) return true;
    // A header holds the headline, whether or not it is inside an <article>.
    if (a.localName !== 'header' && isChrome(a)) return true;
  }
  return false;
}

/** The page's headline: the heading most like one of its titles, if one is enough like it. */
export function findHeadline(doc: Document, hints: LeadHints): Element | null {
  const titles = hints.titles.map(squash).filter((t) => t.length > 0);
  if (titles.length === 0 || !doc.body) return null;
  let best: Element | null = null;
  let bestScore = 0;
  // The h1s first: lower headings are looked at only when no h1 is the title.
  for (const selector of ['h1, [itemprop="headline"]', 'h2']) {
    const headings = doc.body.querySelectorAll(selector);
    for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
      const el = headings[i] as Element;
      const text = squash(el.textContent);
      if (text.length < 8 || text.length > 400) continue;
      let score = 0;
      for (const t of titles) score = Math.max(score, titleLikeness(text, t));
      if (score > bestScore && !isInChrome(el, null)) {
        best = el;
        bestScore = score;
      }
    }
    if (bestScore >= HEADLINE_LIKENESS) return best;
    if (selector !== 'h2') {
      const h1s = doc.body.getElementsByTagName('h1');
      if (h1s.length === 1 && best === h1s[0] && bestScore >= ONLY_H1_LIKENESS) return best;
    }
  }
  return null;
}

function linkShare(el: Element): number {
  const total = squash(el.textContent).length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += squash(a.textContent).length;
  return linked / total;
}

/** Document order: `a` comes before `b` (4 = DOCUMENT_POSITION_FOLLOWING). */
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0;

/**
 * The blocks of the story's top outside (or left out of) the body `root`. `reads(el)` says
 * whether the body's reading already takes in an element inside the root.
 */
export function findLead(
  doc: Document,
  root: Element,
  hints: LeadHints,
  reads: (el: Element) => boolean,
): ArticleLead {
  const lead: ArticleLead = { headline: null, before: [], inside: [] };
  const headline = findHeadline(doc, hints);
  if (!headline) return lead;
  if (root.contains(headline)) {
    if (!reads(headline)) lead.inside.push(headline);
    const excerpt = squash(hints.excerpt);
    if (excerpt.length >= 20) {
      for (const el of root.querySelectorAll(LEAD_BLOCKS)) {
        if (!precedes(headline, el)) continue;
        if (squash(el.textContent) === excerpt && !reads(el)) lead.inside.push(el);
        break;
      }
    }
    return lead;
  }
  // A headline after the body's start is another story's (a teaser, the next article).
  if (!precedes(headline, root) || headline.contains(root)) return lead;
  lead.headline = headline;
  lead.before.push(headline);
  // The blocks between the headline and the body, in page order.
  const between: Element[] = [];
  let chars = 0;
  const scope = commonParent(headline, root);
  const walker = doc.createTreeWalker(scope ?? doc.body ?? doc.documentElement, 1);
  walker.currentNode = headline;
  let walked = 0;
  for (let n = walker.nextNode(); n && n !== root; n = walker.nextNode()) {
    if (++walked > MAX_WALK) return lead;
    const el = n as Element;
    if (headline.contains(el) || el.contains(root)) continue;
    if (!el.matches(LEAD_BLOCKS) || between.some((b) => b.contains(el))) continue;
    const text = squash(el.textContent);
    if (text.length === 0 || isInChrome(el, scope) || linkShare(el) >= 0.5) continue;
    between.push(el);
    chars += text.length;
    if (between.length > MAX_BETWEEN || chars > MAX_BETWEEN_CHARS) return lead;
  }
  lead.before.push(...between);
  return lead;
}

function commonParent(a: Element, b: Element): Element | null {
  let p: Element | null = a.parentElement;
  while (p && !p.contains(b)) p = p.parentElement;
  return p;
}
