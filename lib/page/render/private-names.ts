/**
 * One renderer for the page layer, two ways of drawing: the reader's own names go to the private
 * overlay (private-overlay.ts), everything else to the renderer chosen by the settings
 * (highlights, or accessible mode's elements).
 */
import { isReaderNameId } from '../../library/ids';
import { mentionRange } from '../mentions';
import type { PageMention } from '../types';
import type { PrivateOverlay } from './private-overlay';
import type { MentionRenderer } from './types';

/** True for a name of the reader's own (added by hand or brought by a pack). */
export const isReadersName = (pm: PageMention): boolean => isReaderNameId(pm.entityId);

/** The range the overlay and the card use for a reader's mention, given the renderer under it. */
export function rangeFor(doc: Document, inner: MentionRenderer) {
  return (pm: PageMention): Range | null =>
    inner.liveRange ? inner.liveRange(pm) : mentionRange(pm, doc);
}

export function withPrivateNames(
  doc: Document,
  inner: MentionRenderer,
  overlay: PrivateOverlay,
): MentionRenderer {
  const rangeOf = rangeFor(doc, inner);
  const split = (mentions: readonly PageMention[]) => {
    const mine: PageMention[] = [];
    const rest: PageMention[] = [];
    for (const pm of mentions) (isReadersName(pm) ? mine : rest).push(pm);
    return { mine, rest };
  };
  const renderer: MentionRenderer = {
    add(mentions) {
      const { mine, rest } = split(mentions);
      inner.add(rest);
      overlay.add(mine);
    },
    remove(mentions) {
      const { mine, rest } = split(mentions);
      inner.remove(rest);
      overlay.remove(mine);
    },
    clear() {
      inner.clear();
      overlay.clear();
    },
    setStyle(style) {
      inner.setStyle(style);
      overlay.setStyle(style);
    },
    setHovered(pm) {
      const mine = pm !== null && isReadersName(pm);
      inner.setHovered(mine ? null : pm);
      overlay.setHovered(mine ? pm : null);
    },
    setActive(pm) {
      const mine = pm !== null && isReadersName(pm);
      inner.setActive(mine ? null : pm);
      overlay.setActive(mine ? pm : null);
    },
    hitTest(x, y, target, ctx) {
      // No element of the page stands for a reader's name: the overlay knows where it drew them.
      const hit = inner.hitTest(x, y, target, ctx);
      return hit && !isReadersName(hit) ? hit : overlay.at(x, y);
    },
    mentionFor: (target) => inner.mentionFor(target),
    anchor: (pm) => (isReadersName(pm) ? rangeOf(pm) : inner.anchor(pm)),
    focusTarget: (pm) => (isReadersName(pm) ? null : inner.focusTarget(pm)),
    pageChanged(records) {
      inner.pageChanged?.(records);
      overlay.layoutSoon();
    },
  };
  // The controller sets this after creating the renderer; the inner renderer is the one that calls it.
  Object.defineProperty(renderer, 'onStylesAdded', {
    get: () => inner.onStylesAdded,
    set: (fn) => {
      inner.onStylesAdded = fn;
    },
  });
  return renderer;
}
