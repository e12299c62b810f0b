/**
 * The one message protocol between Frontera's parts: a map from message name to its request and
 * its reply, per receiver, sent and received through @webext-core/messaging. A sender names the
 * message and gets the reply's type; a receiver registers one handler map (`serve`) that the
 * compiler checks is complete. Names say the direction (`content:` asks the background,
 * `popup:` and `background:` ask a tab's content script).
 */
import {
  defineExtensionMessaging,
  type ExtensionMessenger,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { CardView } from '../corpus/card';
import type { EntityType } from '../corpus/types';
import type { Proposal } from '../library/proposals/types';
import type { DismissedName } from '../library/types';
import type { ArticleText } from '../page/controller';
import type { OnDemandScript } from '../page/on-demand';
import type { BlockMatch, PageEntityCount } from '../page/types';

export type { CardView } from '../corpus/card';
export type { BlockMatch, PageEntityCount } from '../page/types';

/** What the background answers (asked by content scripts, the card and the extension's pages). */
export interface BackgroundProtocol {
  /** Card for an entity; excerpts ranked with the other entities found on this page. */
  'content:get-card'(req: { entityId: string; pageEntityIds: string[] }): CardView | null;
  /** The entities found on this tab so far (drives the badge; warms the card service). */
  'content:page-mentions'(req: { entities: PageEntityCount[] }): void;
  /**
   * Open one of Frontera's own pages (reader, popup search) in a new tab. A web page may not
   * navigate to extension pages, so the card's links ask the background. Only URLs of this
   * extension's reader.html and popup.html are opened; the reply says whether it was.
   */
  'content:open-extension-page'(req: { url: string }): boolean;
  /**
   * Find the mentions in these text blocks (in order; `contextEntities` were found elsewhere on
   * the page). The matcher runs warm in the background, off the page's thread.
   */
  'content:match'(req: { texts: string[]; contextEntities: string[] }): BlockMatch;
  /** Could a page whose whole text is this be on topic? */
  'content:could-be-on-topic'(req: { text: string }): boolean;
  /**
   * Run one of the on-demand scripts (lib/page/on-demand.ts) in this frame's content-script
   * world: the card's UI when the first card is about to open, Readability when the article is
   * first looked for. True once it is there. Pages that never need them never parse them.
   */
  'content:load-script'(req: { script: OnDemandScript }): boolean;

  // ---- the reader's library (lib/background/library-service.ts) ----
  /** Save the article Frontera reads on this tab (the popup's "Save this article"). */
  'library:save-tab'(req: { tabId: number }): SaveReply;
  /** Add a name of the reader's own; refused with a clear message when an alias clashes. */
  'library:add-name'(req: NameRequest): AddNameReply;
  /**
   * An extension page changed the library itself (import, removal, a pack switched off): the
   * background reloads the reader's names into its matcher and refreshes its search index.
   */
  'library:changed'(): void;
  /** Full-text search over the library, for the popup (one request per keystroke). */
  'library:search'(req: { query: string; limit?: number }): LibrarySearchReply;
  /**
   * Names Frontera doesn't know yet (lib/background/suggestions-service.ts): ranked over the
   * whole library, or, given a tab or an address, for that page only (its saved article's, or
   * what "Propose names from pages I read" found on it).
   */
  'library:suggestions'(req: {
    tabId?: number;
    articleUrl?: string;
    limit?: number;
  }): SuggestionsReply;
  /** Never propose this name again (until undone). */
  'library:dismiss-suggestion'(req: { key: string; name: string }): void;
  'library:undo-dismiss'(req: { key: string }): void;
}

export interface SuggestionsReply {
  proposals: Proposal[];
  /**
   * Where they come from: the whole library, this page's saved article, this page as read
   * (the setting), or nothing known of this page.
   */
  source: 'library' | 'saved' | 'page' | 'none';
  /** The reader's dismissed names, latest first (the whole library's reply only). */
  dismissed: DismissedName[];
}

export interface LibrarySearchReply {
  passages: {
    id: string;
    articleId: string;
    text: string;
    /** The matched words in `text`, [start, end) pairs. */
    ranges: [number, number][];
    title: string;
    site: string;
    /** The page's own date, or null. */
    date: string | null;
    savedAt: string;
  }[];
  names: { id: string; name: string; type: EntityType; note: string | null }[];
}

/** What a save did, in words the popup can show. */
export type SaveReply =
  | { ok: true; status: 'created' | 'updated'; articleId: string; title: string; passages: number }
  | { ok: false; code: string; message: string };

export interface NameRequest {
  name: string;
  type: EntityType;
  /** Other spellings; the name itself is always one. */
  aliases: string[];
  note: string | null;
}

export type AddNameReply =
  | { ok: true; id: string; name: string }
  | { ok: false; code: string; message: string };

export type FronteraCommand = 'next-mention' | 'previous-mention' | 'toggle-highlights';

/** What a tab's content script answers (asked by the popup and the background). */
export interface ContentProtocol {
  'popup:get-page-mentions'(): PageMentionsReply;
  /** Scroll to the entity's first mention and open its card; false when it is not on the page. */
  'popup:reveal-entity'(req: { entityId: string }): boolean;
  /** The article as Frontera reads it on this page. */
  'popup:get-article'(): ArticleReply;
  /** A keyboard command of the manifest, forwarded to the tab it was pressed in. */
  'background:command'(req: { command: FronteraCommand }): void;
}

/** The article as the content script reads it, with what the page says about it. */
export type ArticleReply = ArticleText;

export interface PageMentionsReply {
  entities: PageEntityCount[];
}

/** Sends to the background: `toBackground.sendMessage('content:match', { texts, … })`. */
export const toBackground = defineExtensionMessaging<BackgroundProtocol>();
/** Sends to a tab's content script: `toContent.sendMessage('popup:get-article', undefined, tabId)`. */
export const toContent = defineExtensionMessaging<ContentProtocol>();

/** Who sent a message, as far as handlers need to know. */
export interface MessageSender {
  tab?: { id?: number };
  url?: string;
  frameId?: number;
}

type Protocol = BackgroundProtocol | ContentProtocol;

/** One handler per message of a protocol: what the receiver answers, typed by the protocol. */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (
    req: GetDataType<P[K]>,
    sender: MessageSender,
  ) => GetReturnType<P[K]> | Promise<GetReturnType<P[K]>>;
};

/**
 * Registers a receiver's whole handler map. `when` lets a content script stop answering once it
 * is invalidated (an extension update leaves the old script running). Returns a function that
 * removes every handler.
 */
export function serve<P extends Protocol>(
  messenger: ExtensionMessenger<P>,
  handlers: Handlers<P>,
  when: () => boolean = () => true,
): () => void {
  const removers = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    messenger.onMessage(type, ({ data, sender }) => {
      if (!when()) return undefined;
      return handlers[type](data, (sender ?? {}) as MessageSender);
    }),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
