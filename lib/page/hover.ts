/**
 * Which mention is under the pointer. With CSS highlights there is no element to receive
 * `mouseenter`, so the pointer position is turned into a caret position
 * (`caretPositionFromPoint` / `caretRangeFromPoint`) and checked against the mention's client
 * rects (the caret snaps to the nearest character even in a margin). At most once per frame.
 */
import type { PageHost } from './types';

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The text position under a viewport point, in whichever form this browser offers. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when the point lies inside one of the rects (with a pixel of slack for rounding). */
export function pointInRects(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRect;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export interface HoverOptions<T> {
  host: PageHost;
  doc: Document;
  /** What is under the point (and the event target, for element mentions). */
  hitTest(x: number, y: number, target: EventTarget | null): T | null;
  onEnter(item: T, x: number, y: number): void;
  onLeave(item: T, x: number, y: number): void;
}

/** Follows the pointer, calling onEnter/onLeave as it moves onto and off mentions. */
export function trackHover<T>(options: HoverOptions<T>): { stop(): void; current(): T | null } {
  const { host, doc } = options;
  let current: T | null = null;
  let pending: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = false;
  let stopped = false;

  const check = () => {
    frame = false;
    if (stopped || !pending) return;
    const { x, y, target } = pending;
    pending = null;
    let hit: T | null = null;
    try {
      hit = options.hitTest(x, y, target);
    } catch (err) {
      console.warn('Frontera: hover check failed', err);
    }
    if (hit === current) return;
    const prev = current;
    current = hit;
    if (prev) options.onLeave(prev, x, y);
    if (hit) options.onEnter(hit, x, y);
  };

  const onMove = (e: PointerEvent) => {
    if (stopped || e.pointerType === 'touch') return;
    pending = { x: e.clientX, y: e.clientY, target: e.target };
    if (!frame) {
      frame = true;
      host.requestAnimationFrame(check);
    }
  };
  const onOut = (e: PointerEvent) => {
    // Leaving the window: nothing is hovered any more.
    if (e.relatedTarget === null && current) {
      const prev = current;
      current = null;
      options.onLeave(prev, e.clientX, e.clientY);
    }
  };
  host.addEventListener(doc, 'pointermove', onMove, { passive: true, capture: true });
  host.addEventListener(doc, 'pointerout', onOut, { passive: true, capture: true });

  return {
    stop() {
      stopped = true;
    },
    current: () => current,
  };
}
