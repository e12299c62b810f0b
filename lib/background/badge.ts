/**
 * The toolbar badge: how many different names Frontera found on the tab, computed by the
 * content script on the page and sent here; cleared when the tab starts loading a new page.
 */
import { browser } from 'wxt/browser';
import type { PageEntityCount } from '../messages';

export const BADGE_COLOUR = '#0a5bc4';

/** The part of `browser.action` the badge uses (MV2 Firefox calls it `browserAction`). */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
}

export function actionApi(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/** "" for none, the count up to 99, then "99+" (the badge has room for about four characters). */
export function badgeText(entities: readonly PageEntityCount[]): string {
  const n = new Set(entities.map((e) => e.id)).size;
  if (n === 0) return '';
  return n > 99 ? '99+' : String(n);
}

export async function showPageCount(
  tabId: number,
  entities: readonly PageEntityCount[],
  api: BadgeApi | undefined = actionApi(),
): Promise<void> {
  if (!api) return;
  await api.setBadgeBackgroundColor({ color: BADGE_COLOUR, tabId });
  await api.setBadgeText({ text: badgeText(entities), tabId });
}

export async function clearBadge(
  tabId: number,
  api: BadgeApi | undefined = actionApi(),
): Promise<void> {
  await api?.setBadgeText({ text: '', tabId });
}
