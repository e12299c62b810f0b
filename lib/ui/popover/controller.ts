/**
 * The popover's behaviour, apart from how it is mounted: what card shows, when (hover intent,
 * pinning, Escape, clicks outside), where (@floating-ui/dom, following scroll), and where focus
 * goes. It renders PopoverView into a container it is given, so tests can drive it in happy-dom
 * without WXT; `createPopover` (index.ts) gives it a closed shadow root on the page.
 */
import { h, render } from 'preact';
import type { CardView } from '../../corpus/card';
import { t, typeLabel } from '../../i18n';
import type { Mention } from '../../match';
import type { Theme } from '../../settings';
import PopoverView from './PopoverView';
import { anchorRect, followAnchor, placeNextTo } from './position';
import type {
  OpenArgs,
  PopoverAnchor,
  PopoverController,
  PopoverEnv,
  PopoverOptions,
} from './types';

export type {
  OpenArgs,
  OpenTrigger,
  PopoverAnchor,
  PopoverController,
  PopoverEnv,
  PopoverOptions,
} from './types';

/** After the pointer leaves the mention or the card: time to reach the card before it closes. */
export const CLOSE_GRACE_MS = 150;

interface Shown {
  card: CardView;
  mention?: Mention;
  entityId: string;
}

interface State {
  /** Cards the reader came from by choosing related entities, most recent last. */
  history: Shown[];
  card: CardView | null;
  mention?: Mention;
  entityId: string | null;
  anchor: PopoverAnchor | null;
  pinned: boolean;
  entering: boolean;
  /** For screen readers, when the card opened from keyboard focus (see PopoverView). */
  announcement?: string;
}

/** The page element that has focus now (to give it back later), if any. */
function focusedElement(doc: Document, host: Element): HTMLElement | null {
  const active = doc.activeElement as HTMLElement | null;
  if (!active || active === doc.body || active === host) return null;
  return typeof active.focus === 'function' ? active : null;
}

/** No card shown: how the controller starts, and where close() brings it back to. */
function closedState(): State {
  return { history: [], card: null, entityId: null, anchor: null, pinned: false, entering: false };
}

