/**
 * "Look up in Frontera": opens the corpus search with some text. The toolbar popup where the
 * browser can open it on request (it reads the text from session storage); otherwise the same
 * page in a new tab as popup.html?q=….
 */
import { browser, type PublicPath } from 'wxt/browser';
import { pendingSearchItem } from '../settings/session-items';
import { searchPath } from '../ui/links';

export const MAX_QUERY_LENGTH = 120;

/** The selection as a query: one line, trimmed, at most MAX_QUERY_LENGTH characters. */
export function queryFromSelection(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export function searchPageUrl(query: string): string {
  return browser.runtime.getURL(searchPath(query) as PublicPath);
}

interface OpenPopupApi {
  openPopup?: () => Promise<void>;
}

export async function openSearch(query: string): Promise<'popup' | 'tab'> {
  const b = browser as unknown as { action?: OpenPopupApi; browserAction?: OpenPopupApi };
  const action = b.action ?? b.browserAction;
  if (action?.openPopup) {
    await pendingSearchItem.setValue({ query, at: Date.now() });
    try {
      await action.openPopup();
      return 'popup';
    } catch {
      // No focused window, or the browser refuses outside a user gesture: use a tab.
      await pendingSearchItem.removeValue();
    }
  }
  await browser.tabs.create({ url: searchPageUrl(query) });
  return 'tab';
}
