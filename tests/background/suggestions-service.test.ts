/**
 * The suggestions the background answers: each saved article's candidates ranked over the
 * library (a name in more articles first), never a name known now (added since the save),
 * never a dismissed one until undone; and one page's, from its saved article or, with
 * "Propose names from pages I read", from what the page sent to be matched once it is on topic.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { dexieProposalStore } from '../../lib/background/dexie-store';
import { createPageProposals } from '../../lib/background/page-proposals';
import { createSuggestions, suggestionsHandlers } from '../../lib/background/suggestions-service';
import { saveArticle } from '../../lib/library/articles';
import { type LibraryDb, openLibrary } from '../../lib/library/db';
import { findCandidates, knownNamesFrom } from '../../lib/library/proposals';
import type { KnownNames } from '../../lib/library/proposals/types';

const noMentions = (texts: readonly string[]) => texts.map(() => []);

/** Articles that name "Ovidio Guzmán López" (all three) and "Los Zetas" (the first) mid-sentence. */
const STORIES = [
  'Prosecutors said on Monday that Ovidio Guzmán López had met leaders of Los Zetas in Tamaulipas. Lawyers for Ovidio Guzmán López denied it, and Los Zetas made no comment.',
  'In a hearing in Chicago, the defence of Ovidio Guzmán López asked for more time. The judge said Ovidio Guzmán López would stay in custody.',
  'Officials in Sinaloa said that Ovidio Guzmán López was extradited in 2023, and that the case against Ovidio Guzmán López goes on.',
];

/** Saves story number `n` (https://news.example/n), its candidates found against `known`. */
const saveStory = (db: LibraryDb, n: number, text: string, known: () => KnownNames) =>
  saveArticle(
    db,
    {
      url: `https://news.example/${n}`,
      title: `Story ${n}`,
      site: 'News',
      byline: null,
      language: 'en',
      publishedAt: null,
      texts: [text],
      extraction: 'readability',
    },
    noMentions,
    undefined,
    (language, passages) => findCandidates({ language, passages: [...passages] }, known()),
  );

async function library(known: () => KnownNames) {
  const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, text] of STORIES.entries()) await saveStory(db, i + 1, text, known);
  return db;
}

function service(known: { current: KnownNames }) {
  const pages = createPageProposals(() => known.current);
  return {
    pages,
    open: async () => {
      const db = await library(() => known.current);
      const handlers = suggestionsHandlers({
        store: dexieProposalStore(db),
        known: () => known.current,
        pages,
        tabUrl: async (tabId) => (tabId === 7 ? 'https://news.example/2?utm_source=x' : undefined),
      });
      return { db, handlers };
    },
  };
}

const noSender = {};
const names = (reply: { proposals: { name: string }[] }) => reply.proposals.map((p) => p.name);

describe('suggestions over the whole library', () => {
  it('lists a name the saved articles share first, with how many articles name it', async () => {
    const known = { current: knownNamesFrom(['Claudia Sheinbaum']) };
    const { handlers } = await service(known).open();
    const reply = await handlers['library:suggestions']({}, noSender);
    expect(reply.source).toBe('library');
    expect(reply.proposals[0]?.name).toBe('Ovidio Guzmán López');
    expect(reply.proposals[0]?.articleCount).toBe(3);
    expect(names(reply)).toContain('Los Zetas');
  });

  it('stops proposing a name as soon as it is known, without saving anything again', async () => {
    const known = { current: knownNamesFrom([]) };
    const { handlers } = await service(known).open();
    expect(names(await handlers['library:suggestions']({}, noSender))).toContain(
      'Ovidio Guzmán López',
    );
    known.current = knownNamesFrom(['Ovidio Guzmán López', 'Ovidio Guzman']);
    expect(names(await handlers['library:suggestions']({}, noSender))).not.toContain(
      'Ovidio Guzmán López',
    );
  });

  it('leaves a dismissed name out, lists it as dismissed, and proposes it again once undone', async () => {
    const known = { current: knownNamesFrom([]) };
    const { handlers } = await service(known).open();
    const first = (await handlers['library:suggestions']({}, noSender)).proposals[0];
    if (!first) throw new Error('no proposal');
    await handlers['library:dismiss-suggestion']({ key: first.key, name: first.name }, noSender);
    const after = await handlers['library:suggestions']({}, noSender);
    expect(names(after)).not.toContain(first.name);
    expect(after.dismissed.map((d) => d.name)).toEqual([first.name]);
    await handlers['library:undo-dismiss']({ key: first.key }, noSender);
    const back = await handlers['library:suggestions']({}, noSender);
    expect(back.proposals[0]?.name).toBe(first.name);
    expect(back.dismissed).toEqual([]);
  });

  it('ignores a dismissal without a key', async () => {
    const known = { current: knownNamesFrom([]) };
    const { db, handlers } = await service(known).open();
    await handlers['library:dismiss-suggestion']({ key: '' as string, name: 'x' }, noSender);
    expect(await db.dismissed.count()).toBe(0);
  });
});

