/**
 * The one stylesheet Frontera adds to a page: `::highlight()` rules for the default renderer and
 * `frontera-mention` rules for accessible mode. It is a constructed sheet in
 * `document.adoptedStyleSheets`, so no `<style>` element is inserted into the page, and its rules
 * only select Frontera's own highlight names and elements, so nothing leaks onto the page's text.
 *
 * The sheet never changes once added. A `::highlight()` rule makes the browser recompute the
 * style of the whole document when a sheet holding it is added or edited (~100 ms on a 1 MB
 * page), so the highlight style setting switches highlight *names* (or an attribute on Frontera's
 * own elements) instead of rewriting CSS.
 */
import type { HighlightStyle } from '../../settings';

export const HIGHLIGHT_NAMES = {
  /** All mentions, underlined (the default style). */
  mention: 'frontera-mention',
  /** All mentions, on a tinted background. */
  fill: 'frontera-mention-fill',
  hover: 'frontera-hover',
  active: 'frontera-active',
} as const;

/** The registry name that draws all mentions in a style; null: drawn only when hovered. */
export function highlightNameFor(style: HighlightStyle): string | null {
  return style === 'underline'
    ? HIGHLIGHT_NAMES.mention
    : style === 'background'
      ? HIGHLIGHT_NAMES.fill
      : null;
}

/** The attribute that gives accessible-mode elements their style. */
export const STYLE_ATTRIBUTE = 'data-frontera-style';

// Amber reads on white and on dark backgrounds; the underline is thick enough to notice, thin
// enough not to look like a link.
const UNDERLINE = 'rgb(217 119 6 / 0.95)';
const FILL = 'rgb(250 204 21 / 0.35)';
const FILL_STRONG = 'rgb(250 204 21 / 0.6)';

export const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAMES.mention}) { text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: ${UNDERLINE}; }
::highlight(${HIGHLIGHT_NAMES.fill}) { background-color: ${FILL}; }
::highlight(${HIGHLIGHT_NAMES.hover}) { background-color: ${FILL}; text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: ${UNDERLINE}; }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${FILL_STRONG}; }
frontera-mention { display: inline !important; cursor: help !important; }
frontera-mention[${STYLE_ATTRIBUTE}="underline"] { text-decoration: underline 2px ${UNDERLINE} !important; text-underline-offset: 0.15em !important; }
frontera-mention[${STYLE_ATTRIBUTE}="background"] { background-color: ${FILL} !important; }
frontera-mention:hover, frontera-mention[aria-expanded="true"] { background-color: ${FILL_STRONG} !important; text-decoration: underline 2px ${UNDERLINE} !important; }
frontera-mention:focus-visible { outline: 2px solid rgb(37 99 235) !important; outline-offset: 1px !important; border-radius: 2px !important; }
frontera-mention-help { display: none !important; }
`;

/** Where the build puts PAGE_CSS and declares it for the content script (see wxt.config.ts). */
export const PAGE_CSS_FILE = 'content-scripts/frontera-page.css';

export interface PageStyles {
  remove(): void;
}

/** Adds Frontera's stylesheet to the document; `remove` takes it out again. */
export function installPageStyles(doc: Document): PageStyles {
  const win = doc.defaultView;
  const Sheet = win?.CSSStyleSheet;
  let sheet: CSSStyleSheet | null = null;
  let fallback: HTMLStyleElement | null = null;
  try {
    if (Sheet && 'adoptedStyleSheets' in doc && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(PAGE_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  } catch {
    sheet = null;
  }
  if (!sheet) {
    // Old engines, Firefox's content-script sandbox, test DOMs: a marked <style> the scanner ignores.
    fallback = doc.createElement('style');
    fallback.setAttribute('data-frontera-ui', '');
    fallback.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).appendChild(fallback);
  }
  return {
    remove() {
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      fallback?.remove();
      sheet = null;
      fallback = null;
    },
  };
}

/**
 * The stylesheet, added on first need: most pages of a news site never mention a name Frontera
 * knows, and they should not pay for the document restyle a `::highlight()` sheet causes.
 */
export function lazyPageStyles(
  doc: Document,
  /** The manifest already applied PAGE_CSS to this page (the extension's case): add nothing. */
  declared = false,
): {
  ensure(): boolean;
  remove(): void;
  readonly installed: boolean;
} {
  let styles: PageStyles | null = null;
  return {
    /** Installs the sheet if needed; true when this call installed it. */
    ensure() {
      if (styles || declared) return false;
      styles = installPageStyles(doc);
      return true;
    },
    remove() {
      styles?.remove();
      styles = null;
    },
    get installed() {
      return styles !== null;
    },
  };
}
