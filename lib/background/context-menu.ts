/**
 * The context menu: on selected text, "Look up “…” in Frontera" and "Add “…” to Frontera as a
 * name"; on a page, "Save this article to Frontera".
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openSearch, queryFromSelection } from './lookup';

export const LOOKUP_MENU_ID = 'frontera-lookup';
export const ADD_NAME_MENU_ID = 'frontera-add-name';
export const SAVE_MENU_ID = 'frontera-save';

/** (Re)creates the menu items; safe to call on every install and startup. */
export async function createLookupMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: t('contextMenuLookup'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: ADD_NAME_MENU_ID,
    title: t('contextMenuAddName'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: t('contextMenuSave'),
    contexts: ['page'],
  });
}

/** The page where the reader adds a name, with the selection proposed. */
export function addNamePageUrl(selection: string): string {
  return `/add-name.html?${new URLSearchParams({ text: selection.trim().slice(0, 80) }).toString()}`;
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
