/**
 * A small library of the reader's, in fake-indexeddb, beside the UI fixture corpus
 * (tests/fixtures/ui/corpus.json): three saved articles that mention Claudia Sheinbaum (one
 * dated before the corpus's news-one, one after, one whose page states no date) and a name of
 * the reader's own with a note.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { aliasKeysOf, type LibraryDb, openLibrary } from '../../../lib/library/db';
import type { LibraryPassage, ReaderName, SavedArticle } from '../../../lib/library/types';

const article = (a: Partial<SavedArticle> & Pick<SavedArticle, 'id' | 'title'>): SavedArticle => ({
  url: a.id,
  site: 'The Border Ledger',
  byline: null,
  language: 'en',
  publishedAt: null,
  savedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  extraction: 'article-element',
  origin: null,
  ...a,
});

const passage = (
  articleId: string,
  position: number,
  text: string,
  mentions: { entityId: string; text: string }[] = [],
): LibraryPassage => {
  const found = mentions.map(({ entityId, text: name }) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} is not in ${text}`);
    return { entityId, start, end: start + name.length };
  });
  return {
    id: `${articleId}#${position}`,
    articleId,
    position,
    headingPath: [],
    text,
    entityIds: [...new Set(found.map((m) => m.entityId))],
    mentions: found,
  };
};

export const PLAN = 'https://border.example/plan';
export const EARLY = 'https://border.example/early';
export const UNDATED = 'https://news.example/undated';
export const BARREDORA = 'mine:la-barredora';

export const ARTICLES: SavedArticle[] = [
  article({
    id: PLAN,
    url: `${PLAN}?utm_source=feed`,
    title: 'Harfuch’s plan, explained',
    byline: 'Lucía Ortega',
    publishedAt: '2025-03-02T09:00:00Z',
  }),
  article({ id: EARLY, title: 'Before the election', publishedAt: '2024-06-01' }),
  article({
    id: UNDATED,
    title: 'Tabasco notes',
    site: 'Noticias del Sur',
    language: 'es',
    savedAt: '2026-11-01T08:00:00.000Z',
  }),
];

export const PASSAGES: LibraryPassage[] = [
  passage(PLAN, 1, 'Claudia Sheinbaum backed the plan; the Sinaloa Cartel would be first.', [
    { entityId: 'claudia-sheinbaum', text: 'Claudia Sheinbaum' },
    { entityId: 'sinaloa-cartel', text: 'Sinaloa Cartel' },
  ]),
  passage(PLAN, 2, 'Critics asked how officers would be vetted.'),
  passage(PLAN, 3, 'Sheinbaum said <b>the units</b> would report monthly.', [
    { entityId: 'claudia-sheinbaum', text: 'Sheinbaum' },
  ]),
  passage(EARLY, 1, 'Sheinbaum led every poll.', [
    { entityId: 'claudia-sheinbaum', text: 'Sheinbaum' },
  ]),
  passage(UNDATED, 1, 'La Barredora desafió a Sheinbaum en Tabasco.', [
    { entityId: BARREDORA, text: 'La Barredora' },
    { entityId: 'claudia-sheinbaum', text: 'Sheinbaum' },
  ]),
];

export const NAMES: ReaderName[] = [
  {
    id: BARREDORA,
    name: 'La Barredora',
    type: 'criminal-group',
    aliases: [{ text: 'Barredora' }],
    note: 'A group I keep meeting in Tabasco stories.',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    origin: null,
  },
];

let count = 0;

/** A fresh database holding the fixture library (or `names` instead of NAMES). */
export async function fixtureLibrary(names: ReaderName[] = NAMES): Promise<LibraryDb> {
  const db = openLibrary({
    name: `reader-test-${++count}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  await db.articles.bulkPut(ARTICLES);
  await db.passages.bulkPut(PASSAGES);
  await db.names.bulkPut(names.map((n) => ({ ...n, aliasKeys: aliasKeysOf(n) })));
  return db;
}
