/**
 * The card's UI, run in a page's content-script world only when a card first opens there (the
 * background injects it with scripting.executeScript): most pages never open a card, and they
 * never parse or evaluate Preact, the card or its styles. Exposed to the content script on the
 * world's global object (lib/page/on-demand.ts); pages cannot see it (isolated world).
 */
import { ON_DEMAND_GLOBALS } from '@/lib/page/on-demand';
import type { CardUiModule } from '@/lib/ui/card-ui';
import { createPopover } from '@/lib/ui/popover';

export default defineUnlistedScript(() => {
  const module: CardUiModule = { createPopover };
  (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS['card-ui']] = module;
});