export function createPopoverController(
  env: PopoverEnv,
  options: PopoverOptions,
): PopoverController {
  const win = env.window;
  let theme: Theme = options.settings?.theme ?? 'system';
  let hoverDelay = options.settings?.hoverDelayMs ?? 300;
  let state = closedState();
  let floating: HTMLDivElement | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pendingKey: string | null = null;
  let request = 0;
  let stopAutoUpdate: (() => void) | null = null;
  let returnFocusTo: HTMLElement | null = null;
  let destroyed = false;

  const setRef = (el: HTMLDivElement | null) => {
    floating = el;
  };

  function paint() {
    if (destroyed) return;
    render(
      h(PopoverView, {
        card: state.card,
        mention: state.mention,
        pinned: state.pinned,
        theme,
        entering: state.entering,
        announcement: state.announcement,
        links: options.links,
        rootRef: setRef,
        onSelectEntity: showEntity,
        backTo: state.history.at(-1)?.card.entity.name,
        onBack: goBack,
        onClose: () => close(),
        onPointerEnter: () => clearClose(),
        onPointerLeave: () => {
          if (!state.pinned) scheduleClose();
        },
        onPointerDown: () => {
          if (!state.pinned) pin(false);
        },
      }),
      env.container,
    );
  }

  async function place() {
    const el = floating;
    const anchor = state.anchor;
    if (!el || !anchor) return;
    const rect = anchorRect(anchor);
    if (rect.width === 0 && rect.height === 0) {
      // The mention left the page (re-rendered, removed by a virtual list): a hover card goes
      // with it; a pinned one, which the reader may be reading, stays where it is.
      if (!state.pinned) close();
      return;
    }
    await placeNextTo(anchor, el, () => floating === el);
  }

  function follow() {
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    if (floating && state.anchor) {
      stopAutoUpdate = followAnchor(state.anchor, floating, () => void place());
    }
  }

  function clearClose() {
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    closeTimer = undefined;
  }

  function cancelScheduled() {
    if (openTimer !== undefined) win.clearTimeout(openTimer);
    openTimer = undefined;
    pendingKey = null;
  }

  function focusCard() {
    floating?.focus({ preventScroll: true });
  }

  async function open(args: OpenArgs) {
    // A pinned card is the reader's choice: passing over other mentions must not replace it.
    if (state.pinned && (args.trigger === 'hover' || args.trigger === 'focus')) return;
    cancelScheduled();
    clearClose();
    const token = ++request;
    const pinned = args.trigger === 'click' || args.trigger === 'keyboard';
    if (pinned) {
      returnFocusTo = args.returnFocusTo ?? focusedElement(win.document, env.host);
    }
    let card: CardView | null = null;
    try {
      card = await options.getCard(args.entityId);
    } catch (err) {
      console.warn('Frontera: could not load the card', err);
    }
    if (token !== request || destroyed) return;
    if (!card) {
      close();
      return;
    }
    const wasOpen = state.card !== null;
    state = {
      history: [],
      card,
      mention: args.mention,
      entityId: args.entityId,
      anchor: args.anchor,
      pinned: pinned || (state.pinned && state.entityId === args.entityId),
      entering: !wasOpen,
      announcement:
        args.trigger === 'focus'
          ? t('cardAnnounce', [card.entity.name, typeLabel(card.entity.type), card.entity.summary])
          : undefined,
    };
    paint();
    follow();
    await place();
    if (state.entering) {
      win.requestAnimationFrame(() => {
        if (state.entering) {
          state = { ...state, entering: false };
          paint();
        }
      });
    }
    if (state.pinned) focusCard();
    if (!wasOpen) options.onOpenChange?.(true, args.entityId);
  }

  /** A related entity's card, in place of the current one; the reader chose it, so it stays. */
  async function showEntity(entityId: string) {
    const token = ++request;
    const card = await options.getCard(entityId).catch(() => null);
    if (token !== request || !card || destroyed) return;
    const history =
      state.card && state.entityId
        ? [...state.history, { card: state.card, mention: state.mention, entityId: state.entityId }]
        : state.history;
    state = { ...state, history, card, entityId, mention: undefined, pinned: true };
    paint();
    await place();
    focusCard();
    options.onOpenChange?.(true, entityId);
  }

  /** Back to the card the reader came from. */
  async function goBack() {
    const previous = state.history.at(-1);
    if (!previous) return;
    request++;
    state = { ...state, ...previous, history: state.history.slice(0, -1), pinned: true };
    paint();
    await place();
    focusCard();
    options.onOpenChange?.(true, previous.entityId);
  }

  function scheduleOpen(args: OpenArgs, delayMs = hoverDelay) {
    if (state.pinned) return;
    const key = `${args.entityId}`;
    clearClose();
    if (state.card && state.entityId === args.entityId && state.anchor === args.anchor) return;
    if (pendingKey === key && openTimer !== undefined) return;
    cancelScheduled();
    pendingKey = key;
    openTimer = win.setTimeout(() => {
      openTimer = undefined;
      pendingKey = null;
      void open(args);
    }, delayMs);
  }

  function scheduleClose(delayMs = CLOSE_GRACE_MS) {
    if (!state.card || state.pinned) return;
    clearClose();
    closeTimer = win.setTimeout(() => {
      closeTimer = undefined;
      if (!state.pinned) close();
    }, delayMs);
  }

  function close(restoreFocus = true) {
    cancelScheduled();
    clearClose();
    request++;
    const wasOpen = state.card !== null;
    const wasPinned = state.pinned;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    state = closedState();
    paint();
    if (wasPinned && restoreFocus && returnFocusTo?.isConnected) {
      returnFocusTo.focus({ preventScroll: true });
    }
    returnFocusTo = null;
    if (wasOpen) options.onOpenChange?.(false, null);
  }

  function pin(moveFocus = true) {
    if (!state.card || state.pinned) return;
    clearClose();
    if (moveFocus && !returnFocusTo) {
      returnFocusTo = focusedElement(win.document, env.host);
    }
    state = { ...state, pinned: true };
    paint();
    if (moveFocus) focusCard();
  }

  const inside = (e: Event) => e.composedPath().includes(env.host);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !state.card) return;
    if (inside(e)) e.stopPropagation();
    close();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (state.pinned && !inside(e)) close(false);
  };
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('pointerdown', onPointerDown, true);

  return {
    open,
    scheduleOpen,
    cancelScheduled,
    scheduleClose,
    close: () => close(),
    isPinned: () => state.pinned,
    currentEntityId: () => state.entityId,
    containsPoint(x, y) {
      if (!floating || !state.card) return false;
      const r = floating.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    contains: (node) => !!node && (node === env.host || env.host.contains(node)),
    setSettings(s) {
      hoverDelay = s.hoverDelayMs;
      theme = s.theme;
      if (state.card) paint();
    },
    destroy() {
      close(false);
      destroyed = true;
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('pointerdown', onPointerDown, true);
      render(null, env.container);
    },
  };
}
