/**
 * Asking for, checking and giving back a site's optional host permission. `enableSite` must be
 * called straight from a click handler: browsers only show the permission prompt for a user
 * gesture.
 */
import { browser } from 'wxt/browser';
import { originPatterns } from './host';
import { injectNow, registerSite, unregisterSite } from './registration';

export async function hasSitePermission(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originPatterns(site) });
}

/**
 * Asks for the site's permission (the browser's prompt), then registers the content script and
 * runs it in `tabId` at once. Resolves false if the reader declined.
 */
export async function enableSite(site: string, tabId?: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: originPatterns(site) });
  if (!granted) return false;
  await registerSite(site);
  if (tabId !== undefined) {
    try {
      await injectNow(tabId);
    } catch (err) {
      // The tab navigated away or is a page scripts may not touch; the registration still holds.
      console.warn('Frontera: could not start on the open tab; it will on the next load.', err);
    }
  }
  return true;
}

/** Gives the permission back and stops running there (from the next page load). */
export async function disableSite(site: string): Promise<void> {
  await unregisterSite(site);
  await browser.permissions.remove({ origins: originPatterns(site) });
}
