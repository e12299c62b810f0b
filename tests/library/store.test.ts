/**
 * The library in IndexedDB (fake-indexeddb): saving whole or not at all, updating by address,
 * two saves at once, the upgrade from the first schema, records that do not parse, names and
 * their clashes, and export then import giving back the same library.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  deleteArticle,
  eraseLibrary,
  passagesMentioning,
  passagesOf,
  rescanMentions,
  saveArticle,
} from '../../lib/library/articles';
import { canonicalUrl } from '../../lib/library/canonical-url';
import { addContents, removePack, setPackEnabled } from '../../lib/library/contents';
import { openLibrary, SCHEMA_V1 } from '../../lib/library/db';
import { addName, namesInUse, proposeAliases } from '../../lib/library/names';
import { exportPack, packToContents, parsePack } from '../../lib/library/pack';
import { readAll } from '../../lib/library/records';
import { LibraryError, type PassageMention } from '../../lib/library/types';

const fresh = () => openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });

/** Mentions of "Sheinbaum" as the background's matcher would report them. */
const findSheinbaum = (texts: readonly string[]): PassageMention[][] =>
  texts.map((t) => {
    const out: PassageMention[] = [];
    for (let i = t.indexOf('Sheinbaum'); i >= 0; i = t.indexOf('Sheinbaum', i + 1)) {
      out.push({ entityId: 'claudia-sheinbaum', start: i, end: i + 9 });
    }
    return out;
  });

const long = (words: string) => `${words} `.repeat(20).trim();
const input = (url: string, texts: string[]) => ({
  url,
  title: 'Sheinbaum answers',
  site: 'El Diario',
  byline: 'Ana López',
  language: 'es' as const,
  publishedAt: '2025-03-02',
  texts,
  extraction: 'readability',
});

describe('saving an article', () => {
  it('splits it into passages with their mentions, and updates it when saved again', async () => {
    const db = fresh();
    const first = await saveArticle(
      db,
      input('https://www.example.com/story/?utm_source=x#top', [
        long('Claudia Sheinbaum said the border is calm.'),
        long('Nothing else happened that day.'),
      ]),
      findSheinbaum,
      () => new Date('2025-03-05T10:00:00Z'),
    );
    expect(first.status).toBe('created');
    expect(first.article.id).toBe('https://example.com/story');
    const passages = await passagesOf(db, first.article.id);
    expect(passages.length).toBeGreaterThanOrEqual(2);
    expect(passages[0]?.entityIds).toEqual(['claudia-sheinbaum']);
    const m = passages[0]?.mentions[0];
    expect(m && passages[0]?.text.slice(m.start, m.end)).toBe('Sheinbaum');

    const again = await saveArticle(
      db,
      input('https://example.com/story', [long('A shorter update about Sheinbaum.')]),
      findSheinbaum,
      () => new Date('2025-03-06T10:00:00Z'),
    );
    expect(again.status).toBe('updated');
    expect(again.article.savedAt).toBe('2025-03-05T10:00:00.000Z');
    expect(again.article.updatedAt).toBe('2025-03-06T10:00:00.000Z');
    expect((await passagesOf(db, again.article.id)).map((p) => p.text)).toEqual([
      long('A shorter update about Sheinbaum.'),
    ]);
    const { passages: quoted, articles } = await passagesMentioning(db, 'claudia-sheinbaum');
    expect(quoted).toHaveLength(1);
    expect(articles.map((a) => a.title)).toEqual(['Sheinbaum answers']);
  });

  it('saves both of two articles saved at the same moment', async () => {
    const db = fresh();
    await Promise.all([
      saveArticle(db, input('https://a.example/1', [long('One on Sheinbaum.')]), findSheinbaum),
      saveArticle(db, input('https://b.example/2', [long('Two on Sheinbaum.')]), findSheinbaum),
    ]);
    expect((await db.articles.toArray()).map((a) => a.id).sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect((await passagesMentioning(db, 'claudia-sheinbaum')).passages).toHaveLength(2);
  });

  it('saves nothing when the storage is full, and says so', async () => {
    const db = fresh();
    await saveArticle(
      db,
      input('https://a.example/1', [long('Kept on Sheinbaum.')]),
      findSheinbaum,
    );
    const before = await readAll(db);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.passages, 'bulkPut').mockRejectedValueOnce(full);
    const saving = saveArticle(
      db,
      input('https://a.example/1', [long('Replaced?')]),
      findSheinbaum,
    );
    await expect(saving).rejects.toMatchObject({ code: 'storage-full' });
    await expect(saving).rejects.toBeInstanceOf(LibraryError);
    put.mockRestore();
    expect(await readAll(db)).toEqual(before);
  });

  it('refuses a page that is not an article', async () => {
    const db = fresh();
    await expect(
      saveArticle(db, input('https://a.example', []), findSheinbaum),
    ).rejects.toMatchObject({
      code: 'invalid-article',
    });
    await expect(
      saveArticle(db, input('https://a.example', ['x'.repeat(500_000)]), findSheinbaum),
    ).rejects.toMatchObject({ code: 'invalid-article' });
  });

  it('finds mentions again when the names change, and deletes and erases', async () => {
    const db = fresh();
    const saved = await saveArticle(
      db,
      input('https://a.example/1', [long('On Sheinbaum.')]),
      () => [[]],
    );
    expect((await passagesMentioning(db, 'claudia-sheinbaum')).passages).toHaveLength(0);
    expect(await rescanMentions(db, findSheinbaum, 1)).toBeGreaterThan(0);
    expect((await passagesMentioning(db, 'claudia-sheinbaum')).passages).toHaveLength(1);
    await deleteArticle(db, saved.article.id);
    expect(await db.passages.count()).toBe(0);
    await addName(db, { name: 'El Mayo', type: 'person' }, []);
    await eraseLibrary(db);
    expect((await readAll(db)).contents).toEqual({
      articles: [],
      passages: [],
      names: [],
      packs: [],
      proposals: [],
      dismissed: [],
    });
  });
});

