/**
 * The library's search index in the background, where it outlives a popup: loaded from its
 * saved copy (or rebuilt from the records) on the first search, kept in step with saves, and
 * saved again a little after the last change. The popup asks it per keystroke
 * ('library:search'), so a popup never rebuilds an index over thousands of articles.
 */
import { passagesOf } from '../library/articles';
import type { LibraryDb } from '../library/db';
import {
  createLibraryIndex,
  type LibraryIndex,
  loadLibraryIndex,
  matchedRanges,
} from '../library/library-index';
import { readAll } from '../library/records';
import type { LibraryPassage, ReaderName, SavedArticle } from '../library/types';
import type { LibrarySearchReply } from '../messages';
import type { LibraryChange } from './library-service';

const SAVED_INDEX_KEY = 'search-index';
/** Bumped when the index's fields or tokenising change: an older saved copy is rebuilt. */
const INDEX_FORMAT = 1;
/**
 * Saving the index serialises all of it (tens of MB for thousands of articles, over a second of
 * the background's time), so it waits for a quiet spell after the last change, not each save.
 */
const SAVE_AFTER_MS = 30_000;
/** Passages kept in memory for the next keystrokes. */
const PASSAGE_CACHE = 500;
/** Articles added to a rebuilt index between two yields to the background's other work. */
const REBUILD_CHUNK = 100;

/** Lets the background answer cards and pages between two chunks of a long job. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LibrarySearch {
  search(query: string, limit?: number): Promise<LibrarySearchReply>;
  /** An article was saved (or saved again): its passages replace the old ones. */
  articleSaved(articleId: string): Promise<void>;
  /** A name of the reader's was added: indexed at once, nothing rebuilt. */
  nameAdded(name: ReaderName): Promise<void>;
  /**
   * Anything else changed (import, removal, packs): rebuilt now, in chunks that yield; the next
   * search waits for it.
   */
  changed(): void;
  /** Loads or builds the index now (the benchmark's start-up figure). */
  ready(): Promise<void>;
}

