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
 *   popover.pin()                         Turns an open hover card into a pinned dialog (click / Enter).
 *   popover.isOpen(), popover.isPinned(), popover.currentEntityId()
 *   popover.containsPoint(x, y)           Whether viewport point (x, y) is inside the card (for hover logic).
 *   popover.contains(node)                Whether a node is Frontera's popover (host element) — skip it when scanning.
 *   popover.setTheme(theme)               'light' | 'dark' | 'system', applied live.
 *   popover.setSettings(settings)         Theme and hover delay from lib/settings.
 *   popover.destroy()                     Removes the UI (also done automatically on ctx invalidation).
 *
 * Pointer behaviour inside the card (grace period, leaving the card) is handled here; the content
 * script only reports what happens on the page: pointer over a mention → scheduleOpen, pointer off
 * a mention → cancelScheduled + scheduleClose, focus on a mention → open(trigger 'focus'),
 * Enter/click on a mention → open(trigger 'keyboard'|'click') or pin(), Escape → close().
 */
export {};
