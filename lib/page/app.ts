/**
 * The content "app": composes the page controller and the card's popover through their events.
 * The controller says which entities the page shows ('mentions-changed'), the popover that its
 * card closed ('card-closed'); this module decides what follows: report the entities, hand their
 * ids to card requests, let the page drop the card's mention. Pure: whatever touches the browser
 * comes in as a parameter (`loadPopover`, `send`), so a test runs it on a DOM alone.
 */
import {
  createPageController,
  type PageController,
  type PageControllerOptions,
} from './controller';
import { lazyPopover } from './lazy-popover';
import type { CardHooks, PageEntityCount, PopoverPort } from './types';

export interface ContentAppOptions extends Omit<PageControllerOptions, 'popover'> {
  /**
   * Makes the card's popover: called on the first hover or focus on a mention (the card's UI is
   * loaded then), and again on the next one if it failed.
   */
  loadPopover(card: CardHooks): Promise<PopoverPort>;
  /** Reports the entities shown on the page (the badge, the popup's "On this page"). */
  send(entities: PageEntityCount[]): Promise<unknown> | undefined;
}

export function createContentApp(options: ContentAppOptions): PageController {
  const { loadPopover, send, ...page } = options;
  let pageEntityIds: string[] = [];
  const card: Pick<CardHooks, 'pageEntityIds'> = { pageEntityIds: () => [...pageEntityIds] };

  const popover = lazyPopover(
    (notify) => loadPopover({ ...card, ...notify }),
    page.settings.hoverDelayMs,
  );
  popover.setSettings?.({ theme: page.settings.theme, hoverDelayMs: page.settings.hoverDelayMs });
  const controller = createPageController({ ...page, popover });

  controller.on('mentions-changed', (entities) => {
    pageEntityIds = entities.map((e) => e.id);
    send(entities)?.catch(() => {
      // No one listening (e.g. during an extension update): the badge just lags.
    });
  });
  popover.on('card-closed', () => controller.popoverClosed());
  return controller;
}