export function createLibrarySearch(
  db: LibraryDb,
  { saveAfterMs = SAVE_AFTER_MS }: { saveAfterMs?: number } = {},
): LibrarySearch {
  let index: Promise<LibraryIndex> | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  const rebuild = async (): Promise<LibraryIndex> => {
    const { contents } = await readAll(db);
    const off = new Set(contents.packs.filter((p) => !p.enabled).map((p) => p.id));
    const used = contents.articles.filter((a) => a.origin === null || !off.has(a.origin));
    const byArticle = new Map<string, typeof contents.passages>();
    for (const p of contents.passages) {
      const list = byArticle.get(p.articleId) ?? [];
      list.push(p);
      byArticle.set(p.articleId, list);
    }
    const fresh = createLibraryIndex();
    for (const [i, a] of used.entries()) {
      if (i > 0 && i % REBUILD_CHUNK === 0) await yieldToEvents();
      fresh.addArticle(a, byArticle.get(a.id) ?? []);
    }
    for (const n of contents.names) if (n.origin === null || !off.has(n.origin)) fresh.addName(n);
    return fresh;
  };

  const load = async (): Promise<LibraryIndex> => {
    try {
      const saved = await db.meta.get(SAVED_INDEX_KEY);
      const value = saved?.value as { format?: number; json?: string } | undefined;
      if (value?.format === INDEX_FORMAT && typeof value.json === 'string') {
        return loadLibraryIndex(value.json);
      }
    } catch (err) {
      console.warn('Frontera: rebuilding the library search index', err);
    }
    const built = await rebuild();
    scheduleSave(built);
    return built;
  };

  const scheduleSave = (current: LibraryIndex) => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void db.meta
        .put({ key: SAVED_INDEX_KEY, value: { format: INDEX_FORMAT, json: current.toJSON() } })
        .catch(() => {
          // Not saved: it is rebuilt from the records next time.
        });
    }, saveAfterMs);
  };

  // Articles as last read, by id: each keystroke would otherwise read the same few again.
  let articleCache = new Map<string, SavedArticle>();
  const articlesOf = async (ids: readonly string[]): Promise<Map<string, SavedArticle>> => {
    const missing = [...new Set(ids)].filter((id) => !articleCache.has(id));
    if (missing.length > 0) {
      for (const a of await db.articles.bulkGet(missing)) if (a) articleCache.set(a.id, a);
    }
    return articleCache;
  };

  // Passages shown lately, by id: the next keystroke mostly shows the same ones again. Bounded;
  // the oldest go first.
  let passageCache = new Map<string, LibraryPassage>();
  const shownPassages = async (ids: readonly string[]): Promise<(LibraryPassage | undefined)[]> => {
    const missing = ids.filter((id) => !passageCache.has(id));
    if (missing.length > 0) {
      for (const p of await db.passages.bulkGet(missing)) if (p) passageCache.set(p.id, p);
      for (const id of passageCache.keys()) {
        if (passageCache.size <= PASSAGE_CACHE) break;
        passageCache.delete(id);
      }
    }
    return ids.map((id) => passageCache.get(id));
  };

  /** Starts `job` as the index searches wait for; a failed one is tried again next time. */
  const settle = (job: Promise<LibraryIndex>) => {
    const pending: Promise<LibraryIndex> = job.catch((err: unknown) => {
      if (index === pending) index = null;
      throw err;
    });
    index = pending;
    return pending;
  };
  const current = () => index ?? settle(load());

  return {
    ready: async () => {
      await current();
    },
    async search(query, limit = 20) {
      const idx = await current();
      const hits = idx.search(query, { limit });
      const passageIds = hits.filter((h) => h.kind === 'passage').map((h) => h.id);
      const nameIds = hits.filter((h) => h.kind === 'name').map((h) => h.id);
      const [passages, names] = await Promise.all([
        shownPassages(passageIds),
        nameIds.length > 0 ? db.names.bulkGet(nameIds) : Promise.resolve([]),
      ]);
      const articles = await articlesOf(passages.flatMap((p) => (p ? [p.articleId] : [])));
      const terms = new Map(hits.map((h) => [h.id, h.terms]));
      return {
        passages: passages.flatMap((p) => {
          const article = p && articles.get(p.articleId);
          if (!p || !article) return [];
          return [
            {
              id: p.id,
              articleId: article.id,
              text: p.text,
              ranges: matchedRanges(p.text, terms.get(p.id) ?? []),
              title: article.title,
              site: article.site,
              date: article.publishedAt,
              savedAt: article.savedAt,
            },
          ];
        }),
        names: names.flatMap((n) =>
          n ? [{ id: n.id, name: n.name, type: n.type, note: n.note }] : [],
        ),
      };
    },
    async articleSaved(articleId) {
      articleCache.delete(articleId);
      for (const id of passageCache.keys()) {
        if (id.startsWith(`${articleId}#`)) passageCache.delete(id);
      }
      if (!index) return;
      const idx = await current();
      const article = await db.articles.get(articleId);
      if (!article) idx.removeArticle(articleId);
      else idx.addArticle(article, await passagesOf(db, articleId));
      scheduleSave(idx);
    },
    async nameAdded(name) {
      if (!index) return;
      const idx = await current();
      idx.addName(name);
      scheduleSave(idx);
    },
    changed() {
      articleCache = new Map();
      passageCache = new Map();
      void db.meta.delete(SAVED_INDEX_KEY).catch(() => {});
      const job: Promise<LibraryIndex> = settle(
        rebuild().then((built) => {
          // Two changes in a row start two rebuilds: only the latest is saved.
          if (index === job) scheduleSave(built);
          return built;
        }),
      );
      job.catch((err: unknown) => console.warn('Frontera: library search index', err));
    },
  };
}

/** The library service's onChange: the index follows each change, rebuilt only when it must. */
export function keepInStep(search: LibrarySearch): (change: LibraryChange) => void {
  return (change) => {
    const done =
      change.kind === 'article'
        ? search.articleSaved(change.id)
        : change.kind === 'name'
          ? search.nameAdded(change.name)
          : null;
    if (done) void done.catch(() => search.changed());
    else search.changed();
  };
}
