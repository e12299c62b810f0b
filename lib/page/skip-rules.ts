/**
 * Which parts of a page Frontera never reads. Two levels:
 * - always: code, form fields, scripts, hidden content, editable regions and Frontera's own UI,
 *   because marking text there is wrong or breaks the page;
 * - article scope only: page chrome (navigation, sidebars, comments, "trending" lists), because
 *   a reader wants background on the story, not on the headlines of other stories.
 */

import { makesEditable } from './editable';

/** Elements whose text is never prose (or must never be touched). */
const ALWAYS_SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Page chrome that is not part of the story. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'button', 'dialog', 'menu']);

const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'button',
]);

/** Class/id tokens of chrome blocks inside or around articles (a lighter cousin of Readability's). */
const CHROME_NAME =
  /(?:^|[_-])(?:comments?|comentarios|related|relacionad[ao]s|trending|tendencias|most-?(?:read|popular)|popular|share|sharing|social|newsletter|promo|sidebar|breadcrumbs?|advert|ads?|sponsored|recommended|outbrain|taboola|subscribe)(?:$|[_-])/i;

/**
 * Words in a class or id token past which it is a slug made from a heading ("sharing-with-a-
 * single-developer", "the-social-cost-of-…"), not a name for a kind of block.
 */
const MAX_NAME_WORDS = 3;

/** True when one of the class or id tokens names a chrome block (a short name with a chrome word). */
export function hasChromeName(names: string): boolean {
  for (const token of names.split(/\s+/)) {
    if (token === '' || !CHROME_NAME.test(token)) continue;
    if (token.split(/[_-]+/).filter(Boolean).length <= MAX_NAME_WORDS) return true;
  }
  return false;
}

/** Frontera's own elements: the popover host and friends. Mentions (accessible mode) are read. */
export function isFronteraUi(el: Element): boolean {
  const name = el.localName;
  return (
    (name.startsWith('frontera-') && name !== 'frontera-mention') ||
    el.hasAttribute('data-frontera-ui')
  );
}

/** True when the element's subtree is never read, whatever the scope. */
export function isAlwaysSkipped(el: Element): boolean {
  if (ALWAYS_SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('inert')) return true;
  if (makesEditable(el)) return true;
  return isFronteraUi(el);
}

/** True when the element looks like page chrome (skipped when scanning the article only). */
export function isChrome(el: Element, byName = true): boolean {
  const name = el.localName;
  if (CHROME_TAGS.has(name)) return true;
  // A header inside an article holds its headline; a page header holds the masthead.
  if (name === 'header' && !el.closest('article')) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (!byName) return false;
  const id = el.id;
  const cls = el.getAttribute('class');
  return (id !== '' && hasChromeName(id)) || (cls !== null && cls !== '' && hasChromeName(cls));
}

export interface SkipOptions {
  /** Skip page chrome too (article scope). */
  chrome: boolean;
  /**
   * Also by class and id names (default true). Off where Readability chose the text: its
   * judgement of what is the article comes first, and names can mislead.
   */
  chromeByName?: boolean;
}

export function isSkipped(el: Element, options: SkipOptions): boolean {
  return isAlwaysSkipped(el) || (options.chrome && isChrome(el, options.chromeByName ?? true));
}

/**
 * True when `node` sits in a skipped subtree: used for text that appears later (mutations),
 * which did not come through the walker. Below `root` every rule applies; the root itself and
 * its ancestors were chosen as the scan scope, so only the always-rules apply to them.
 */
export function isInsideSkipped(node: Node, options: SkipOptions, root?: Node | null): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let belowRoot = root != null && root !== node && root.contains(node);
  while (el) {
    if (el === root) belowRoot = false;
    if (belowRoot ? isSkipped(el, options) : isAlwaysSkipped(el)) return true;
    el = el.parentElement;
  }
  return false;
}
