/**
 * The default renderer: CSS Custom Highlights. Mentions are painted from ranges registered in
 * `CSS.highlights`; not one element is inserted into the page, so pages that re-render their own
 * DOM (React, Vue…) cannot trip over Frontera.
 */
import type { HighlightStyle } from '../../settings';
import { caretAt, pointInRects } from '../hover';
import { mentionRange } from '../mentions';
import type { PageMention } from '../types';
import { HIGHLIGHT_NAMES, highlightNameFor, lazyPageStyles } from './page-styles';
import type { MentionRenderer } from './types';

/** True when the browser can paint CSS highlights. */
export function supportsHighlights(win: Window & typeof globalThis = window): boolean {
  return (
    typeof win.Highlight === 'function' &&
    typeof win.CSS !== 'undefined' &&
    typeof (win.CSS as { highlights?: unknown }).highlights === 'object'
  );
}

/**
 * A StaticRange per mention: unlike live Ranges they cost the page nothing on each DOM change.
 * When the page rewrites the text, the observer rescans that block and the range is replaced.
 */
function staticRange(win: Window & typeof globalThis, pm: PageMention): StaticRange | null {
  const first = pm.nodes[0];
  const last = pm.nodes[pm.nodes.length - 1];
  if (!first || !last) return null;
  try {
    return new win.StaticRange({
      startContainer: first,
      startOffset: pm.startOffset,
      endContainer: last,
      endOffset: pm.endOffset,
    });
  } catch {
    return null;
  }
}

export function createHighlightRenderer(
  doc: Document,
  style: HighlightStyle,
  stylesDeclared = false,
): MentionRenderer {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = win.CSS.highlights;
  const all = new win.Highlight();
  const hover = new win.Highlight();
  const active = new win.Highlight();
  hover.priority = 1;
  active.priority = 2;
  // The style setting picks the name `all` is registered under (see page-styles.ts).
  let allName = highlightNameFor(style);
  if (allName) registry.set(allName, all);
  registry.set(HIGHLIGHT_NAMES.hover, hover);
  registry.set(HIGHLIGHT_NAMES.active, active);
  const styles = lazyPageStyles(doc, stylesDeclared);
  const unregister = (name: string | null, h: Highlight) => {
    if (name && registry.get(name) === h) registry.delete(name);
  };
  const ranges = new Map<number, StaticRange>();
  let renderer: MentionRenderer;
  const ensureStyles = () => {
    if (styles.ensure()) renderer.onStylesAdded?.();
  };

  function single(target: Highlight, pm: PageMention | null): void {
    target.clear();
    if (!pm) return;
    ensureStyles();
    const r = ranges.get(pm.key) ?? staticRange(win, pm);
    if (r) target.add(r);
  }

  renderer = {
    add(mentions) {
      if (mentions.length) ensureStyles();
      for (const pm of mentions) {
        if (ranges.has(pm.key)) continue;
        const r = staticRange(win, pm);
        if (!r) continue;
        ranges.set(pm.key, r);
        all.add(r);
      }
    },
    remove(mentions) {
      for (const pm of mentions) {
        const r = ranges.get(pm.key);
        if (!r) continue;
        all.delete(r);
        hover.delete(r);
        active.delete(r);
        ranges.delete(pm.key);
      }
    },
    clear() {
      all.clear();
      hover.clear();
      active.clear();
      ranges.clear();
      // Only our own entries: other extensions' or the page's highlights stay.
      unregister(allName, all);
      unregister(HIGHLIGHT_NAMES.hover, hover);
      unregister(HIGHLIGHT_NAMES.active, active);
      styles.remove();
    },
    setStyle(next) {
      unregister(allName, all);
      allName = highlightNameFor(next);
      if (allName) registry.set(allName, all);
    },
    setHovered(pm) {
      single(hover, pm);
    },
    setActive(pm) {
      single(active, pm);
    },
    // No element to receive the pointer: the point becomes a caret position, checked against
    // the client rects of the mentions there (the caret snaps to a character even in a margin).
    hitTest(x, y, _target, ctx) {
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      for (const pm of ctx.at(caret.node, caret.offset)) {
        if (!ctx.isShown(pm)) continue;
        const range = mentionRange(pm, doc);
        if (range && pointInRects(range.getClientRects(), x, y)) return pm;
      }
      return null;
    },
    mentionFor: () => null,
    anchor: (pm) => mentionRange(pm, doc),
    focusTarget: () => null,
  };
  return renderer;
}
