/**
 * The reader's saved articles: the reader's front page lists them below the corpus's documents,
 * newest saved first, each with its site, its own date and the day it was saved; a Remove button
 * asks first, then takes the article out of the library and off the list. A saved article's own
 * page can remove it too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDb } from '../../../lib/library/db';
import type { SavedArticle } from '../../../lib/library/types';
import { ReaderApp, type ReaderLibrary, type ReaderRoute } from '../../../lib/ui/reader';
import { libraryReader } from '../../../lib/ui/reader/name-page';
import { axeViolations, mount } from '../helpers';
import { ARTICLES, EARLY, fixtureLibrary, PLAN, UNDATED } from './library-fixture';
import { emptyLibrary, lookup, readerSources } from './sources';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The browser's confirm dialog, answered by `answers` in turn (then yes) (happy-dom has none of its own). */
function confirmDialog(...answers: boolean[]) {
  const ask = vi.fn((_question: string) => answers.shift() ?? true);
  vi.stubGlobal('confirm', ask);
  return ask;
}

/** The fixture library, "Before the election" saved last. */
async function library(): Promise<LibraryDb> {
  const db = await fixtureLibrary();
  await db.articles.update(EARLY, { savedAt: '2026-12-05T09:00:00.000Z' });
  return db;
}

function open(lib: ReaderLibrary, route: ReaderRoute = { view: 'list' }) {
  return mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ library: lib })}
      route={route}
      theme="light"
      onSearch={() => {}}
    />,
  );
}

const text = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent);
const savedTitle = (root: Element) => root.querySelector('#saved-title')?.textContent;
const savedTitles = (root: Element) => text(root, '.rd-saved-item .rd-doc-title');
const removeButton = (root: Element, title: string) =>
  root.querySelector<HTMLButtonElement>(
    `.rd-saved-item button[aria-label="Remove “${title}” from your library"]`,
  );

const many = (n: number): SavedArticle[] =>
  Array.from({ length: n }, (_, i) => ({
    ...(ARTICLES[0] as SavedArticle),
    id: `https://many.example/${i}`,
    title: `Story ${i}`,
  }));

