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
import type { LibrarySearchReply } from '../messages';

const SAVED_INDEX_KEY = 'search-index';
/** Bumped when the index's fields or tokenising change: an older saved copy is rebuilt. */
const INDEX_FORMAT = 1;
const SAVE_AFTER_MS = 3000;

export interface LibrarySearch {
  search(query: string, limit?: number): Promise<LibrarySearchReply>;
  /** An article was saved (or saved again): its passages replace the old ones. */
  articleSaved(articleId: string): Promise<void>;
  /** Anything else changed (import, removal, names, packs): rebuilt on the next search. */
  changed(): void;
  /** Loads or builds the index now (the benchmark's start-up figure). */
  ready(): Promise<void>;
}

export function createLibrarySearch(db: LibraryDb): LibrarySearch {
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
    for (const a of used) fresh.addArticle(a, byArticle.get(a.id) ?? []);
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
    }, SAVE_AFTER_MS);
  };

  const current = () => {
    index ??= load().catch((err: unknown) => {
      index = null;
      throw err;
    });
    return index;
  };

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
        db.passages.bulkGet(passageIds),
        nameIds.length > 0 ? db.names.bulkGet(nameIds) : Promise.resolve([]),
      ]);
      const articleIds = [...new Set(passages.flatMap((p) => (p ? [p.articleId] : [])))];
      const articles = new Map(
        (await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])),
      );
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
      if (!index) return;
      const idx = await current();
      const article = await db.articles.get(articleId);
      if (!article) idx.removeArticle(articleId);
      else idx.addArticle(article, await passagesOf(db, articleId));
      scheduleSave(idx);
    },
    changed() {
      index = null;
      void db.meta.delete(SAVED_INDEX_KEY).catch(() => {});
    },
  };
}
