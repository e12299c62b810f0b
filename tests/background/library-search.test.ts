/** The background's library search over IndexedDB (fake-indexeddb): built, kept in step, saved. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createLibrarySearch } from '../../lib/background/library-search';
import { deleteArticle, saveArticle } from '../../lib/library/articles';
import { setPackEnabled } from '../../lib/library/contents';
import { openLibrary } from '../../lib/library/db';
import { addName } from '../../lib/library/names';

const long = (s: string) => `${s} `.repeat(12).trim();
const save = (db: ReturnType<typeof openLibrary>, url: string, text: string) =>
  saveArticle(
    db,
    {
      url,
      title: 'A story',
      site: 'El Diario',
      byline: null,
      language: 'es',
      publishedAt: '2025-03-02',
      texts: [long(text)],
      extraction: 'readability',
    },
    (texts) => texts.map(() => []),
  );

describe('the library search service', () => {
  it('answers with the passage, its article and where the words matched', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await save(db, 'https://a.example/1', 'La extradición de García Luna.');
    const search = createLibrarySearch(db);
    const reply = await search.search('garcia lun');
    expect(reply.passages).toHaveLength(1);
    const [hit] = reply.passages;
    expect(hit).toMatchObject({ title: 'A story', site: 'El Diario', date: '2025-03-02' });
    expect(hit?.ranges.slice(0, 2).map(([s, e]) => hit.text.slice(s, e))).toEqual([
      'García',
      'Luna',
    ]);
  });

  it('follows saves and deletions, and packs switched off', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const search = createLibrarySearch(db);
    await search.ready();
    const saved = await save(db, 'https://b.example/2', 'Aranceles al acero mexicano.');
    await search.articleSaved(saved.article.id);
    expect((await search.search('aranceles')).passages).toHaveLength(1);
    await deleteArticle(db, saved.article.id);
    await search.articleSaved(saved.article.id);
    expect((await search.search('aranceles')).passages).toHaveLength(0);

    await save(db, 'https://c.example/3', 'Huachicol en Puebla.');
    await db.articles.update('https://c.example/3', { origin: 'pack-x' });
    await db.packs.put({
      id: 'pack-x',
      title: 'X',
      description: null,
      formatVersion: 1,
      importedAt: '2025-01-01',
      enabled: true,
      articleCount: 1,
      nameCount: 0,
    });
    search.changed();
    expect((await search.search('huachicol')).passages).toHaveLength(1);
    await setPackEnabled(db, 'pack-x', false);
    search.changed();
    expect((await search.search('huachicol')).passages).toHaveLength(0);
  });

  it('saves its index and starts from the saved copy next time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
      await save(db, 'https://a.example/1', 'Sheinbaum habló.');
      await createLibrarySearch(db).ready();
      await vi.runAllTimersAsync();
      await vi.waitFor(async () => expect(await db.meta.get('search-index')).toBeDefined());
      // Start-up reads the saved index, not every record.
      const readRecords = vi.spyOn(db.table('passages'), 'toArray');
      const next = createLibrarySearch(db);
      await next.ready();
      expect(readRecords).not.toHaveBeenCalled();
      expect((await next.search('sheinbaum')).passages).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds a name the reader adds at once, without rebuilding from the records', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    await save(db, 'https://a.example/1', 'Sheinbaum habló.');
    const search = createLibrarySearch(db);
    await search.ready();
    const readRecords = vi.spyOn(db.table('passages'), 'toArray');
    const name = await addName(
      db,
      { name: 'Talvoren Quiscamba', type: 'person', note: 'A broker.' },
      [],
    );
    await search.nameAdded(name);
    expect((await search.search('quiscamba')).names).toEqual([
      { id: name.id, name: 'Talvoren Quiscamba', type: 'person', note: 'A broker.' },
    ]);
    expect(readRecords).not.toHaveBeenCalled();
  });

  it('shows a passage as saved last, after the article is saved again', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const search = createLibrarySearch(db);
    await search.ready();
    const first = await save(db, 'https://d.example/4', 'Huachicol en Hidalgo, primera versión.');
    await search.articleSaved(first.article.id);
    expect((await search.search('huachicol')).passages[0]?.text).toContain('primera versión');
    await save(db, 'https://d.example/4', 'Huachicol en Hidalgo, versión corregida.');
    await search.articleSaved(first.article.id);
    const [hit] = (await search.search('huachicol')).passages;
    expect(hit?.text).toContain('versión corregida');
    expect(hit?.text).not.toContain('primera');
  });
});
