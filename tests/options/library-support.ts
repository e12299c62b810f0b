/**
 * A small library for the import/export tests: a database in fake-indexeddb, an article saved as
 * the background saves one, a name of the reader's, and pack files built from such libraries.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { saveArticle } from '../../lib/library/articles';
import { type LibraryDb, openLibrary } from '../../lib/library/db';
import { addName } from '../../lib/library/names';
import { exportPack, type PackKind } from '../../lib/library/pack';
import { readAll } from '../../lib/library/records';
import type { BundledNames } from '../../lib/library/transfer';
import type { PassageMention } from '../../lib/library/types';

export const NOW = new Date('2025-03-05T10:00:00Z');

/** A library of its own: a fresh fake-indexeddb per call, as a fresh browser profile has. */
export const freshLibrary = (): LibraryDb =>
  openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });

/** Mentions of "Sheinbaum", as the background's matcher reports them. */
export const findSheinbaum = (texts: readonly string[]): PassageMention[][] =>
  texts.map((t) => {
    const out: PassageMention[] = [];
    for (let i = t.indexOf('Sheinbaum'); i >= 0; i = t.indexOf('Sheinbaum', i + 1)) {
      out.push({ entityId: 'claudia-sheinbaum', start: i, end: i + 9 });
    }
    return out;
  });

const long = (words: string) => `${words} `.repeat(12).trim();

/** Saves an article of two passages at `url`, titled `title`. */
export async function saveStory(db: LibraryDb, url: string, title: string): Promise<void> {
  await saveArticle(
    db,
    {
      url,
      title,
      site: 'The Border Ledger',
      byline: 'Ana López',
      language: 'en',
      publishedAt: '2025-03-02',
      texts: [long('Claudia Sheinbaum spoke about officer vetting.'), long('The border was calm.')],
      extraction: 'readability',
    },
    findSheinbaum,
    () => NOW,
  );
}

/** One saved article and one name of the reader's own. */
export async function sampleLibrary(db: LibraryDb = freshLibrary()): Promise<LibraryDb> {
  await saveStory(db, 'https://ledger.example/vetting', 'Officer vetting, explained');
  await addName(
    db,
    {
      name: 'Los Chapitos',
      type: 'criminal-group',
      aliases: ['Chapitos'],
      note: 'Sons of El Chapo',
    },
    [],
    undefined,
    () => NOW,
  );
  return db;
}

/** The library `db` holds, written as a pack file of `kind` (a shared 'pack' by default). */
export async function packOf(
  db: LibraryDb,
  kind: PackKind = 'pack',
  id = 'newsroom',
): Promise<string> {
  return exportPack((await readAll(db)).contents, {
    id,
    title: 'Newsroom pack',
    description: 'Curated by the desk',
    kind,
    now: NOW.toISOString(),
  });
}

/** The bundled names imports are checked against: "Sinaloa Cartel" answers to "CDS". */
export const BUNDLED: BundledNames = {
  aliases: [
    { text: 'Sinaloa Cartel', entityId: 'sinaloa-cartel' },
    { text: 'CDS', entityId: 'sinaloa-cartel' },
    { text: 'Claudia Sheinbaum', entityId: 'claudia-sheinbaum' },
  ],
  entities: [
    { id: 'sinaloa-cartel', name: 'Sinaloa Cartel' },
    { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum' },
  ],
};
