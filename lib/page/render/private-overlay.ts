/**
 * Paints the reader's own names (their library's and packs' names, `mine:` ids) where the page
 * cannot read them. `CSS.highlights` and the DOM belong to the document, which the page's scripts
 * share: a page that plants candidate names in its text could read back which ones a reader's
 * library holds (a journalist's research subjects). So these mentions get boxes in Frontera's
 * own closed shadow root, laid over the text, never a registered range or an element in the
 * page's tree.
 *
 * The host element exists whenever Frontera draws anything, reader's names or not, so its
 * presence says nothing about the library. It takes no room and no pointer (pointer-events:
 * none); hovering works as for highlights, from the caret position under the pointer.
 */
import type { HighlightStyle } from '../../settings';
import { pointInRects } from '../hover';
import { mentionRange } from '../mentions';
import type { PageHost, PageMention } from '../types';
import type { MentionRenderer } from './types';

export const OVERLAY_TAG = 'frontera-overlay';

const UNDERLINE = 'rgb(217 119 6 / 0.95)';
const FILL = 'rgb(250 204 21 / 0.35)';
const FILL_STRONG = 'rgb(250 204 21 / 0.6)';

const CSS = `
:host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483646 !important; display: block !important; }
.fr-private { position: absolute; left: 0; top: 0; }
.fr-box { position: absolute; box-sizing: border-box; border-radius: 1px; }
.fr-private[data-style="underline"] .fr-box { border-bottom: 2px solid ${UNDERLINE}; }
.fr-private[data-style="background"] .fr-box { background: ${FILL}; }
.fr-mark.fr-hover .fr-box { background: ${FILL}; border-bottom: 2px solid ${UNDERLINE}; }
.fr-mark.fr-active .fr-box { background: ${FILL_STRONG}; }
`;

/** Draws as a renderer does (the same calls), in a closed shadow root instead of the registry. */
export interface PrivateOverlay
  extends Pick<
    MentionRenderer,
    'add' | 'remove' | 'clear' | 'setStyle' | 'setHovered' | 'setActive'
  > {
  /** The page changed: lay the boxes out again before the next frame (only if there are any). */
  layoutSoon(): void;
  /** The reader's mention drawn at a viewport point, if any. */
  at(x: number, y: number): PageMention | null;
}

export function createPrivateOverlay(
  doc: Document,
  host: PageHost,
  style: HighlightStyle,
  /** The mention's text as the page shows it now (see MentionRenderer.liveRange). */
  rangeOf: (pm: PageMention) => Range | null = (pm) => mentionRange(pm, doc),
): PrivateOverlay {
  const el = doc.createElement(OVERLAY_TAG);
  el.setAttribute('data-frontera-ui', '');
  const root = el.attachShadow({ mode: 'closed' });
  const sheet = doc.createElement('style');
  sheet.textContent = CSS;
  const layer = doc.createElement('div');
  layer.className = 'fr-private';
  layer.dataset.style = style;
  root.append(sheet, layer);
  const marks = new Map<number, { pm: PageMention; el: HTMLElement }>();
  let hovered: number | null = null;
  let active: number | null = null;
  let frame = false;
  let listening = false;

  const attach = () => {
    if (!el.isConnected) doc.documentElement.appendChild(el);
  };
  attach();

  /** Boxes over the mention's text, in the host's coordinates (it sits at the page's origin). */
  const lay = (mark: { pm: PageMention; el: HTMLElement }, origin: DOMRect) => {
    const range = rangeOf(mark.pm);
    const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
    const boxes = mark.el.children;
    while (boxes.length > rects.length) boxes[boxes.length - 1]?.remove();
    while (boxes.length < rects.length) {
      const box = doc.createElement('div');
      box.className = 'fr-box';
      mark.el.append(box);
    }
    rects.forEach((r, i) => {
      const box = boxes[i] as HTMLElement;
      box.style.left = `${r.left - origin.left}px`;
      box.style.top = `${r.top - origin.top}px`;
      box.style.width = `${r.width}px`;
      box.style.height = `${r.height}px`;
    });
  };
  const layout = () => {
    frame = false;
    if (marks.size === 0) return;
    attach();
    const origin = el.getBoundingClientRect();
    for (const mark of marks.values()) lay(mark, origin);
  };
  const layoutSoon = () => {
    if (frame || marks.size === 0) return;
    frame = true;
    host.requestAnimationFrame(layout);
  };
  /** Text reflows without a DOM change (fonts, images, the window's width, inner scrollers). */
  const listen = () => {
    if (listening) return;
    listening = true;
    const win = doc.defaultView;
    if (win) host.addEventListener(win, 'resize', layoutSoon, { passive: true });
    host.addEventListener(
      doc,
      'scroll',
      (e: Event) => {
        if (e.target !== doc) layoutSoon();
      },
      { passive: true, capture: true },
    );
    host.addEventListener(doc, 'load', layoutSoon, { passive: true, capture: true });
    const Observer = win?.ResizeObserver;
    if (Observer && doc.body) {
      const ro = new Observer(layoutSoon);
      ro.observe(doc.body);
      host.onInvalidated(() => ro.disconnect());
    }
  };
  const flag = (key: number | null, cls: string, on: boolean) => {
    if (key !== null) marks.get(key)?.el.classList.toggle(cls, on);
  };

  return {
    add(mentions) {
      if (mentions.length === 0) return;
      listen();
      for (const pm of mentions) {
        if (marks.has(pm.key)) continue;
        const mark = doc.createElement('div');
        mark.className = 'fr-mark';
        layer.append(mark);
        marks.set(pm.key, { pm, el: mark });
      }
      // Laid out now, so a mention never shows a frame late.
      layout();
    },
    remove(mentions) {
      for (const pm of mentions) {
        marks.get(pm.key)?.el.remove();
        marks.delete(pm.key);
      }
    },
    clear() {
      marks.clear();
      layer.replaceChildren();
      el.remove();
    },
    setStyle(next) {
      layer.dataset.style = next;
    },
    setHovered(pm) {
      flag(hovered, 'fr-hover', false);
      hovered = pm?.key ?? null;
      flag(hovered, 'fr-hover', true);
    },
    setActive(pm) {
      flag(active, 'fr-active', false);
      active = pm?.key ?? null;
      flag(active, 'fr-active', true);
    },
    layoutSoon,
    at(x, y) {
      for (const { pm } of marks.values()) {
        const range = rangeOf(pm);
        if (range && pointInRects(range.getClientRects(), x, y)) return pm;
      }
      return null;
    },
  };
}
