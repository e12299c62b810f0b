/**
 * The library's IndexedDB database, in the extension's own origin (the background, popup,
 * options and reader all open the same one), through Dexie: a declared schema per version and
 * an upgrade from each version to the next, instead of hand-written IndexedDB code.
 *
 * Version 1 is the first format: articles, passages (indexed by article and by the names they
 * mention), names, packs. Version 2 records where each record came from (`origin`: the reader,
 * or a pack) and indexes the reader's names by their folded aliases, so a clash is one lookup.
 * Version 3 adds the proposed names (lib/library/proposals): the candidates found in each saved
 * article, keyed by the article's id (so they go with it), and the names the reader dismissed.
 */
import { Dexie, type EntityTable } from 'dexie';
import { fold } from '../text';
import {
  type ArticleProposals,
  type DismissedName,
  LibraryError,
  type LibraryPassage,
  type PackRecord,
  type ReaderName,
  type SavedArticle,
} from './types';

/** A stored name also keeps its folded aliases, for the clash lookup. */
export type StoredName = ReaderName & { aliasKeys: string[] };

/** Small facts about the library (the search index's build, the last rescan). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<SavedArticle, 'id'>;
  passages: EntityTable<LibraryPassage, 'id'>;
  names: EntityTable<StoredName, 'id'>;
  packs: EntityTable<PackRecord, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  proposals: EntityTable<ArticleProposals, 'articleId'>;
  dismissed: EntityTable<DismissedName, 'key'>;
};

export const LIBRARY_DB_NAME = 'frontera-library';

/** Version 1, as the first release wrote it (kept so the upgrade can be tested from it). */
export const SCHEMA_V1 = {
  articles: 'id, savedAt',
  passages: 'id, articleId, *entityIds',
  names: 'id',
  packs: 'id',
};

export const SCHEMA_V2 = {
  articles: 'id, savedAt, updatedAt, origin',
  passages: 'id, articleId, *entityIds',
  names: 'id, origin, *aliasKeys',
  packs: 'id',
  meta: 'key',
};

/** Version 3: the v2 tables, and the proposed names found per article and those dismissed. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  proposals: 'articleId',
  dismissed: 'key',
};

export function aliasKeysOf(name: Pick<ReaderName, 'name' | 'aliases'>): string[] {
  const keys = [name.name, ...name.aliases.map((a) => a.text)].map((t) => fold(t).trim());
  return [...new Set(keys.filter((k) => k !== ''))];
}

export interface OpenOptions {
  name?: string;
  /** For tests: fake-indexeddb's factory and key range. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function openLibrary(options: OpenOptions = {}): LibraryDb {
  const db = new Dexie(options.name ?? LIBRARY_DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as LibraryDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((a: Partial<SavedArticle>) => {
          a.origin ??= null;
          a.extraction ??= 'readability';
          a.updatedAt ??= a.savedAt;
        });
      await tx
        .table('names')
        .toCollection()
        .modify((n: Partial<StoredName>) => {
          n.origin ??= null;
          n.aliases ??= [];
          n.aliasKeys = aliasKeysOf({ name: n.name ?? '', aliases: n.aliases });
        });
    });
  // New tables only: articles saved before v3 have no candidates until saved again.
  db.version(3).stores(SCHEMA_V3);
  return db;
}

/** Dexie wraps the browser's errors; storage running out is the one the reader must hear about. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/**
 * Runs a write, turning "storage full" into the LibraryError the reader is shown (`nothing`
 * says what was left as it was). Every other error passes through.
 */
export async function orStorageFull<T>(write: () => Promise<T>, nothing: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isQuotaError(err)) {
      throw new LibraryError('storage-full', `The browser has no room left for ${nothing}.`);
    }
    throw err;
  }
}
