/**
 * Where the card goes: below the mention (above when there is no room), kept inside the
 * viewport, as tall as the space allows, and following the mention as the page scrolls.
 * A thin layer over @floating-ui/dom with `position: fixed`, so no page container clips it.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import type { PopoverAnchor } from './types';

/** Floating UI needs an element to find the anchor's scrolling ancestors; a Range has one. */
function virtual(anchor: PopoverAnchor): VirtualElement {
  if (anchor.contextElement) return anchor as VirtualElement;
  const node = (anchor as Partial<Range>).commonAncestorContainer;
  const contextElement =
    node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    contextElement,
  };
}

export function anchorRect(anchor: PopoverAnchor): DOMRect {
  return anchor.getBoundingClientRect();
}

/**
 * Moves `card` next to `anchor`. `stillCurrent` is asked before writing, since the position is
 * computed asynchronously and the card may have been replaced meanwhile.
 */
export async function placeNextTo(
  anchor: PopoverAnchor,
  card: HTMLElement,
  stillCurrent: () => boolean,
): Promise<void> {
  const pos = await computePosition(virtual(anchor), card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(160, Math.min(520, availableHeight))}px`;
        },
      }),
    ],
  });
  if (!stillCurrent()) return;
  card.style.left = `${Math.round(pos.x)}px`;
  card.style.top = `${Math.round(pos.y)}px`;
}

/** Calls `update` whenever the anchor or the card may have moved; returns the stop function. */
export function followAnchor(
  anchor: PopoverAnchor,
  card: HTMLElement,
  update: () => void,
): () => void {
  return autoUpdate(virtual(anchor), card, update);
}
