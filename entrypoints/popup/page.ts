/**
 * The popup and the tab it was opened over: which tab, which site, what Frontera found there.
 * When the popup is open as a tab itself (from the context menu), "the page" is the tab the
 * reader was on just before.
 */
import { type Browser, browser } from 'wxt/browser';
import { rememberedTabUrl } from '../../lib/background/tab-urls';
import { type PageEntityCount, toContent } from '../../lib/messages';

export async function currentPageTab(): Promise<Browser.tabs.Tab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  // Open as a tab, the popup is that tab (getCurrent is undefined in the toolbar's popup).
  // Its address alone cannot tell: without the "tabs" permission Chromium hides it too.
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (active && active.id !== self?.id && !active.url?.startsWith(own)) return active;
  // Open as a tab: the most recently used other tab of this window. Its URL may be hidden from
  // us (no host permission, no activeTab grant), so tabs without one are candidates too.
  const others = (await browser.tabs.query({ currentWindow: true }))
    .filter((t) => t.id !== active?.id && t.id !== self?.id && !t.url?.startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}

/**
 * The tab's address: from the tab when the browser shows it to us (activeTab after a click on
 * the toolbar button, or a site the reader enabled); otherwise the address Frontera's content
 * script reported from that tab (see lib/background/tab-urls). Undefined where neither exists.
 */
export async function tabUrl(tab: Browser.tabs.Tab): Promise<string | undefined> {
  if (tab.url) return tab.url;
  return tab.id === undefined ? undefined : rememberedTabUrl(tab.id);
}

/**
 * The entities Frontera found on the tab, most mentioned first; null when no content script
 * answers there (not a news site, not enabled, or a browser page).
 */
export async function pageMentions(tabId: number): Promise<PageEntityCount[] | null> {
  try {
    const reply = await toContent.sendMessage('popup:get-page-mentions', undefined, tabId);
    if (!reply || !Array.isArray(reply.entities)) return null;
    return [...reply.entities].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  } catch {
    return null;
  }
}

/** Scrolls the tab to the entity's first mention and opens its card there. */
export async function revealEntity(tabId: number, entityId: string): Promise<void> {
  await toContent.sendMessage('popup:reveal-entity', { entityId }, tabId);
  await browser.tabs.update(tabId, { active: true });
}
