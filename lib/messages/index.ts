/**
 * The one message protocol between Frontera's parts. Names say the direction.
 * Every message is a plain object with a `type`; replies are typed per message below.
 */
import type { EntityType } from '../corpus/types';

/** What a popover or popup card shows for one entity (built by lib/corpus/card.ts). */
export type { CardView } from '../corpus/card';

export interface PageEntityCount {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

// ---- content script -> background ----
export type ContentToBackground =
  /** Card for an entity; excerpts ranked with the other entities found on this page. */
  | { type: 'content:get-card'; entityId: string; pageEntityIds: string[] }
  /** The entities found on this tab so far (drives the badge). */
  | { type: 'content:page-mentions'; entities: PageEntityCount[] }
  /**
   * Open one of Frontera's own pages (reader, popup search) in a new tab. A web page may not
   * navigate to extension pages, so the popover's links ask the background. Only URLs of this
   * extension's reader.html and popup.html are opened.
   */
  | { type: 'content:open-extension-page'; url: string };

// ---- popup -> content script (browser.tabs.sendMessage) ----
export type PopupToContent =
  | { type: 'popup:get-page-mentions' }
  /** Scroll to the entity's first mention and open its card. */
  | { type: 'popup:reveal-entity'; entityId: string };

export interface PageMentionsReply {
  entities: PageEntityCount[];
}

// ---- background -> content script ----
export type BackgroundToContent = {
  type: 'background:command';
  command: 'next-mention' | 'previous-mention' | 'toggle-highlights';
};

export type FronteraMessage = ContentToBackground | PopupToContent | BackgroundToContent;

export function isFronteraMessage(value: unknown): value is FronteraMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    /^(content|popup|background):/.test((value as { type: string }).type)
  );
}