describe('the reader’s front page lists the saved articles', () => {
  it('below the corpus’s documents, newest saved first, with site, own date and day saved', async () => {
    const root = open(libraryReader(await library()));
    await expect.poll(() => savedTitle(root)).toBe('Your saved articles (3)');
    expect(text(root, '.rd-doc-title').slice(0, 2)).toEqual([
      'Trump Designates Cartels',
      'Desafíos de seguridad',
    ]);
    expect(savedTitles(root)).toEqual([
      'Before the election',
      'Harfuch’s plan, explained',
      'Tabasco notes',
    ]);
    expect(text(root, '.rd-saved-item .rd-meta')).toEqual([
      'The Border Ledger · 1 June 2024 · Saved on 5 December 2026',
      'The Border Ledger · 2 March 2025 · Saved on 1 December 2026',
      'Noticias del Sur · date not stated · Saved on 1 November 2026',
    ]);
    const link = root.querySelector('.rd-saved-item a');
    expect(link?.getAttribute('href')).toBe(`#doc=${encodeURIComponent(EARLY)}`);
    expect(removeButton(root, 'Tabasco notes')?.textContent).toBe('Remove');
  });

  it('leaves out a switched-off pack’s articles and records that do not parse', async () => {
    const db = await library();
    await db.packs.put({
      id: 'border-pack',
      title: 'Border pack',
      description: null,
      formatVersion: 1,
      importedAt: '2026-12-06T00:00:00.000Z',
      enabled: false,
      articleCount: 1,
      nameCount: 0,
    });
    await db.articles.put({
      ...(ARTICLES[0] as SavedArticle),
      id: 'https://pack.example/a',
      title: 'From a pack switched off',
      savedAt: '2026-12-06T00:00:00.000Z',
      origin: 'border-pack',
    });
    await db.articles.put({
      id: 'https://broken.example/',
      title: 42,
      savedAt: '2026-12-07T00:00:00.000Z',
    } as unknown as SavedArticle);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = open(libraryReader(db));
    await expect.poll(() => savedTitle(root)).toBe('Your saved articles (3)');
    expect(savedTitles(root)).toEqual([
      'Before the election',
      'Harfuch’s plan, explained',
      'Tabasco notes',
    ]);
  });

  it('shows the newest 50 of a big library, and all of them on asking', async () => {
    const articles = many(2000);
    const root = open({ ...emptyLibrary, articles: async () => articles });
    await expect.poll(() => savedTitle(root)).toBe('Your saved articles (2000)');
    expect(savedTitles(root)).toHaveLength(50);
    expect(savedTitles(root)[49]).toBe('Story 49');
    expect(root.querySelector('.rd-more')?.textContent).toBe(
      'The 50 most recently saved are listed. Show all 2000 saved articles',
    );
    root.querySelector<HTMLButtonElement>('.rd-more button')?.click();
    await expect.poll(() => savedTitles(root).length).toBe(2000);
    expect(root.querySelector('.rd-more')).toBeNull();
  });

  it('says how to save an article when none is saved', async () => {
    const root = open(emptyLibrary);
    await expect.poll(() => savedTitle(root)).toBe('Your saved articles (0)');
    expect(root.querySelector('.rd-saved-list .rd-note-line')?.textContent).toBe(
      "You have saved no articles yet. On a news page, use “Save this article” in Frontera's popup, “Save this article to Frontera” in the right-click menu, or Alt+Shift+S.",
    );
    expect(root.querySelector('.rd-saved-item')).toBeNull();
  });

  it('says so when the library cannot be read, and still lists the corpus', async () => {
    const root = open({
      ...emptyLibrary,
      articles: async () => {
        throw new Error('the database is blocked');
      },
    });
    await expect
      .poll(() => root.querySelector('.rd-saved-list [role="alert"]')?.textContent)
      .toBe('Your library could not be read (the database is blocked).');
    expect(text(root, '.rd-docs:not(.rd-saved-list *) .rd-doc-title')).toContain(
      'Trump Designates Cartels',
    );
  });

  it('has no axe violations with saved articles listed', async () => {
    const root = open(libraryReader(await library()));
    await expect.poll(() => savedTitles(root)).toHaveLength(3);
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('removing a saved article from the front page', () => {
  it('asks first, and keeps the article when the reader says no', async () => {
    const db = await library();
    const changed = vi.fn(async () => {});
    const confirm = confirmDialog(false);
    const root = open(libraryReader(db, changed));
    await expect.poll(() => savedTitles(root)).toHaveLength(3);
    removeButton(root, 'Harfuch’s plan, explained')?.click();
    expect(confirm).toHaveBeenCalledWith(
      'Remove “Harfuch’s plan, explained” from your library? Its passages will no longer appear on cards or in search.',
    );
    expect(savedTitles(root)).toHaveLength(3);
    expect(await db.articles.get(PLAN)).toBeDefined();
    expect(changed).not.toHaveBeenCalled();
  });

  it('removes it and its passages once the reader agrees, updates the list and says so', async () => {
    const db = await library();
    const changed = vi.fn(async () => {});
    confirmDialog(true);
    const root = open(libraryReader(db, changed));
    await expect.poll(() => savedTitles(root)).toHaveLength(3);
    removeButton(root, 'Harfuch’s plan, explained')?.click();
    await expect
      .poll(() => root.querySelector('.rd-saved-list [role="status"]')?.textContent)
      .toBe('Removed “Harfuch’s plan, explained” from your library.');
    expect(savedTitles(root)).toEqual(['Before the election', 'Tabasco notes']);
    expect(savedTitle(root)).toBe('Your saved articles (2)');
    expect(await db.articles.get(PLAN)).toBeUndefined();
    expect(await db.passages.where('articleId').equals(PLAN).count()).toBe(0);
    expect(await db.passages.where('articleId').equals(UNDATED).count()).toBe(1);
    // The background hears of it, so cards and search stop using the article.
    expect(changed).toHaveBeenCalledOnce();
    expect(document.activeElement?.id).toBe('saved-title');
  });

  it('says the library could not be changed, and keeps the article listed', async () => {
    confirmDialog(true);
    const root = open({
      ...emptyLibrary,
      articles: async () => ARTICLES,
      remove: async () => {
        throw new Error('the disk is full');
      },
    });
    await expect.poll(() => savedTitles(root)).toHaveLength(3);
    removeButton(root, 'Tabasco notes')?.click();
    await expect
      .poll(() => root.querySelector('.rd-saved-list [role="alert"]')?.textContent)
      .toBe('Frontera could not change your library (the disk is full); it is as it was.');
    expect(savedTitles(root)).toHaveLength(3);
  });
});

describe('removing a saved article from its own page', () => {
  const button = (root: Element) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Remove from your library');

  it('asks first, then says it was removed and links back to the front page', async () => {
    const db = await library();
    const confirm = confirmDialog(false, true);
    const root = open(libraryReader(db), { view: 'doc', docId: UNDATED, passageId: null });
    await expect.poll(() => button(root)).toBeDefined();

    button(root)?.click();
    expect(confirm).toHaveBeenCalledWith(
      'Remove “Tabasco notes” from your library? Its passages will no longer appear on cards or in search.',
    );
    expect(root.querySelector('#doc-title')?.textContent).toBe('Tabasco notes');

    button(root)?.click();
    await expect
      .poll(() => root.querySelector('h2')?.textContent)
      .toBe('Removed from your library');
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Removed “Tabasco notes” from your library.',
    );
    expect(root.querySelector('section a')?.getAttribute('href')).toBe('#');
    expect(root.querySelector('.rd-passage')).toBeNull();
    expect(await db.articles.get(UNDATED)).toBeUndefined();
    expect(document.activeElement?.id).toBe('removed-title');
    expect(await axeViolations(root)).toEqual([]);
  });
});
