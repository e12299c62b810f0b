/**
 * Writing a whole library at once (a pack's import): one transaction, so an import happens
 * entirely or, on any failure (a full disk included), not at all.
 */
import { aliasKeysOf, type LibraryDb, orStorageFull } from './db';
import type { LibraryContents } from './types';

export async function addContents(db: LibraryDb, contents: LibraryContents): Promise<void> {
  await orStorageFull(
    () =>
      db.transaction('rw', contentTables(db), async () => {
        for (const article of contents.articles) {
          await db.passages.where('articleId').equals(article.id).delete();
        }
        // An article the file brings replaces the stored one whole, its candidates included.
        await db.proposals.bulkDelete(contents.articles.map((a) => a.id));
        await db.proposals.bulkPut(contents.proposals ?? []);
        await db.dismissed.bulkPut(contents.dismissed ?? []);
        await db.articles.bulkPut(contents.articles);
        await db.passages.bulkPut(contents.passages);
        await db.names.bulkPut(contents.names.map((n) => ({ ...n, aliasKeys: aliasKeysOf(n) })));
        await db.packs.bulkPut(contents.packs);
      }),
    'this pack; your library is as it was',
  );
}

/** Every table an import or a pack's removal writes. */
export const contentTables = (db: LibraryDb) => [
  db.articles,
  db.passages,
  db.names,
  db.packs,
  db.proposals,
  db.dismissed,
];

/** Removes a pack with everything it brought, in one transaction. */
export async function removePack(db: LibraryDb, packId: string): Promise<void> {
  await db.transaction('rw', contentTables(db), async () => {
    const articles = await db.articles.where('origin').equals(packId).primaryKeys();
    if (articles.length > 0) await db.passages.where('articleId').anyOf(articles).delete();
    await db.proposals.bulkDelete(articles);
    await db.articles.bulkDelete(articles);
    await db.names.where('origin').equals(packId).delete();
    await db.packs.delete(packId);
  });
}

/**
 * Sets a pack's counts to what the library holds of it now (after the reader removed one of its
 * articles or names). Run it inside the caller's transaction over articles, names and packs.
 */
export async function recountPack(db: LibraryDb, packId: string): Promise<void> {
  const [articleCount, nameCount] = await Promise.all([
    db.articles.where('origin').equals(packId).count(),
    db.names.where('origin').equals(packId).count(),
  ]);
  await db.packs.update(packId, { articleCount, nameCount });
}

export async function setPackEnabled(
  db: LibraryDb,
  packId: string,
  enabled: boolean,
): Promise<void> {
  await db.packs.update(packId, { enabled });
}

export interface LibraryStats {
  articles: number;
  passages: number;
  names: number;
  packs: number;
}

export async function libraryStats(db: LibraryDb): Promise<LibraryStats> {
  const [articles, passages, names, packs] = await Promise.all([
    db.articles.count(),
    db.passages.count(),
    db.names.count(),
    db.packs.count(),
  ]);
  return { articles, passages, names, packs };
}
