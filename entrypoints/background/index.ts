/**
 * The background: wires lib/ to the browser's events and holds no logic of its own.
 * Context menu and site registrations are re-created on install and startup; listeners are
 * registered synchronously so an MV3 service worker woken by an event finds them.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { clearBadge } from '../../lib/background/badge';
import {
  browserCardHandlers,
  createCardService,
  warmCardService,
} from '../../lib/background/card-service';
import { forwardCommand } from '../../lib/background/commands';
import {
  ADD_NAME_MENU_ID,
  addNamePageUrl,
  createLookupMenu,
  onLookupMenuClick,
  SAVE_MENU_ID,
} from '../../lib/background/context-menu';
import { dexieProposalStore, dexieStore } from '../../lib/background/dexie-store';
import { watchIconState } from '../../lib/background/icon-state';
import { createLibrarySearch, keepInStep } from '../../lib/background/library-search';
import { createLibraryService, libraryHandlers } from '../../lib/background/library-service';
import { createMatchService, matchHandlers } from '../../lib/background/match-service';
import { loadOnDemandScript } from '../../lib/background/on-demand-scripts';
import { recordPageMentions } from '../../lib/background/page-mentions';
import { createPageProposals } from '../../lib/background/page-proposals';
import { followPageSetting } from '../../lib/background/page-proposals-setting';
import { showSaveResult } from '../../lib/background/save-feedback';
import { createSuggestions } from '../../lib/background/suggestions-service';
import { forgetTab, rememberedTabUrl } from '../../lib/background/tab-urls';
import type { ScanData } from '../../lib/corpus/types';
import { announceLibraryChange } from '../../lib/library/changes';
import { openLibrary } from '../../lib/library/db';
import { serve, toBackground, toContent } from '../../lib/messages';
import { onSitesGranted, syncRegistrations } from '../../lib/sites';
import scanJson from '../../public/data/scan.json';

export default defineBackground(() => {
  const setUp = () => {
    void createLookupMenu().catch((err) => console.warn('Frontera: context menu', err));
    void syncRegistrations().catch((err) => console.warn('Frontera: site registrations', err));
  };
  browser.runtime.onInstalled.addListener(setUp);
  // A first-time reader gets the welcome page once (not on updates or browser restarts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(setUp);

  const scan = scanJson as ScanData;
  // Pages send their text here: the matcher stays warm in the background, off the page's thread.
  const matches = createMatchService(scan);
  // A clash names the other name's owner: bundled or the reader's, as the matcher knows them now.
  const nameOf = (id: string) => matches.scan().entities.find((e) => e.id === id)?.name ?? id;
  const db = openLibrary();
  const store = dexieStore(db, nameOf);
  const librarySearch = createLibrarySearch(db);
  // Proposed names: the candidates read once per change of the library (lib/background).
  const pages = createPageProposals(() => matches.knownNames());
  followPageSetting(pages);
  const suggestions = createSuggestions({
    store: dexieProposalStore(db),
    known: () => matches.knownNames(),
    pages,
    tabUrl: rememberedTabUrl,
  });
  const searchInStep = keepInStep(librarySearch);
  const library = createLibraryService({
    store,
    matches,
    articleOf: (tabId) => toContent.sendMessage('popup:get-article', undefined, tabId),
    onChange: (change) => {
      searchInStep(change);
      suggestions.changed(change);
      // What the background wrote itself, open options and reader pages hear of; a page's own
      // change ('library:changed', kind 'other') was announced by that page already.
      if (change.kind !== 'other') announceLibraryChange(change.kind);
    },
  });
  const cards = createCardService(undefined, (entityId) => store.slice(entityId));
  const saveFrom = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    await showSaveResult(tabId, await library.saveTab(tabId));
  };
  // Every message the background answers, one handler each (lib/messages: BackgroundProtocol).
  serve(toBackground, {
    ...browserCardHandlers(cards),
    ...matchHandlers(matches, library.ready, (texts, result, sender) =>
      pages.read(sender, texts, result.mentions),
    ),
    ...libraryHandlers(library),
    ...suggestions.handlers,
    'library:search': ({ query, limit }) =>
      librarySearch.search(String(query ?? '').slice(0, 200), Math.min(Number(limit) || 20, 50)),
    'content:page-mentions': ({ entities }, sender) => {
      recordPageMentions(entities, sender);
      pages.reported(sender, Array.isArray(entities) ? entities : []);
      warmCardService(cards, Array.isArray(entities) ? entities : []);
    },
    // The card's UI and Readability, run in a page only when it needs them.
    'content:load-script': ({ script }, sender) => loadOnDemandScript(script, sender),
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveFrom(tab?.id);
    else if (info.menuItemId === ADD_NAME_MENU_ID && info.selectionText) {
      void browser.tabs.create({
        url: browser.runtime.getURL(addNamePageUrl(info.selectionText) as PublicPath),
      });
    } else void onLookupMenuClick(info);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-article') void saveFrom(tab?.id);
    else void forwardCommand(command, tab?.id);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearBadge(tabId).catch(() => {});
    if (change.url) {
      pages.forget(tabId);
      void forgetTab(tabId).catch(() => {});
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.forget(tabId);
    void forgetTab(tabId).catch(() => {});
  });
  // Full-colour icon where Frontera runs and is on, muted elsewhere.
  watchIconState();

  // The granted permission is the record of an enabled site: keep registrations in step with it,
  // also when the reader removes access from the browser's own extension settings.
  browser.permissions.onAdded.addListener(
    (added) => void onSitesGranted(added.origins ?? []).catch(() => {}),
  );
  browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => {}));
});
