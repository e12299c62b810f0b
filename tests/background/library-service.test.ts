/**
 * The background's library service over a store in memory: saving what a tab shows, adding a
 * name (then found on pages), and failures told in words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLibraryService, libraryHandlers } from '../../lib/background/library-service';
import type { FindMentions, LibraryStore } from '../../lib/background/library-store';
import { createMatchService } from '../../lib/background/match-service';
import type { ScanData } from '../../lib/corpus/types';
import { EMPTY_SLICE } from '../../lib/library/card-sources';
import { LibraryError, type ReaderName, type SavedArticle } from '../../lib/library/types';
import type { ArticleReply } from '../../lib/messages';
import { setUiLanguage } from '../i18n/catalogue';

const scan = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/scan.json'), 'utf8'),
) as ScanData;

function memoryStore() {
  const articles = new Map<string, SavedArticle>();
  const names: ReaderName[] = [];
  const found: ReturnType<FindMentions>[] = [];
  const store: LibraryStore = {
    async save(a, find) {
      found.push(find(a.texts));
      const existing = articles.get(a.url);
      const article: SavedArticle = {
        id: a.url,
        url: a.url,
        title: a.title,
        site: a.site,
        byline: a.byline,
        language: a.language,
        publishedAt: a.publishedAt,
        savedAt: existing?.savedAt ?? 'now',
        updatedAt: 'now',
        extraction: a.extraction,
        origin: null,
      };
      articles.set(a.url, article);
      return { status: existing ? 'updated' : 'created', article, passages: a.texts.length };
    },
    async addName(request, known) {
      const clash = known.find((k) => k.text.toLowerCase() === request.name.toLowerCase());
      if (clash)
        throw new LibraryError(
          'alias-clash',
          `“${request.name}” is already a name of ${clash.entityId}.`,
        );
      const name: ReaderName = {
        id: `mine:${request.name.toLowerCase().replace(/\W+/g, '-')}`,
        name: request.name,
        type: request.type,
        aliases: request.aliases.map((text) => ({ text })),
        note: request.note,
        createdAt: 'now',
        updatedAt: 'now',
        origin: null,
      };
      names.push(name);
      return name;
    },
    names: async () => [...names],
    rescanMentions: vi.fn(async () => {}),
    slice: async () => EMPTY_SLICE,
  };
  return { store, articles, found };
}

const article = (texts: string[]): ArticleReply => ({
  method: 'readability',
  root: 'article',
  texts,
  url: 'https://example.com/story',
  title: 'Story',
  site: 'Example',
  byline: null,
  publishedAt: '2025-03-02',
  language: 'en',
});

describe('the library service', () => {
  it('saves the article a tab shows, and says when it updated it', async () => {
    const { store, found } = memoryStore();
    const matches = createMatchService(scan);
    const service = createLibraryService({
      store,
      matches,
      articleOf: async () => article(['Claudia Sheinbaum spoke about fentanyl.']),
    });
    const handlers = libraryHandlers(service);
    expect(await handlers['library:save-tab']({ tabId: 3 }, {})).toMatchObject({
      ok: true,
      status: 'created',
      title: 'Story',
    });
    expect(found[0]?.[0]?.map((m) => m.entityId)).toEqual(['claudia-sheinbaum', 'fentanyl']);
    expect(await service.saveTab(3)).toMatchObject({ ok: true, status: 'updated' });
  });

  it("finds the article's proposed names with the known mentions, never a name Frontera knows", async () => {
    const { store } = memoryStore();
    const proposed: string[][] = [];
    const service = createLibraryService({
      store: {
        ...store,
        save: async (a, find, findCandidates) => {
          const mentions = find(a.texts);
          const passages = a.texts.map((text, i) => ({
            id: `a#${i + 1}`,
            articleId: 'a',
            position: i + 1,
            headingPath: [],
            text,
            entityIds: [],
            mentions: mentions[i] ?? [],
          }));
          proposed.push((findCandidates?.(a.language, passages) ?? []).map((c) => c.name));
          return store.save(a, find);
        },
      },
      matches: createMatchService(scan),
      articleOf: async () =>
        article([
          'Officials said on Monday that Ulises Bastidas Orozco met Claudia Sheinbaum in Culiacán.',
        ]),
    });
    expect(await service.saveTab(3)).toMatchObject({ ok: true });
    expect(proposed[0]).toContain('Ulises Bastidas Orozco');
    expect(proposed[0]).not.toContain('Claudia Sheinbaum');
  });

  it('tells the reader when there is nothing to save or the storage is full', async () => {
    const { store } = memoryStore();
    const matches = createMatchService(scan);
    const none = createLibraryService({ store, matches, articleOf: async () => null });
    expect(await none.saveTab(1)).toMatchObject({ ok: false, code: 'no-article' });
    const empty = createLibraryService({ store, matches, articleOf: async () => article([' ']) });
    expect(await empty.saveTab(1)).toMatchObject({ ok: false, code: 'no-article' });
    const full = createLibraryService({
      store: {
        ...store,
        save: async () => {
          throw new LibraryError('storage-full', 'The browser has no room left for your library.');
        },
      },
      matches,
      articleOf: async () => article(['Sheinbaum']),
    });
    expect(await full.saveTab(1)).toEqual({
      ok: false,
      code: 'storage-full',
      message:
        'The browser has no room left for your library. Nothing was saved; remove some saved articles in the options.',
    });
  });

  it.each([
    [
      'en',
      new LibraryError('invalid-name', 'A name is at most 80 characters.', ['name-too-long', '80']),
      'A name is at most 80 characters.',
    ],
    [
      'es',
      new LibraryError('invalid-name', 'A name is at most 80 characters.', ['name-too-long', '80']),
      'Un nombre tiene como mucho 80 caracteres.',
    ],
    [
      'es',
      new LibraryError('invalid-name', '“M.” is too short to find on a page.', ['too-short', 'M.']),
      '«M.» es demasiado corto',
    ],
    ['es', new LibraryError('storage-full', 'No room.'), 'El navegador no tiene espacio'],
    ['es', new Error('IndexedDB exploded'), 'Frontera no pudo cambiar su biblioteca'],
  ])('in %s, a refused name is told in that language', async (lang, error, words) => {
    setUiLanguage(lang as 'en' | 'es');
    const { store } = memoryStore();
    const service = createLibraryService({
      store: {
        ...store,
        addName: async () => {
          throw error;
        },
      },
      matches: createMatchService(scan),
      articleOf: async () => null,
    });
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await service.addName({ name: 'x', type: 'person', aliases: [], note: null });
    warn.mockRestore();
    setUiLanguage('en');
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.message).toContain(words);
  });

  it('adds a name that pages then show, and refuses one that clashes', async () => {
    const { store } = memoryStore();
    const matches = createMatchService(scan);
    const service = createLibraryService({ store, matches, articleOf: async () => null });
    const text = 'Ovidio Guzmán was sentenced.';
    expect(matches.match([text], []).mentions[0]).toEqual([]);
    expect(
      await service.addName({ name: 'Ovidio Guzmán', type: 'person', aliases: [], note: 'Mine.' }),
    ).toEqual({ ok: true, id: 'mine:ovidio-guzm-n', name: 'Ovidio Guzmán' });
    expect(matches.match([text], []).mentions[0]?.map((m) => m.entityId)).toEqual([
      'mine:ovidio-guzm-n',
    ]);
    expect(store.rescanMentions).toHaveBeenCalled();
    expect(
      await service.addName({ name: 'Sheinbaum', type: 'person', aliases: [], note: null }),
    ).toMatchObject({ ok: false, code: 'alias-clash' });
  });

  it('loads the names already saved before pages are matched', async () => {
    const { store } = memoryStore();
    await store.addName({ name: 'El Mayo', type: 'person', aliases: [], note: null }, []);
    const matches = createMatchService(scan);
    const service = createLibraryService({ store, matches, articleOf: async () => null });
    await service.ready;
    expect(matches.match(['El Mayo Zambada'], []).mentions[0]?.[0]?.entityId).toBe('mine:el-mayo');
  });
});
