/**
 * Answers the content script's card requests. The corpus (public/data/corpus.json, ~150 KB) is
 * read from the extension's own files when a page first reports names on it (or on the first
 * card request), not at startup, and kept for the service worker's lifetime; a failed load is
 * retried on the next request.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { buildCard, type CardView } from '../corpus/card';
import type { CorpusData } from '../corpus/types';
import { corpusClient, once } from '../corpus-client';
import { EMPTY_SLICE, type LibrarySlice, withLibrary } from '../library/card-sources';
import type { BackgroundProtocol, Handlers } from '../messages';

export type CorpusLoader = () => Promise<CorpusData>;

/** Reads the bundled corpus. Frontera makes no network request: this is a file of the extension. */
export const loadBundledCorpus: CorpusLoader = async () => (await corpusClient.corpus()).corpus;

export interface CardService {
  getCard(entityId: string, pageEntityIds: readonly string[]): Promise<CardView | null>;
  corpus(): Promise<CorpusData>;
}

/** The part of the reader's library a card for `entityId` quotes (none by default). */
export type SliceLoader = (entityId: string) => Promise<LibrarySlice>;

export function createCardService(
  load: CorpusLoader = loadBundledCorpus,
  sliceOf: SliceLoader = async () => EMPTY_SLICE,
): CardService {
  const corpus = once(load);
  return {
    corpus,
    async getCard(entityId, pageEntityIds) {
      const bundled = await corpus();
      let slice = EMPTY_SLICE;
      try {
        slice = await sliceOf(entityId);
      } catch (err) {
        // The library failing must not cost the reader the bundled card.
        console.warn('Frontera: card without your library', err);
      }
      return buildCard(withLibrary(bundled, slice, entityId), entityId, pageEntityIds);
    },
  };
}

/** Only the extension's own reader and popup pages may be opened on a page's behalf. */
export function isOpenableExtensionUrl(url: string, extensionOrigin: string): boolean {
  try {
    const u = new URL(url);
    const own = new URL(extensionOrigin);
    // Compare scheme and host: URL.origin is "null" for non-special schemes in some engines.
    return (
      u.protocol === own.protocol &&
      u.host === own.host &&
      (u.pathname === '/reader.html' || u.pathname === '/popup.html')
    );
  } catch {
    return false;
  }
}

type CardHandlers = Pick<
  Handlers<BackgroundProtocol>,
  'content:get-card' | 'content:open-extension-page'
>;

/**
 * The card service's part of the background's handler map. A card that fails to build is
 * logged and answered with none: the reader sees no card rather than a broken one.
 */
export function cardHandlers(
  service: CardService,
  openTab: (url: string) => Promise<unknown>,
  extensionOrigin: string,
): CardHandlers {
  return {
    'content:get-card': ({ entityId, pageEntityIds }) => {
      const ids = Array.isArray(pageEntityIds) ? pageEntityIds.map(String) : [];
      return service.getCard(String(entityId), ids).catch((err: unknown) => {
        console.error('Frontera: card failed', err);
        return null;
      });
    },
    'content:open-extension-page': async ({ url }) => {
      if (!isOpenableExtensionUrl(url, extensionOrigin)) return false;
      await openTab(url);
      return true;
    },
  };
}

/**
 * A page with names on it will likely ask for a card soon: load the corpus now, so the first
 * card does not wait for it. A failure is reported when a card is actually requested.
 */
export function warmCardService(service: CardService, entities: readonly unknown[]): void {
  if (entities.length > 0) service.corpus().catch(() => {});
}

/** The card handlers wired to the browser: cards open extension pages in a new tab. */
export function browserCardHandlers(service: CardService): CardHandlers {
  const origin = browser.runtime.getURL('/' as PublicPath);
  return cardHandlers(service, (url) => browser.tabs.create({ url }), origin);
}
