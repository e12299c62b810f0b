/**
 * Proposed names in the library's database: found when an article is saved and kept with it
 * (gone when it is removed, replaced when it is saved again), erased with the library, the
 * upgrade of a version-2 database, and dismissing a proposal and undoing it.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteArticle, eraseLibrary, saveArticle } from '../../lib/library/articles';
import { addContents, removePack } from '../../lib/library/contents';
import { LIBRARY_DB_NAME, openLibrary, SCHEMA_V2 } from '../../lib/library/db';
import {
  dismissedNames,
  dismissProposal,
  proposalsInUse,
  proposalsOf,
  undoDismiss,
} from '../../lib/library/proposal-store';
import type { ArticleCandidate } from '../../lib/library/proposals/types';

const NOW = '2025-03-02T10:00:00.000Z';
const noMentions = (texts: readonly string[]) => texts.map(() => []);

const candidate = (name: string, over: Partial<ArticleCandidate> = {}): ArticleCandidate => ({
  key: name.toLowerCase(),
  name,
  forms: [name],
  type: 'person',
  mentions: 2,
  besideKnown: 1,
  ...over,
});

const input = (url: string) => ({
  url,
  title: 'On the border',
  site: 'Example',
  byline: null,
  language: 'en' as const,
  publishedAt: null,
  texts: ['Prosecutors said that Ovidio Guzmán López met Los Zetas in Sinaloa last year.'],
  extraction: 'readability',
});

describe("an article's proposed names", () => {
  it('are found from its passages when it is saved, and kept with it', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const seen: string[][] = [];
    await saveArticle(db, input('https://a.example/1'), noMentions, undefined, (lang, passages) => {
      seen.push([String(lang), ...passages.map((p) => p.text)]);
      return [candidate('Ovidio Guzmán López')];
    });
    expect(seen).toEqual([['en', input('').texts[0]]]);
    expect(await proposalsOf(db, 'https://a.example/1')).toEqual({
      articleId: 'https://a.example/1',
      candidates: [candidate('Ovidio Guzmán López')],
    });
  });

  it('are found again when it is saved again, and removed with it', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const url = 'https://a.example/1';
    await saveArticle(db, input(url), noMentions, undefined, () => [candidate('Los Zetas')]);
    await saveArticle(db, input(url), noMentions, undefined, () => [candidate('Ovidio Guzmán')]);
    expect((await proposalsOf(db, url))?.candidates.map((c) => c.name)).toEqual(['Ovidio Guzmán']);
    await deleteArticle(db, url);
    expect(await proposalsOf(db, url)).toBeNull();
    expect(await db.proposals.count()).toBe(0);
  });

  it('are erased with the library, and so are the dismissed names', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await saveArticle(db, input('https://a.example/1'), noMentions, undefined, () => [
      candidate('Los Zetas'),
    ]);
    await dismissProposal(db, 'los zetas', 'Los Zetas');
    await eraseLibrary(db);
    expect(await db.proposals.count()).toBe(0);
    expect(await dismissedNames(db)).toEqual([]);
  });

  it("of a pack switched off or removed are not in use; the reader's own are", async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const article = (id: string, origin: string | null) => ({
      ...input(id),
      id,
      savedAt: NOW,
      updatedAt: NOW,
      origin,
    });
    const { texts: _a, ...mine } = article('https://mine.example/1', null);
    const { texts: _b, ...theirs } = article('https://pack.example/1', 'newsroom');
    await addContents(db, {
      articles: [mine, theirs],
      passages: [],
      names: [],
      packs: [
        {
          id: 'newsroom',
          title: 'Newsroom',
          description: null,
          formatVersion: 2,
          importedAt: NOW,
          enabled: false,
          articleCount: 1,
          nameCount: 0,
        },
      ],
      proposals: [
        { articleId: mine.id, candidates: [candidate('Los Zetas')] },
        { articleId: theirs.id, candidates: [candidate('El Mencho')] },
      ],
    });
    expect((await proposalsInUse(db)).map((p) => p.articleId)).toEqual([mine.id]);
    await removePack(db, 'newsroom');
    expect(await db.proposals.get(theirs.id)).toBeUndefined();
  });
});

describe('dismissing a proposal', () => {
  it('is remembered with its name, latest first, until undone', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await dismissProposal(db, 'los zetas', 'Los Zetas', () => new Date('2025-01-01'));
    await dismissProposal(db, 'el mencho', 'El Mencho', () => new Date('2025-02-01'));
    expect((await dismissedNames(db)).map((d) => d.name)).toEqual(['El Mencho', 'Los Zetas']);
    await undoDismiss(db, 'el mencho');
    expect(await dismissedNames(db)).toEqual([
      { key: 'los zetas', name: 'Los Zetas', dismissedAt: '2025-01-01T00:00:00.000Z' },
    ]);
  });
});

describe('the upgrade to version 3', () => {
  it('keeps a version-2 library as it was and adds the empty proposal tables', async () => {
    const factory = new IDBFactory();
    const v2 = new Dexie(LIBRARY_DB_NAME, { indexedDB: factory, IDBKeyRange });
    v2.version(2).stores(SCHEMA_V2);
    const { texts: _t, ...article } = {
      ...input('https://a.example/1'),
      id: 'https://a.example/1',
      savedAt: NOW,
      updatedAt: NOW,
      origin: null,
    };
    await v2.table('articles').put(article);
    v2.close();

    const db = openLibrary({ indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.get('https://a.example/1')).toEqual(article);
    expect(await db.proposals.count()).toBe(0);
    expect(await db.dismissed.count()).toBe(0);
    // An article saved before v3 simply has no candidates until it is saved again.
    expect(await proposalsOf(db, 'https://a.example/1')).toBeNull();
    expect(await proposalsInUse(db)).toEqual([]);
  });
});
