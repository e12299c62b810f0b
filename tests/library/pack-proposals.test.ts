/**
 * Proposed names in the pack file (format v2): each article's candidates and the reader's
 * dismissed names go out and come back with the library, a pack handed out does not carry what
 * the reader dismissed, and a version-1 file (written before proposals) still imports.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../lib/library/db';
import { exportPack, PACK_VERSION, packToContents, parsePack } from '../../lib/library/pack';
import { dismissedNames, proposalsOf } from '../../lib/library/proposal-store';
import type { ArticleCandidate } from '../../lib/library/proposals/types';
import { commitImport, exportLibrary, previewImport } from '../../lib/library/transfer';
import type { LibraryContents, SavedArticle } from '../../lib/library/types';

const NOW = '2025-03-02T10:00:00.000Z';
const ID = 'https://example.com/a';

const article: SavedArticle = {
  id: ID,
  url: ID,
  title: 'A',
  site: 'Example',
  byline: null,
  language: 'es',
  publishedAt: null,
  savedAt: NOW,
  updatedAt: NOW,
  extraction: 'readability',
  origin: null,
};

const ovidio: ArticleCandidate = {
  key: 'ovidio guzman lopez',
  name: 'Ovidio Guzmán López',
  forms: ['Ovidio Guzmán López', 'Ovidio Guzmán'],
  type: 'person',
  mentions: 3,
  besideKnown: 2,
};

const contents: LibraryContents = {
  articles: [article],
  passages: [
    {
      id: `${ID}#1`,
      articleId: ID,
      position: 1,
      headingPath: [],
      text: 'Ovidio Guzmán López y Ovidio Guzmán.',
      entityIds: [],
      mentions: [],
    },
  ],
  names: [],
  packs: [],
  proposals: [{ articleId: ID, candidates: [ovidio] }],
  dismissed: [{ key: 'los zetas', name: 'Los Zetas', dismissedAt: NOW }],
};

const meta = { id: 'my-library', title: 'Mi biblioteca', now: NOW };

/** The same library as the first format wrote it: no candidates, no dismissed list. */
function versionOneFile(): string {
  const file = JSON.parse(exportPack(contents, meta));
  file.version = 1;
  delete file.dismissed;
  for (const a of file.articles) delete a.candidates;
  return JSON.stringify(file);
}

describe('the pack format, version 2', () => {
  it('carries the candidates in their article and the dismissed names, and gives them back', () => {
    const file = parsePack(exportPack(contents, meta));
    expect(file.version).toBe(PACK_VERSION);
    expect(PACK_VERSION).toBe(2);
    expect(file.articles[0]?.candidates).toEqual([ovidio]);
    expect(file.dismissed).toEqual(contents.dismissed);
    expect(packToContents(file)).toEqual(contents);
  });

  it("does not hand out the reader's dismissed names in a pack, but keeps the candidates", () => {
    const file = parsePack(exportPack(contents, { ...meta, id: 'newsroom', kind: 'pack' }));
    expect(file.dismissed).toEqual([]);
    const back = packToContents(file, { importedAt: NOW });
    expect(back.proposals).toEqual([{ articleId: ID, candidates: [ovidio] }]);
    expect(back.dismissed).toEqual([]);
  });

  it('refuses a candidate of an unknown type, naming its path', () => {
    const file = JSON.parse(exportPack(contents, meta));
    file.articles[0].candidates[0].type = 'celebrity';
    expect(() => parsePack(JSON.stringify(file))).toThrow(/articles\[0\]\.candidates\[0\]\.type/);
  });
});

describe('a version-1 file', () => {
  it('is upgraded on reading: its articles have no candidates, nothing is dismissed', () => {
    const file = parsePack(versionOneFile());
    // The pack list says what it was written in.
    expect(file.version).toBe(1);
    expect(file.articles[0]?.candidates).toEqual([]);
    expect(file.dismissed).toEqual([]);
    const back = packToContents(file);
    expect(back.articles).toEqual([article]);
    expect(back.passages).toEqual(contents.passages);
  });

  it('still imports into a library, which then exports as version 2', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const preview = await previewImport(db, versionOneFile(), { aliases: [], entities: [] });
    expect(preview.plan.addArticles.map((a) => a.id)).toEqual([ID]);
    await commitImport(db, preview, new Date(NOW));
    expect(await db.articles.get(ID)).toEqual(article);
    expect(await proposalsOf(db, ID)).toEqual({ articleId: ID, candidates: [] });
    expect(await dismissedNames(db)).toEqual([]);
    const out = parsePack((await exportLibrary(db, new Date(NOW))).text);
    expect(out.version).toBe(2);
  });

  it('a version-2 library file restores its proposals and dismissed names', async () => {
    const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const preview = await previewImport(db, exportPack(contents, meta), {
      aliases: [],
      entities: [],
    });
    await commitImport(db, preview, new Date(NOW));
    expect(await proposalsOf(db, ID)).toEqual({ articleId: ID, candidates: [ovidio] });
    expect(await dismissedNames(db)).toEqual(contents.dismissed);
  });
});