describe('addresses', () => {
  it.each([
    ['https://www.example.com/a/?utm_medium=social&id=3#comments', 'https://example.com/a?id=3'],
    ['https://example.com:443/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/', 'https://example.com/'],
    ['not a url', 'not a url'],
  ])('%s → %s', (from, to) => expect(canonicalUrl(from)).toBe(to));
});

describe("the reader's names", () => {
  const bundled = [
    { text: 'Claudia Sheinbaum', entityId: 'claudia-sheinbaum' },
    { text: 'Sinaloa', entityId: 'sinaloa', context: { near: ['state'] } },
    { text: 'Sinaloa', entityId: 'sinaloa-cartel' },
  ];

  it('proposes the selection and its accent-less form', () => {
    expect(proposeAliases('  Ovidio   Guzmán ')).toEqual(['Ovidio Guzmán', 'Ovidio Guzman']);
    expect(proposeAliases('Los Zetas')).toEqual(['Los Zetas']);
  });

  it('adds a name with its aliases and note', async () => {
    const db = fresh();
    const name = await addName(
      db,
      {
        name: 'Ovidio Guzmán',
        type: 'person',
        aliases: ['Ovidio Guzman', 'El Ratón'],
        note: ' Son of El Chapo. ',
      },
      bundled,
    );
    expect(name).toMatchObject({
      id: 'mine:ovidio-guzman',
      aliases: [{ text: 'El Ratón' }],
      note: 'Son of El Chapo.',
      origin: null,
    });
    expect(await namesInUse(db)).toEqual([name]);
  });

  it('refuses an alias that another name answers to without a context, naming it', async () => {
    const db = fresh();
    const nameOf = (id: string) => (id === 'sinaloa-cartel' ? 'the Sinaloa Cartel' : id);
    await expect(addName(db, { name: 'SINALOA', type: 'place' }, bundled, nameOf)).rejects.toThrow(
      '“SINALOA” already names the Sinaloa Cartel in Frontera',
    );
    await expect(
      addName(db, { name: 'Sheinbáum', type: 'person', aliases: ['claudia sheinbaum'] }, bundled),
    ).rejects.toMatchObject({ code: 'alias-clash' });
    await addName(db, { name: 'El Mayo', type: 'person' }, bundled);
    await expect(addName(db, { name: 'el mayo', type: 'person' }, bundled)).rejects.toMatchObject({
      code: 'alias-clash',
    });
    await expect(addName(db, { name: 'X', type: 'person' }, [])).rejects.toMatchObject({
      code: 'invalid-name',
    });
    await expect(
      addName(db, { name: 'Y name', type: 'spaceship' as 'person' }, []),
    ).rejects.toMatchObject({ code: 'invalid-name' });
  });
});

