/**
 * The one stylesheet Frontera adds to a page: `::highlight()` rules for the default renderer and
 * `frontera-mention` rules for accessible mode. It is a constructed sheet in
 * `document.adoptedStyleSheets`, so no `<style>` element is inserted into the page, and its rules
 * only select Frontera's own highlight names and elements, so nothing leaks onto the page's text.
 */
import type { HighlightStyle } from '../../settings';

export const HIGHLIGHT_NAMES = {
  mention: 'frontera-mention',
  hover: 'frontera-hover',
  active: 'frontera-active',
} as const;

// Amber reads on white and on dark backgrounds; the underline is thick enough to notice, thin
// enough not to look like a link.
const UNDERLINE = 'rgb(217 119 6 / 0.95)';
const FILL = 'rgb(250 204 21 / 0.35)';
const FILL_STRONG = 'rgb(250 204 21 / 0.6)';

export function pageCss(style: HighlightStyle): string {
  const mark =
    style === 'underline'
      ? `text-decoration: underline 2px ${UNDERLINE} !important;`
      : style === 'background'
        ? `background-color: ${FILL} !important;`
        : '';
  return `
::highlight(${HIGHLIGHT_NAMES.mention}) { ${
    style === 'underline'
      ? `text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: ${UNDERLINE};`
      : style === 'background'
        ? `background-color: ${FILL};`
        : ''
  } }
::highlight(${HIGHLIGHT_NAMES.hover}) { background-color: ${FILL}; text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: ${UNDERLINE}; }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${FILL_STRONG}; }
frontera-mention { display: inline !important; ${mark} text-underline-offset: 0.15em !important; cursor: help !important; }
frontera-mention:hover, frontera-mention[aria-expanded="true"] { background-color: ${FILL_STRONG} !important; text-decoration: underline 2px ${UNDERLINE} !important; }
frontera-mention:focus-visible { outline: 2px solid rgb(37 99 235) !important; outline-offset: 1px !important; border-radius: 2px !important; }
frontera-mention-help { display: none !important; }
`;
}

export interface PageStyles {
  setStyle(style: HighlightStyle): void;
  remove(): void;
}

/** Adds Frontera's stylesheet to the document; `remove` takes it out again. */
export function installPageStyles(doc: Document, style: HighlightStyle): PageStyles {
  const win = doc.defaultView;
  const Sheet = win?.CSSStyleSheet;
  let sheet: CSSStyleSheet | null = null;
  let fallback: HTMLStyleElement | null = null;
  try {
    if (Sheet && 'adoptedStyleSheets' in doc && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(pageCss(style));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  } catch {
    sheet = null;
  }
  if (!sheet) {
    // Old engines and test DOMs: a marked <style> that the scanner ignores.
    fallback = doc.createElement('style');
    fallback.setAttribute('data-frontera-ui', '');
    fallback.textContent = pageCss(style);
    (doc.head ?? doc.documentElement).appendChild(fallback);
  }
  return {
    setStyle(next) {
      if (sheet) sheet.replaceSync(pageCss(next));
      else if (fallback) fallback.textContent = pageCss(next);
    },
    remove() {
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      fallback?.remove();
      sheet = null;
      fallback = null;
    },
  };
}
