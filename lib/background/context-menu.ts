/** The context menu on selected text: "Look up “…” in Frontera". */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openSearch, queryFromSelection } from './lookup';

export const LOOKUP_MENU_ID = 'frontera-lookup';

/** (Re)creates the menu item; safe to call on every install and startup. */
export async function createLookupMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: t('contextMenuLookup'),
    contexts: ['selection'],
  });
}

/** Handles a menu click; returns the query it searched, or null if the click was not ours. */
export async function onLookupMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  open: (query: string) => Promise<unknown> = openSearch,
): Promise<string | null> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return null;
  const query = queryFromSelection(info.selectionText);
  if (!query) return null;
  await open(query);
  return query;
}
