/**
 * Asking for, checking and giving back a site's optional host permission. `enableSite` must be
 * called straight from a click handler: browsers only show the permission prompt for a user
 * gesture.
 */
import { browser } from 'wxt/browser';
import { originPatterns } from './host';
import { registerSite, unregisterSite } from './registration';

export async function hasSitePermission(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originPatterns(site) });
}

/**
 * Asks for the site's permission (the browser's prompt) and registers the content script there.
 * Starting it in the open tabs is the background's job (permissions.onAdded → onSitesGranted),
 * which also covers Firefox, where the popup closes as the prompt opens. Resolves false if the
 * reader declined.
 */
export async function enableSite(site: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: originPatterns(site) });
  if (!granted) return false;
  await registerSite(site);
  return true;
}

/** Gives the permission back and stops running there (from the next page load). */
export async function disableSite(site: string): Promise<void> {
  await unregisterSite(site);
  await browser.permissions.remove({ origins: originPatterns(site) });
}
