/**
 * Frontera's session-storage items, beside the settings item (lib/settings/index.ts): every key
 * Frontera keeps in browser.storage is declared in this folder. Session storage is never synced
 * and is gone when the browser closes.
 */
import { storage } from 'wxt/utils/storage';

/** A search handed from the background to the toolbar popup (which takes no URL parameters). */
export interface PendingSearch {
  query: string;
  /** Date.now() when the reader asked; a popup opened much later ignores it. */
  at: number;
}

/** Read and cleared by lib/search/pending.ts. */
export const pendingSearchItem = storage.defineItem<PendingSearch | null>('session:pendingSearch', {
  fallback: null,
});

/** The page address of each tab whose content script reported in (lib/background/tab-urls.ts). */
export const tabUrlsItem = storage.defineItem<Record<string, string>>('session:tabUrls', {
  fallback: {},
});
