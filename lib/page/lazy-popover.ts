/**
 * A popover that is not there until it is needed: the first hover or focus on a mention asks
 * for the card's UI (`load`), and what the reader did meanwhile is replayed once it has come:
 * the hover delay counts from the first hover, not from the load; a pointer that left before is
 * not followed by a card.
 */
import { createEmitter, type Listenable } from './emitter';
import type { CardHooks, PopoverEvents, PopoverPort } from './types';

type Settings = Parameters<NonNullable<PopoverPort['setSettings']>>[0];

export interface LazyPopover extends PopoverPort, Listenable<PopoverEvents> {
  /** True once the UI is loaded. */
  loaded(): boolean;
}

/** `load` makes the real popover; it calls `closed` when its card closes (then 'card-closed'). */
export function lazyPopover(
  load: (notify: Pick<CardHooks, 'closed'>) => Promise<PopoverPort>,
  defaultDelayMs = 300,
): LazyPopover {
  const events = createEmitter<PopoverEvents>();
  const notify = { closed: () => events.emit('card-closed', undefined) };
  let real: PopoverPort | null = null;
  let loading: Promise<PopoverPort | null> | null = null;
  let settings: Settings | null = null;
  /** The reader's latest wish while the UI loads; a newer one (or a cancel) replaces it. */
  let wanted: ((p: PopoverPort) => void) | null = null;

  const ensure = () => {
    loading ??= load(notify).then(
      (p) => {
        real = p;
        if (settings) p.setSettings?.(settings);
        return p;
      },
      (err: unknown) => {
        console.warn('Frontera: the card could not be loaded', err);
        loading = null;
        return null;
      },
    );
    return loading;
  };

  const whenReady = (intent: (p: PopoverPort) => void) => {
    if (real) {
      intent(real);
      return;
    }
    wanted = intent;
    void ensure().then((p) => {
      if (p && wanted === intent) {
        wanted = null;
        intent(p);
      }
    });
  };

  return {
    on: events.on,
    loaded: () => real !== null,
    open: (target) => whenReady((p) => p.open(target)),
    scheduleOpen(target, delayMs) {
      const since = performance.now();
      whenReady((p) => {
        const delay = delayMs ?? settings?.hoverDelayMs ?? defaultDelayMs;
        p.scheduleOpen(target, Math.max(0, delay - (performance.now() - since)));
      });
    },
    cancelScheduled() {
      wanted = null;
      real?.cancelScheduled();
    },
    scheduleClose(delayMs) {
      if (real) real.scheduleClose(delayMs);
      else wanted = null;
    },
    close() {
      wanted = null;
      real?.close();
    },
    isPinned: () => real?.isPinned() ?? false,
    containsPoint: (x, y) => real?.containsPoint(x, y) ?? false,
    setSettings(next) {
      settings = next;
      real?.setSettings?.(next);
    },
  };
}