describe('the schema', () => {
  it('upgrades a library of the first version and keeps every record', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('frontera-library', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('articles').put({
      id: 'https://example.com/a',
      url: 'https://example.com/a',
      title: 'Old',
      site: 'Example',
      byline: null,
      language: 'en',
      publishedAt: null,
      savedAt: '2025-01-01T00:00:00.000Z',
    });
    await v1.table('passages').put({
      id: 'https://example.com/a#1',
      articleId: 'https://example.com/a',
      position: 1,
      headingPath: [],
      text: 'Sheinbaum spoke.',
      entityIds: ['claudia-sheinbaum'],
      mentions: [{ entityId: 'claudia-sheinbaum', start: 0, end: 9 }],
    });
    await v1.table('names').put({
      id: 'mine:el-mayo',
      name: 'El Mayo',
      type: 'person',
      aliases: [{ text: 'Mayo Zambada' }],
      note: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    v1.close();

    const db = openLibrary({ indexedDB: factory, IDBKeyRange });
    const { contents, skipped } = await readAll(db);
    expect(skipped).toEqual([]);
    expect(contents.articles).toEqual([
      expect.objectContaining({
        title: 'Old',
        origin: null,
        extraction: 'readability',
        updatedAt: '2025-01-01T00:00:00.000Z',
      }),
    ]);
    expect(contents.passages).toHaveLength(1);
    expect(contents.names).toEqual([expect.objectContaining({ name: 'El Mayo', origin: null })]);
    // The new index works on the old records.
    expect(await db.names.where('aliasKeys').equals('mayo zambada').count()).toBe(1);
  });

  it('skips a record that does not parse, with a warning, and keeps the rest', async () => {
    const db = fresh();
    await saveArticle(db, input('https://a.example/1', [long('On Sheinbaum.')]), findSheinbaum);
    await db.table('articles').put({ id: 'broken', title: 42 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { contents, skipped } = await readAll(db);
    expect(contents.articles.map((a) => a.id)).toEqual(['https://a.example/1']);
    expect(skipped).toEqual([expect.objectContaining({ table: 'articles', key: 'broken' })]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
  it('a record that does not parse never reaches a card or the matcher', async () => {
    const db = fresh();
    await saveArticle(db, input('https://a.example/1', [long('On Sheinbaum.')]), findSheinbaum);
    await addName(db, { name: 'El Mayo', type: 'person' }, []);
    await db.table('passages').put({
      id: 'bad#1',
      articleId: 'https://a.example/1',
      entityIds: ['claudia-sheinbaum'],
      text: 7,
    });
    await db.table('names').put({ id: 'mine:broken', aliasKeys: [], name: null });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { passages, articles } = await passagesMentioning(db, 'claudia-sheinbaum');
    expect(passages.map((p) => p.id)).toEqual(['https://a.example/1#1']);
    expect(articles.map((a) => a.id)).toEqual(['https://a.example/1']);
    expect((await namesInUse(db)).map((n) => n.name)).toEqual(['El Mayo']);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

describe('packs in the database', () => {
  it('an export imported into a fresh profile gives back the same library', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ minLength: 150, maxLength: 400 }).filter((s) => s.trim().length > 140),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(fc.constantFrom('Ovidio Guzmán', 'Los Zetas', 'El Mayo', 'Marcelo Ebrard'), {
          maxLength: 3,
        }),
        async (texts, names) => {
          const db = fresh();
          await saveArticle(db, input('https://a.example/story', texts), findSheinbaum);
          for (const n of new Set(names))
            await addName(db, { name: n, type: 'person', note: `é ${n}` }, []);
          const { contents } = await readAll(db);
          const file = exportPack(contents, {
            id: 'my-library',
            title: 'Mine',
            now: '2025-01-01T00:00:00.000Z',
          });
          const other = fresh();
          await addContents(other, packToContents(parsePack(file)));
          const back = (await readAll(other)).contents;
          const sort = <T extends { id: string }>(xs: T[]) =>
            [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(sort(back.articles)).toEqual(sort(contents.articles));
          expect(sort(back.passages)).toEqual(sort(contents.passages));
          expect(sort(back.names)).toEqual(sort(contents.names));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a pack switched off keeps its records out of use; removing it removes them', async () => {
    const db = fresh();
    const source = fresh();
    await saveArticle(source, input('https://a.example/1', [long('On Sheinbaum.')]), findSheinbaum);
    await addName(source, { name: 'Los Zetas', type: 'criminal-group' }, []);
    const file = exportPack((await readAll(source)).contents, {
      id: 'newsroom',
      title: 'Newsroom pack',
      kind: 'pack',
      now: '2025-01-01T00:00:00.000Z',
    });
    await addContents(db, packToContents(parsePack(file)));
    expect((await namesInUse(db)).map((n) => n.name)).toEqual(['Los Zetas']);
    await setPackEnabled(db, 'newsroom', false);
    expect(await namesInUse(db)).toEqual([]);
    expect((await passagesMentioning(db, 'claudia-sheinbaum')).passages).toEqual([]);
    await removePack(db, 'newsroom');
    expect((await readAll(db)).contents).toEqual({
      articles: [],
      passages: [],
      names: [],
      packs: [],
      proposals: [],
      dismissed: [],
    });
  });
});
