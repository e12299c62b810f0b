/**
 * The in-page popover: one closed shadow root (WXT `createShadowRootUi`) holding a Preact card,
 * positioned next to a mention with @floating-ui/dom. The content script owns the page (where the
 * mentions are, pointer and keyboard on the page); this controller owns the card (when it shows,
 * where, what it says). Everything it creates is tied to `ctx` and removed when it is invalidated.
 *
 * API (stable; the content script codes against it):
 *
 *   const popover = await createPopover(ctx, {
 *     getCard: (entityId) => Promise<CardView | null>,   // e.g. a 'content:get-card' message
 *     settings?: Settings,                                // theme + hoverDelayMs; or setSettings later
 *     onOpenChange?: (open: boolean, entityId: string | null) => void,
 *   });
 *
 *   popover.open({ anchor, entityId, mention?, trigger, returnFocusTo? })
 *     Shows the card at once. `anchor` is a virtual element ({ getBoundingClientRect(), getClientRects() },
 *     e.g. a Range or the mention element); the card follows it on scroll/resize. `trigger`:
 *     'hover' | 'focus' → tooltip, not focused, closes when pointer/focus leaves;
 *     'click' | 'keyboard' → pinned: role=dialog, focus moves into the card and is trapped there.
 *     `returnFocusTo` gets focus back on Escape/close (default: the element focused before a pinned open).
 *   popover.scheduleOpen(args, delayMs?)  Hover intent: opens after delayMs (default settings.hoverDelayMs).
 *     Calling it again for the same entity keeps the pending timer; for another entity restarts it.
 *   popover.cancelScheduled()             Pointer left the mention before the delay ran out.
 *   popover.scheduleClose(delayMs?)       Pointer left the mention: closes after a grace period (default
 *     150 ms) unless the pointer enters the card or the mention again (call cancelScheduled then).
 *   popover.close()                       Closes now (and returns focus if it was pinned).
 *   popover.isPinned(), popover.currentEntityId()
 *   popover.containsPoint(x, y)           Whether viewport point (x, y) is inside the card (for hover logic).
 *   popover.contains(node)                Whether a node is Frontera's popover (host element) — skip it when scanning.
 *   popover.setSettings(settings)         Theme and hover delay from lib/settings, applied live.
 *   popover.destroy()                     Removes the UI (also done automatically on ctx invalidation).
 *
 * Pointer behaviour inside the card (grace period, leaving the card) is handled here; the content
 * script only reports what happens on the page: pointer over a mention → scheduleOpen, pointer off
 * a mention → cancelScheduled + scheduleClose, focus on a mention → open(trigger 'focus'),
 * Enter/click on a mention → open(trigger 'keyboard'|'click'). A press inside a hover card pins it.
 * Also handled here: Escape anywhere closes the card (and returns focus if it was pinned); a
 * pointer press outside closes a pinned card; a pinned card is never replaced by hover or focus
 * elsewhere; related-entity chips swap the card in place, with a back button.
 *
 * The shadow root is closed, so page scripts cannot read or change the card. Tests read it the
 * way DevTools does (CDP `DOM.getDocument({ pierce: true })`): see tests/e2e/popover-isolation.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { toBackground } from '../../messages';
import { type CardLinks, extensionLinks } from '../links';
import { CARD_CSS, POPOVER_CSS, THEME_CSS } from '../styles/card-css';
import { createPopoverController, type PopoverController, type PopoverOptions } from './controller';

export type {
  OpenArgs,
  OpenTrigger,
  PopoverAnchor,
  PopoverController,
  PopoverOptions,
} from './controller';
export { CLOSE_GRACE_MS, createPopoverController } from './controller';

/** The tag of the popover's shadow host; the content script skips it when scanning and observing. */
export const POPOVER_HOST_TAG = 'frontera-popover';

export interface CreatePopoverOptions extends Omit<PopoverOptions, 'links'> {
  /** Defaults to the extension's pages, opened through the background. */
  links?: CardLinks;
  /**
   * 'closed' (default) keeps page scripts from reading or changing the card. Playwright locators
   * cannot see into a closed root; e2e tests read the card through the accessibility tree or CDP.
   */
  shadowMode?: 'open' | 'closed';
}

/** Links for the popover: a web page may not navigate to extension pages, so the background opens them. */
export function popoverLinks(): CardLinks {
  return extensionLinks(
    (path) => browser.runtime.getURL(path as PublicPath),
    (url) => {
      toBackground.sendMessage('content:open-extension-page', { url }).catch((err: unknown) => {
        console.warn('Frontera: could not open', url, err);
      });
    },
  );
}

/**
 * Creates the popover for this content script. The shadow host joins the page only when a card
 * first opens (and again if the page threw it away), and leaves with `destroy()` or when `ctx`
 * is invalidated.
 */
export async function createPopover(
  ctx: ContentScriptContext,
  options: CreatePopoverOptions,
): Promise<PopoverController> {
  const links = options.links ?? popoverLinks();
  const ui = await createShadowRootUi<PopoverController>(ctx, {
    name: POPOVER_HOST_TAG,
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    mode: options.shadowMode ?? 'closed',
    // Keys pressed in the card (Tab, Enter, Escape) are the card's: page shortcuts must not fire.
    isolateEvents: true,
    css: `${POPOVER_CSS}\n${THEME_CSS}\n${CARD_CSS}`,
    onMount: (container, _shadow, host) =>
      createPopoverController({ container, host, window }, { ...options, links }),
    onRemove: (controller) => controller?.destroy(),
  });

  let settings = options.settings;
  const live = (): PopoverController => {
    if (!ui.mounted || !ui.shadowHost.isConnected) {
      if (ui.mounted) ui.remove();
      ui.mount();
      if (settings) ui.mounted?.setSettings(settings);
    }
    return ui.mounted as PopoverController;
  };
  const ifMounted = (): PopoverController | undefined => ui.mounted;

  return {
    open: (args) => live().open(args),
    scheduleOpen: (args, delayMs) => live().scheduleOpen(args, delayMs),
    cancelScheduled: () => ifMounted()?.cancelScheduled(),
    scheduleClose: (delayMs) => ifMounted()?.scheduleClose(delayMs),
    close: () => ifMounted()?.close(),
    isPinned: () => ifMounted()?.isPinned() ?? false,
    currentEntityId: () => ifMounted()?.currentEntityId() ?? null,
    containsPoint: (x, y) => ifMounted()?.containsPoint(x, y) ?? false,
    contains: (node) => !!node && (node === ui.shadowHost || ui.shadowHost.contains(node)),
    setSettings: (s) => {
      settings = { theme: s.theme, hoverDelayMs: s.hoverDelayMs };
      ifMounted()?.setSettings(settings);
    },
    destroy: () => ui.remove(),
  };
}