describe("one page's suggestions", () => {
  it("come from the page's saved article, found by its address", async () => {
    const known = { current: knownNamesFrom([]) };
    const { handlers } = await service(known).open();
    const reply = await handlers['library:suggestions']({ tabId: 7 }, noSender);
    expect(reply.source).toBe('saved');
    // This page's article (the hearing in Chicago), not the library's: Los Zetas is in another.
    expect(names(reply)[0]).toBe('Ovidio Guzmán López');
    expect(names(reply)).toContain('Chicago');
    expect(names(reply)).not.toContain('Los Zetas');
  });

  it('are none for a page not saved while the page-read setting is off', async () => {
    const known = { current: knownNamesFrom([]) };
    const s = service(known);
    const { handlers } = await s.open();
    const sender = { tab: { id: 9 }, url: 'https://other.example/story' };
    s.pages.read(sender, [STORIES[0] as string], [[]]);
    s.pages.reported(sender, [{ id: 'x', name: 'X', type: 'person', count: 1 }]);
    const reply = await handlers['library:suggestions']({ tabId: 9 }, noSender);
    expect(reply).toEqual({ source: 'none', proposals: [], dismissed: [] });
  });

  it('with the setting on, come from the page as read, once it is on topic, until it navigates', async () => {
    const known = { current: knownNamesFrom([]) };
    const s = service(known);
    const { handlers } = await s.open();
    s.pages.setEnabled(true);
    const sender = { tab: { id: 9 }, url: 'https://other.example/story' };
    s.pages.read(sender, [STORIES[0] as string], [[]]);
    expect((await handlers['library:suggestions']({ tabId: 9 }, noSender)).source).toBe('none');
    s.pages.reported(sender, [{ id: 'x', name: 'X', type: 'person', count: 1 }]);
    const reply = await handlers['library:suggestions']({ tabId: 9 }, noSender);
    expect(reply.source).toBe('page');
    expect(names(reply)).toEqual(expect.arrayContaining(['Ovidio Guzmán López', 'Los Zetas']));
    // Another address in the same tab starts afresh; turning the setting off forgets every tab.
    s.pages.read({ ...sender, url: 'https://other.example/next' }, ['Nothing here.'], [[]]);
    expect((await handlers['library:suggestions']({ tabId: 9 }, noSender)).source).toBe('none');
    s.pages.read(sender, [STORIES[0] as string], [[]]);
    s.pages.reported(sender, [{ id: 'x', name: 'X', type: 'person', count: 1 }]);
    s.pages.setEnabled(false);
    expect((await handlers['library:suggestions']({ tabId: 9 }, noSender)).source).toBe('none');
  });
});

/** A suggestions service over the three stories, its store's reads spied on. */
async function keptSuggestions() {
  const known = { current: knownNamesFrom([]) };
  const db = await library(() => known.current);
  const store = dexieProposalStore(db);
  const inUse = vi.spyOn(store, 'inUse');
  const of = vi.spyOn(store, 'of');
  const suggestions = createSuggestions({
    store,
    known: () => known.current,
    pages: createPageProposals(() => known.current),
    tabUrl: async () => undefined,
  });
  const list = () => suggestions.handlers['library:suggestions']({}, noSender);
  return { known, db, inUse, of, suggestions, list };
}

describe('the candidates kept between requests', () => {
  it('are read again once the library says it changed', async () => {
    const { db, inUse, suggestions, list } = await keptSuggestions();
    await list();
    await list();
    expect(inUse).toHaveBeenCalledTimes(1);
    await db.proposals.clear();
    expect(names(await list())).toContain('Ovidio Guzmán López');
    suggestions.changed();
    expect(await list()).toMatchObject({ proposals: [] });
    expect(inUse).toHaveBeenCalledTimes(2);
  });

  it('take in one saved article by reading its row alone, and ignore a name added', async () => {
    const { known, db, inUse, of, suggestions, list } = await keptSuggestions();
    const zetas = async () => (await list()).proposals.find((p) => p.name === 'Los Zetas');
    expect((await zetas())?.articleCount).toBe(1);

    // A fourth story naming Los Zetas is saved: the list counts it without reading all again.
    await saveStory(
      db,
      4,
      'Analysts said on Tuesday that Los Zetas had split, and that Los Zetas lost Nuevo Laredo.',
      () => known.current,
    );
    suggestions.changed({ kind: 'article', id: 'https://news.example/4' });
    expect((await zetas())?.articleCount).toBe(2);
    expect(of).toHaveBeenCalledWith('https://news.example/4');

    // Saved again with other words, the article's old candidates give way to its new ones.
    await db.proposals.put({ articleId: 'https://news.example/4', candidates: [] });
    suggestions.changed({ kind: 'article', id: 'https://news.example/4' });
    expect((await zetas())?.articleCount).toBe(1);

    suggestions.changed({ kind: 'name' });
    await list();
    expect(inUse).toHaveBeenCalledTimes(1);
  });
});
