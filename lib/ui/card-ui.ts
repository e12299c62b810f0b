/**
 * How the content script finds the card's UI. The UI (Preact, the card, floating-ui, its styles)
 * is a script of its own (entrypoints/card-ui), run by the background in the content script's
 * world when a card first opens; it leaves its module on the world's global object under this
 * name. Only types cross: importing this file pulls nothing of the UI into the content script.
 */
import type { createPopover } from './popover';

export const CARD_UI_GLOBAL = '__fronteraCardUi';

export interface CardUiModule {
  createPopover: typeof createPopover;
}

/** The card UI module, once the background has run it in this world. */
export function cardUiModule(scope: object = globalThis): CardUiModule | undefined {
  return (scope as Record<string, CardUiModule | undefined>)[CARD_UI_GLOBAL];
}
