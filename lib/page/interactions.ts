/**
 * How a reader reaches a mention's card: pointer hover (with the popover's hover intent), click,
 * focus and Enter on accessible-mode elements, and next/previous navigation from the keyboard
 * shortcut. This module decides *which* mention and *how*; the popover draws the card.
 */
import type { Settings } from '../settings';
import { trackHover } from './hover';
import type { MentionStore } from './mention-store';
import { mentionRange } from './mentions';
import type { HitContext, MentionRenderer } from './render/types';
import type { PageHost, PageMention, PopoverAnchor, PopoverPort, PopoverTrigger } from './types';

export interface InteractionDeps {
  doc: Document;
  host: PageHost;
  popover: PopoverPort | null;
  renderer(): MentionRenderer | null;
  store(): MentionStore;
  /** Shown mentions in document order. */
  shown(): readonly PageMention[];
  isShown(pm: PageMention): boolean;
  settings(): Settings;
}

export interface Interactions {
  next(): PageMention | null;
  previous(): PageMention | null;
  /** Scrolls to the entity's first shown mention and opens its card. */
  reveal(entityId: string): boolean;
  /** The popover closed (Escape, click outside…). */
  closed(): void;
  active(): PageMention | null;
}

export function wireInteractions(deps: InteractionDeps): Interactions {
  const { doc, host, popover } = deps;
  let active: PageMention | null = null;

  /** Frontera's handlers never throw into the page: failures are logged and dropped. */
  const safe =
    <E>(fn: (e: E) => void) =>
    (e: E): void => {
      try {
        fn(e);
      } catch (err) {
        console.warn('Frontera: event handler failed', err);
      }
    };
  const on = <E extends Event>(
    target: EventTarget,
    type: string,
    fn: (e: E) => void,
    options?: AddEventListenerOptions,
  ) => host.addEventListener(target, type, safe(fn), options);
  let focusingForNavigation = false;
  let lastClosedAt = Number.NEGATIVE_INFINITY;

  const anchorFor = (pm: PageMention): PopoverAnchor | null => {
    const r = deps.renderer();
    return r ? r.anchor(pm) : mentionRange(pm, doc);
  };

  const open = (pm: PageMention, trigger: PopoverTrigger, scheduled = false): void => {
    const anchor = anchorFor(pm);
    if (!popover || !anchor) return;
    const r = deps.renderer();
    const returnFocusTo = r?.focusTarget(pm) ?? undefined;
    const target = { anchor, entityId: pm.entityId, mention: pm.mention, trigger, returnFocusTo };
    active = pm;
    r?.setActive(trigger === 'hover' && scheduled ? null : pm);
    if (scheduled) popover.scheduleOpen(target);
    else popover.open(target);
  };

  // ---- pointer ----
  const hitContext: HitContext = {
    at: (node, offset) => deps.store().at(node, offset),
    isShown: (pm) => deps.isShown(pm),
  };
  const hitTest = (x: number, y: number, target: EventTarget | null): PageMention | null =>
    deps.renderer()?.hitTest(x, y, target, hitContext) ?? null;

  trackHover<PageMention>({
    host,
    doc,
    hitTest,
    onEnter: safe((pm: PageMention) => {
      deps.renderer()?.setHovered(pm);
      if (deps.settings().openOn === 'hover') open(pm, 'hover', true);
    }),
    onLeave: (_pm, x, y) =>
      safe(() => {
        deps.renderer()?.setHovered(null);
        if (!popover || popover.isPinned()) return;
        popover.cancelScheduled();
        // The popover keeps the card while the pointer travels into it (grace period).
        if (!popover.containsPoint(x, y)) popover.scheduleClose();
      })(undefined),
  });

  on(doc, 'click', (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0) return;
    const pm = hitTest(e.clientX, e.clientY, e.target);
    if (!pm) return;
    // A mention inside a link is still a link: let the page navigate.
    const el = e.target instanceof Element ? e.target : null;
    if (el?.closest('a[href]')) return;
    open(pm, 'click');
  });

  // ---- mentions that are elements (accessible mode): focus opens (with intent), Enter/Space pins ----
  const mentionFor = (target: EventTarget | null) => deps.renderer()?.mentionFor(target) ?? null;
  on(doc, 'focusin', (e: FocusEvent) => {
    if (focusingForNavigation) return;
    const pm = mentionFor(e.target);
    if (!pm || !deps.isShown(pm)) return;
    const el = e.target as HTMLElement;
    // Wait a turn: when a closing card hands focus back to its mention, it reports the close
    // right after, and that focus must not open the card again.
    host.setTimeout(() => {
      if (doc.activeElement === el && performance.now() - lastClosedAt > 250) open(pm, 'focus');
    }, 0);
  });
  on(doc, 'focusout', (e: FocusEvent) => {
    if (!mentionFor(e.target) || !popover) return;
    if (!popover.isPinned()) popover.scheduleClose();
  });
  on(
    doc,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const pm = mentionFor(e.target);
      if (!pm) return;
      // Our element's own key: the page must not also act on it (e.g. a surrounding link).
      e.preventDefault();
      e.stopPropagation();
      open(pm, 'keyboard');
    },
    { capture: true },
  );

  // ---- next / previous ----
  const reduceMotion = () =>
    doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const goTo = (pm: PageMention): void => {
    const anchor = anchorFor(pm);
    const win = doc.defaultView;
    if (anchor && win) {
      const rect = anchor.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > win.innerHeight) {
        win.scrollBy({
          top: rect.top - win.innerHeight / 3,
          behavior: reduceMotion() ? 'auto' : 'smooth',
        });
      }
    }
    const el = deps.renderer()?.focusTarget(pm);
    if (el) {
      // Focus follows navigation; the card opens once, pinned, not again as a focus card.
      focusingForNavigation = true;
      try {
        el.focus({ preventScroll: true });
      } finally {
        focusingForNavigation = false;
      }
    }
    open(pm, 'keyboard');
  };

  const step = (dir: 1 | -1): PageMention | null => {
    const list = deps.shown();
    if (list.length === 0) return null;
    let i = active ? list.indexOf(active) : -1;
    if (i < 0) {
      // Start from what the reader is looking at: the first mention at or below the top.
      const firstVisible = list.findIndex((pm) => {
        const rect = anchorFor(pm)?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0;
      });
      if (firstVisible < 0) i = dir === 1 ? -1 : list.length;
      else i = dir === 1 ? firstVisible - 1 : firstVisible;
    }
    const next = list[(((i + dir) % list.length) + list.length) % list.length] as PageMention;
    goTo(next);
    return next;
  };

  return {
    next: () => step(1),
    previous: () => step(-1),
    reveal(entityId) {
      const pm = deps.shown().find((m) => m.entityId === entityId);
      if (!pm) return false;
      goTo(pm);
      return true;
    },
    closed() {
      lastClosedAt = performance.now();
      active = null;
      deps.renderer()?.setActive(null);
    },
    active: () => active,
  };
}
