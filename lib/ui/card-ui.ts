/**
 * What the card's UI script (entrypoints/card-ui, one of lib/page/on-demand's scripts) leaves for
 * the content script. Only types cross: importing this file pulls nothing of the UI in.
 */
import type { createPopover } from './popover';

export interface CardUiModule {
  createPopover: typeof createPopover;
}
