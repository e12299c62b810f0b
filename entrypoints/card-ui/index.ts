/**
 * The card's UI, run in a page's content-script world only when a card first opens there (the
 * background injects it with scripting.executeScript): most pages never open a card, and they
 * never parse or evaluate Preact, the card or its styles. Exposed to the content script on the
 * world's global object (lib/ui/card-ui.ts); pages cannot see it (isolated world).
 */
import { CARD_UI_GLOBAL, type CardUiModule } from '@/lib/ui/card-ui';
import { createPopover } from '@/lib/ui/popover';

export default defineUnlistedScript(() => {
  const module: CardUiModule = { createPopover };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = module;
});
