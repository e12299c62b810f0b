/**
 * The background's behaviour, driven through WXT's fake browser: the badge counts the names a
 * tab reported and clears when the tab loads a new page; "Look up in Frontera" opens the search
 * with the selection; keyboard commands reach the tab's content script; card requests are
 * answered by the card service.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { badgeText, clearBadge, showPageCount } from '../../lib/background/badge';
import { forwardCommand } from '../../lib/background/commands';
import {
  ADD_NAME_MENU_ID,
  LOOKUP_MENU_ID,
  onLookupMenuClick,
  SAVE_MENU_ID,
} from '../../lib/background/context-menu';
import { openSearch, queryFromSelection, searchPageUrl } from '../../lib/background/lookup';
import { recordPageMentions } from '../../lib/background/page-mentions';
import { type PageEntityCount, toBackground } from '../../lib/messages';
import { takePendingSearch } from '../../lib/search/pending';
import { pendingSearchItem } from '../../lib/settings/session-items';
import { installFakeApis } from './fake-apis';

/** A message as @webext-core/messaging puts it on the wire. */
const wire = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });
const onWire = (type: string, data: unknown) => expect.objectContaining({ type, data });

const entity = (id: string, count = 1): PageEntityCount => ({
  id,
  name: id,
  type: 'person',
  count,
});

let fakes: ReturnType<typeof installFakeApis>;
beforeEach(() => {
  // The entrypoint registers its handlers once per context; each test starts a fresh one.
  toBackground.removeAllListeners();
  fakeBrowser.reset();
  fakes = installFakeApis();
});

describe('badge', () => {
  it.each([
    [[], ''],
    [[entity('a')], '1'],
    [[entity('a', 5), entity('b', 2), entity('a', 1)], '2'],
    [Array.from({ length: 120 }, (_, i) => entity(`e${i}`)), '99+'],
  ])('counts different names, not mentions (case %#) → %j', (list, text) => {
    expect(badgeText(list)).toBe(text);
  });

  it('a page-mentions message sets the badge of the tab it came from only', async () => {
    recordPageMentions([entity('a'), entity('b'), entity('c')], { tab: { id: 7 } });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3'),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('ignores a report without a tab or without a list', async () => {
    recordPageMentions([entity('a')], {});
    recordPageMentions('x' as unknown as PageEntityCount[], { tab: { id: 1 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('clearBadge empties it', async () => {
    await showPageCount(3, [entity('a')]);
    await clearBadge(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});

describe('look up selected text', () => {
  it.each([
    ['  Claudia\n  Sheinbaum ', 'Claudia Sheinbaum'],
    ['', ''],
    [undefined, ''],
    ['x'.repeat(300), 'x'.repeat(120)],
  ])('the selection %j becomes the query %j', (sel, q) => {
    expect(queryFromSelection(sel)).toBe(q);
  });

  it('only our menu item searches, and only with some text', async () => {
    const open = vi.fn(async () => 'tab');
    expect(await onLookupMenuClick({ menuItemId: 'other', selectionText: 'x' }, open)).toBeNull();
    expect(await onLookupMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText: '  ' }, open)).toBe(
      null,
    );
    expect(
      await onLookupMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'García Luna' }, open),
    ).toBe('García Luna');
    expect(open).toHaveBeenCalledExactlyOnceWith('García Luna');
  });

  it('without a way to open the popup, the search opens in a tab as popup.html?q=…', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSearch('Cártel de Sinaloa')).toBe('tab');
    expect(created).toHaveBeenCalledWith({ url: searchPageUrl('Cártel de Sinaloa') });
    expect(searchPageUrl('a b')).toMatch(/\/popup\.html\?q=a\+b$/);
  });

  it('where the browser can open the popup, the query waits for it in session storage', async () => {
    const openPopup = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { openPopup });
    expect(await openSearch('fentanilo')).toBe('popup');
    expect(openPopup).toHaveBeenCalled();
    expect(await takePendingSearch()).toBe('fentanilo');
    expect(await takePendingSearch()).toBeNull(); // taken once
  });

  it('if opening the popup fails, falls back to a tab and leaves nothing pending', async () => {
    Object.assign(fakeBrowser.action, {
      openPopup: vi.fn(async () => Promise.reject(new Error('no window'))),
    });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSearch('AMLO')).toBe('tab');
    expect(created).toHaveBeenCalled();
    expect(await takePendingSearch()).toBeNull();
  });

  it('a stale pending search is ignored', async () => {
    await pendingSearchItem.setValue({ query: 'old', at: Date.now() - 60_000 });
    expect(await takePendingSearch()).toBeNull();
  });
});

