/**
 * The library's database: the tables and indexes the rest of the library looks things up by,
 * and the upgrade from the first schema version, run on a real version-1 database.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  aliasKeysOf,
  isQuotaError,
  LIBRARY_DB_NAME,
  openLibrary,
  SCHEMA_V1,
} from '../../lib/library/db';
import { readAll } from '../../lib/library/records';

const at = '2025-01-01T00:00:00.000Z';

/** A database as the first release left it: version 1 only, records without the v2 fields. */
async function firstVersionLibrary(factory: IDBFactory): Promise<void> {
  const v1 = new Dexie(LIBRARY_DB_NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('articles').bulkPut([
    {
      id: 'https://example.com/a',
      url: 'https://example.com/a?utm_source=x',
      title: 'Sheinbaum at the border',
      site: 'Example',
      byline: null,
      language: 'en',
      publishedAt: '2024-12-30',
      savedAt: at,
    },
    {
      id: 'https://example.com/b',
      url: 'https://example.com/b',
      title: 'Second',
      site: 'Example',
      byline: 'Ana López',
      language: 'es',
      publishedAt: null,
      savedAt: '2025-01-02T00:00:00.000Z',
      updatedAt: '2025-01-03T00:00:00.000Z',
      extraction: 'article-element',
    },
  ]);
  await v1.table('passages').bulkPut([
    {
      id: 'https://example.com/a#1',
      articleId: 'https://example.com/a',
      position: 1,
      headingPath: [],
      text: 'Sheinbaum spoke.',
      entityIds: ['claudia-sheinbaum'],
      mentions: [{ entityId: 'claudia-sheinbaum', start: 0, end: 9 }],
    },
    {
      id: 'https://example.com/b#1',
      articleId: 'https://example.com/b',
      position: 1,
      headingPath: ['Border'],
      text: 'El Mayo and Sheinbaum.',
      entityIds: ['mine:el-mayo', 'claudia-sheinbaum'],
      mentions: [
        { entityId: 'mine:el-mayo', start: 0, end: 7 },
        { entityId: 'claudia-sheinbaum', start: 12, end: 21 },
      ],
    },
  ]);
  await v1.table('names').bulkPut([
    {
      id: 'mine:el-mayo',
      name: 'El Mayo',
      type: 'person',
      aliases: [{ text: 'Mayo Zambada' }, { text: 'Ismael Zambada García' }],
      note: 'Co-founder of the Sinaloa Cartel.',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: 'mine:los-zetas',
      name: 'Los Zetas',
      type: 'criminal-group',
      note: null,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await v1.table('packs').put({
    id: 'newsroom',
    title: 'Newsroom',
    description: null,
    formatVersion: 1,
    importedAt: at,
    enabled: true,
    articleCount: 0,
    nameCount: 0,
  });
  v1.close();
}

describe('the library database', () => {
  it("is called 'frontera-library' unless told otherwise", () => {
    expect(openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange }).name).toBe('frontera-library');
    expect(openLibrary({ name: 'other', indexedDB: new IDBFactory(), IDBKeyRange }).name).toBe(
      'other',
    );
  });

  it('has the tables and indexes the library looks things up by', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((i) => `${i.multi ? '*' : ''}${i.name}`)
        .sort();
    expect(db.verno).toBe(3);
    expect(db.articles.schema.primKey.name).toBe('id');
    expect(indexes('articles')).toEqual(['origin', 'savedAt', 'updatedAt']);
    expect(indexes('passages')).toEqual(['*entityIds', 'articleId']);
    expect(indexes('names')).toEqual(['*aliasKeys', 'origin']);
    expect(db.packs.schema.primKey.name).toBe('id');
  });

  it('finds a passage by any of the names it mentions', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.passages.put({
      id: 'a#1',
      articleId: 'a',
      position: 1,
      headingPath: [],
      text: 'El Mayo and Sheinbaum.',
      entityIds: ['mine:el-mayo', 'claudia-sheinbaum'],
      mentions: [],
    });
    expect(await db.passages.where('entityIds').equals('claudia-sheinbaum').count()).toBe(1);
    expect(await db.passages.where('entityIds').equals('mine:el-mayo').count()).toBe(1);
    expect(await db.passages.where('entityIds').equals('sinaloa-cartel').count()).toBe(0);
  });
});

describe('the upgrade from the first version', () => {
  it('keeps every record and fills in what version 2 added', async () => {
    const factory = new IDBFactory();
    await firstVersionLibrary(factory);

    const db = openLibrary({ indexedDB: factory, IDBKeyRange });
    const { contents, skipped } = await readAll(db);

    expect(skipped).toEqual([]);
    expect(contents.articles.map((a) => a.id).sort()).toEqual([
      'https://example.com/a',
      'https://example.com/b',
    ]);
    expect(await db.articles.get('https://example.com/a')).toEqual({
      id: 'https://example.com/a',
      url: 'https://example.com/a?utm_source=x',
      title: 'Sheinbaum at the border',
      site: 'Example',
      byline: null,
      language: 'en',
      publishedAt: '2024-12-30',
      savedAt: at,
      updatedAt: at,
      extraction: 'readability',
      origin: null,
    });
    // What a record already had is not overwritten by a default.
    expect(await db.articles.get('https://example.com/b')).toMatchObject({
      updatedAt: '2025-01-03T00:00:00.000Z',
      extraction: 'article-element',
      origin: null,
    });
    expect(contents.passages).toHaveLength(2);
    expect(contents.names.map((n) => n.id).sort()).toEqual(['mine:el-mayo', 'mine:los-zetas']);
    expect(contents.names.find((n) => n.id === 'mine:el-mayo')).toMatchObject({
      note: 'Co-founder of the Sinaloa Cartel.',
      origin: null,
    });
    expect(contents.names.find((n) => n.id === 'mine:los-zetas')?.aliases).toEqual([]);
    expect(contents.packs.map((p) => p.id)).toEqual(['newsroom']);
  });

  it('indexes the old names by their folded aliases', async () => {
    const factory = new IDBFactory();
    await firstVersionLibrary(factory);
    const db = openLibrary({ indexedDB: factory, IDBKeyRange });
    const byAlias = (key: string) =>
      db.names
        .where('aliasKeys')
        .equals(key)
        .primaryKeys()
        .then((keys) => keys.map(String));
    expect(await byAlias('el mayo')).toEqual(['mine:el-mayo']);
    expect(await byAlias('ismael zambada garcia')).toEqual(['mine:el-mayo']);
    expect(await byAlias('los zetas')).toEqual(['mine:los-zetas']);
    expect(await db.articles.where('origin').equals('newsroom').count()).toBe(0);
  });

  it('the old passages are still found by the names they mention', async () => {
    const factory = new IDBFactory();
    await firstVersionLibrary(factory);
    const db = openLibrary({ indexedDB: factory, IDBKeyRange });
    expect(await db.passages.where('entityIds').equals('claudia-sheinbaum').count()).toBe(2);
  });
});

describe('folded alias keys', () => {
  it('are the name and its aliases, folded, each once', () => {
    expect(
      aliasKeysOf({
        name: 'Ovidio Guzmán',
        aliases: [{ text: 'Ovidio Guzman' }, { text: 'EL RATÓN' }, { text: '  ' }],
      }),
    ).toEqual(['ovidio guzman', 'el raton']);
  });
});

describe('storage running out', () => {
  it('is recognised however deep Dexie wraps it', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(full)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', full))).toBe(true);
    expect(isQuotaError(new Error('something else'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
