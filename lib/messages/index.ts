/**
 * The one message protocol between Frontera's parts. Names say the direction.
 * Every message is a plain object with a `type`; replies are typed per message below.
 */
import type { OnDemandScript } from '../page/on-demand';
import type { PageEntityCount } from '../page/types';

/** What a popover or popup card shows for one entity (built by lib/corpus/card.ts). */
export type { CardView } from '../corpus/card';
export type { BlockMatch, PageEntityCount } from '../page/types';

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
  | { type: 'content:open-extension-page'; url: string }
  /**
   * Find the mentions in these text blocks (in order; `contextEntities` were found elsewhere on
   * the page). Reply: BlockMatch. The matcher runs warm in the background, off the page's thread.
   */
  | { type: 'content:match'; texts: string[]; contextEntities: string[] }
  /** Could a page whose whole text is this be on topic? Reply: boolean. */
  | { type: 'content:could-be-on-topic'; text: string }
  /**
   * Run one of the on-demand scripts (lib/page/on-demand.ts) in this frame's content-script
   * world: the card's UI when the first card is about to open, Readability when the article is
   * first looked for. Reply: true once it is there. Pages that never need them never parse them.
   */
  | { type: 'content:load-script'; script: OnDemandScript };

// ---- popup -> content script (browser.tabs.sendMessage) ----
export type PopupToContent =
  | { type: 'popup:get-page-mentions' }
  /** Scroll to the entity's first mention and open its card. */
  | { type: 'popup:reveal-entity'; entityId: string }
  /** The article as Frontera reads it on this page. Reply: ArticleReply. */
  | { type: 'popup:get-article' };

export interface ArticleReply {
  /** How the article was found (lib/page/article-root's RootMethod). */
  method: string;
  /** A CSS path to the element read. */
  root: string;
  /** Its text blocks, in reading order. */
  texts: string[];
}

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
