/**
 * The address of each tab where Frontera's content script reported in. The popup needs the
 * page's site for its on/off switch, but without the "tabs" permission the browser only shows a
 * tab's URL after a click on the toolbar button (activeTab) — not when the search was opened as
 * a tab from the context menu. A content script's messages carry their page's URL, so the
 * background keeps it here (session storage: never synced, gone with the browser session).
 */
import { tabUrlsItem } from '../settings/session-items';

export async function rememberTabUrl(tabId: number, url: string): Promise<void> {
  const all = await tabUrlsItem.getValue();
  if (all[tabId] === url) return;
  await tabUrlsItem.setValue({ ...all, [tabId]: url });
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await tabUrlsItem.getValue();
  if (!(tabId in all)) return;
  const { [tabId]: _gone, ...rest } = all;
  await tabUrlsItem.setValue(rest);
}

export async function rememberedTabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await tabUrlsItem.getValue())[tabId];
  } catch {
    return undefined;
  }
}