describe('keyboard commands', () => {
  it('are sent to the active tab as background:command', async () => {
    // A content script's handler answers `{ res }` on the wire (lib/messages' serve).
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ res: undefined });
    const tab = {
      id: 12,
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    expect(await forwardCommand('next-mention')).toBe(true);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toHaveBeenCalledWith(
      12,
      onWire('background:command', { command: 'next-mention' }),
      undefined,
    );
    expect(await forwardCommand('toggle-highlights', 42)).toBe(true);
    expect(sent).toHaveBeenLastCalledWith(
      42,
      onWire('background:command', { command: 'toggle-highlights' }),
      undefined,
    );
  });

  it('unknown commands and tabs without Frontera are no-ops', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await forwardCommand('self-destruct', 1)).toBe(false);
    expect(await forwardCommand('previous-mention', 1)).toBe(false);
  });
});

describe('the background entrypoint wires it all', () => {
  it('creates the menu on install and answers events', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() =>
      expect(fakes.menus).toEqual([
        { id: LOOKUP_MENU_ID, title: 'Look up “%s” in Frontera', contexts: ['selection'] },
        {
          id: ADD_NAME_MENU_ID,
          title: 'contextMenuAddName',
          contexts: ['selection'],
        },
        { id: SAVE_MENU_ID, title: 'contextMenuSave', contexts: ['page'] },
      ]),
    );

    // Badge from a content script's report, cleared when the tab loads another page.
    await fakeBrowser.runtime.onMessage.trigger(
      wire('content:page-mentions', { entities: [entity('a'), entity('b')] }),
      { tab: { id: 5 } } as never,
    );
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2'),
    );
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as never);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(''),
    );

    // The context menu opens the search.
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakes.contextMenus.onClicked.trigger({
      menuItemId: LOOKUP_MENU_ID,
      selectionText: 'DEA',
    });
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: searchPageUrl('DEA') }));
    // "Add … as a name" opens the form with the selection.
    await fakes.contextMenus.onClicked.trigger({
      menuItemId: ADD_NAME_MENU_ID,
      selectionText: ' Ovidio Guzmán ',
    });
    await vi.waitFor(() =>
      expect(created).toHaveBeenLastCalledWith({
        url: expect.stringMatching(/\/add-name\.html\?text=Ovidio\+Guzm%C3%A1n$/),
      }),
    );

    // Commands reach the tab.
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await fakes.commands.onCommand.trigger('previous-mention', { id: 9 });
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(
        9,
        onWire('background:command', { command: 'previous-mention' }),
        undefined,
      ),
    );
  });

  it('answers a card request through the card service', async () => {
    const corpus = {
      version: 1,
      documents: [],
      passages: [],
      entities: [
        {
          id: 'dea',
          name: 'Drug Enforcement Administration',
          type: 'organization',
          aliases: ['DEA'],
          summary: 'US federal drug police.',
          cites: [],
          related: [],
          passages: [],
        },
      ],
      passageEntities: {},
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(corpus))),
    );
    background.main();
    const replies = (await fakeBrowser.runtime.onMessage.trigger(
      wire('content:get-card', { entityId: 'dea', pageEntityIds: [] }),
      { tab: { id: 1 } } as never,
    )) as ({ res?: { entity: { name: string } } } | undefined)[];
    const card = replies.find((r) => r?.res)?.res;
    expect(card?.entity.name).toBe('Drug Enforcement Administration');
    vi.unstubAllGlobals();
  });
});

describe('the address of a tab, for the popup', () => {
  it('a content script report remembers its page address; navigation and closing forget it', async () => {
    const { rememberedTabUrl, forgetTab } = await import('../../lib/background/tab-urls');
    recordPageMentions([], { tab: { id: 3 }, url: 'https://apnews.com/article/x', frameId: 0 });
    await vi.waitFor(async () =>
      expect(await rememberedTabUrl(3)).toBe('https://apnews.com/article/x'),
    );
    // A report from a frame inside the page does not replace the page's address.
    recordPageMentions([], { tab: { id: 3 }, url: 'https://ads.example/frame', frameId: 7 });
    await forgetTab(3);
    expect(await rememberedTabUrl(3)).toBeUndefined();
  });
});
