/**
 * Answers the content script's card requests. The corpus (public/data/corpus.json, ~150 KB) is
 * read from the extension's own files when a page first reports names on it (or on the first
 * card request), not at startup, and kept for the service worker's lifetime; a failed load is
 * retried on the next request.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { buildCard, type CardView } from '../corpus/card';
import type { CorpusData } from '../corpus/types';
import { type ContentToBackground, isFronteraMessage } from '../messages';

export type CorpusLoader = () => Promise<CorpusData>;

/** Reads the bundled corpus. Frontera makes no network request: this is a file of the extension. */
export const loadBundledCorpus: CorpusLoader = async () => {
  const res = await fetch(browser.runtime.getURL('/data/corpus.json' as PublicPath));
  if (!res.ok) throw new Error(`corpus.json: HTTP ${res.status}`);
  return (await res.json()) as CorpusData;
};

export interface CardService {
  getCard(entityId: string, pageEntityIds: readonly string[]): Promise<CardView | null>;
  corpus(): Promise<CorpusData>;
}

export function createCardService(load: CorpusLoader = loadBundledCorpus): CardService {
  let pending: Promise<CorpusData> | null = null;
  const corpus = () => {
    pending ??= load().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
  return {
    corpus,
    async getCard(entityId, pageEntityIds) {
      return buildCard(await corpus(), entityId, pageEntityIds);
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

/**
 * Handles one message if it is the card service's; returns undefined for other messages so
 * other listeners can answer them.
 */
export function handleCardMessage(
  service: CardService,
  message: unknown,
  openTab: (url: string) => Promise<unknown>,
  extensionOrigin: string,
): Promise<unknown> | undefined {
  if (!isFronteraMessage(message)) return undefined;
  const msg = message as ContentToBackground;
  if (msg.type === 'content:get-card') {
    const ids = Array.isArray(msg.pageEntityIds) ? msg.pageEntityIds.map(String) : [];
    return service.getCard(String(msg.entityId), ids).catch((err: unknown) => {
      console.error('Frontera: card failed', err);
      return null;
    });
  }
  if (msg.type === 'content:page-mentions') {
    // A page with names on it will likely ask for a card soon: load the corpus now, so the
    // first card does not wait for it. Not answered here (the badge listener owns the reply).
    if (Array.isArray(msg.entities) && msg.entities.length > 0) {
      service.corpus().catch(() => {
        // Reported when a card is actually requested.
      });
    }
    return undefined;
  }
  if (msg.type === 'content:open-extension-page') {
    if (!isOpenableExtensionUrl(msg.url, extensionOrigin)) return Promise.resolve(false);
    return openTab(msg.url).then(() => true);
  }
  return undefined;
}

/**
 * Called once by the background entrypoint: answers 'content:get-card' and
 * 'content:open-extension-page'. Returns the service (the popup's entity results can reuse it).
 */
export function registerCardService(service: CardService = createCardService()): CardService {
  const origin = browser.runtime.getURL('/' as PublicPath);
  browser.runtime.onMessage.addListener((message: unknown) =>
    handleCardMessage(service, message, (url) => browser.tabs.create({ url }), origin),
  );
  return service;
}
