/**
 * Saving articles: split into passages with the corpus's splitter, mentions found by the
 * matcher the caller passes (the background's, with the topic rule), written in one
 * transaction: an article is saved whole or not at all.
 */
import { splitTextBlocks } from '../corpus/passages';
import { canonicalUrl } from './canonical-url';
import { recountPack } from './contents';
import { type LibraryDb, orStorageFull } from './db';
import { libraryPassageId } from './pack';
import type { ArticleCandidate } from './proposals/types';
import { keepValid, packsSwitchedOff } from './records';
import { LibraryError, type LibraryPassage, type PassageMention, type SavedArticle } from './types';

export interface ArticleInput {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  language: 'en' | 'es' | null;
  publishedAt: string | null;
  /** The article's text blocks in reading order. */
  texts: readonly string[];
  extraction: string;
}

export type FindMentions = (texts: readonly string[]) => PassageMention[][];

/**
 * The names an article's passages name that Frontera does not know (lib/library/proposals), for
 * the suggestions; given the article's language and its passages with their known mentions.
 */
export type FindCandidates = (
  language: ArticleInput['language'],
  passages: readonly LibraryPassage[],
) => ArticleCandidate[];

export interface SaveResult {
  status: 'created' | 'updated';
  article: SavedArticle;
  passages: number;
}

/** Longest article kept (characters): a page that is not an article must not fill the disk. */
export const MAX_ARTICLE_CHARS = 400_000;

export function passagesFor(
  articleId: string,
  texts: readonly string[],
  findMentions: FindMentions,
): LibraryPassage[] {
  const split = splitTextBlocks(
    articleId,
    texts.map((text) => ({ text })),
  );
  const mentions = findMentions(split.map((p) => p.text));
  return split.map((p, i) => {
    const found = mentions[i] ?? [];
    return {
      id: libraryPassageId(articleId, p.position),
      articleId,
      position: p.position,
      headingPath: p.headingPath,
      text: p.text,
      entityIds: [...new Set(found.map((m) => m.entityId))],
      mentions: found,
    };
  });
}

function checked(input: ArticleInput): void {
  const chars = input.texts.reduce((n, t) => n + t.length, 0);
  if (chars === 0) throw new LibraryError('invalid-article', 'The article has no text to save.');
  if (chars > MAX_ARTICLE_CHARS) {
    throw new LibraryError(
      'invalid-article',
      `The page holds ${chars.toLocaleString('en')} characters, more than an article (${MAX_ARTICLE_CHARS.toLocaleString('en')}); it was not saved.`,
    );
  }
}

export async function saveArticle(
  db: LibraryDb,
  input: ArticleInput,
  findMentions: FindMentions,
  now: () => Date = () => new Date(),
  findCandidates?: FindCandidates,
): Promise<SaveResult> {
  checked(input);
  const id = canonicalUrl(input.url);
  const passages = passagesFor(id, input.texts, findMentions);
  const candidates = findCandidates?.(input.language, passages) ?? [];
  const at = now().toISOString();
  return orStorageFull(
    () =>
      db.transaction('rw', db.articles, db.passages, db.proposals, async () => {
        const before = await db.articles.get(id);
        const article: SavedArticle = {
          id,
          url: input.url,
          title: input.title.trim() || id,
          site: input.site.trim() || new URL(id).hostname,
          byline: input.byline,
          language: input.language,
          publishedAt: input.publishedAt,
          savedAt: before?.savedAt ?? at,
          updatedAt: at,
          extraction: input.extraction,
          // Saved by the reader, it is the reader's now, even if a pack brought it first: its
          // passages are the reader's save, and removing that pack must not delete them.
          origin: null,
        };
        await db.passages.where('articleId').equals(id).delete();
        await db.articles.put(article);
        await db.passages.bulkPut(passages);
        // Saved again, the article's candidates are found again (names added since drop out).
        await db.proposals.put({ articleId: id, candidates });
        return { status: before ? 'updated' : 'created', article, passages: passages.length };
      }),
    'your library; nothing was saved',
  );
}

/** Removes a saved article; a pack's article also leaves that pack's count, in the same step. */
export async function deleteArticle(db: LibraryDb, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.articles, db.passages, db.names, db.packs, db.proposals],
    async () => {
      const origin = (await db.articles.get(id))?.origin;
      await db.passages.where('articleId').equals(id).delete();
      await db.proposals.delete(id);
      await db.articles.delete(id);
      if (typeof origin === 'string') await recountPack(db, origin);
    },
  );
}

/**
 * Passages that mention the entity, in the articles that are in use (not a pack switched off), at
 * most `limit`: read as one range of the index (in address order), which Chromium's IndexedDB
 * answers far faster than the same number of scattered rows.
 */
export async function passagesMentioning(
  db: LibraryDb,
  entityId: string,
  limit = 200,
): Promise<{ passages: LibraryPassage[]; articles: SavedArticle[] }> {
  const off = await packsSwitchedOff(db);
  // With a pack switched off, some may be its passages: read twice as many to keep `limit`.
  const rows = await db.passages
    .where('entityIds')
    .equals(entityId)
    .limit(off.size > 0 ? limit * 2 : limit)
    .toArray();
  const passages = keepValid('passages', rows);
  const ids = [...new Set(passages.map((p) => p.articleId))];
  const articles = keepValid('articles', (await db.articles.bulkGet(ids)).filter(Boolean));
  const used = articles.filter((a) => a.origin === null || !off.has(a.origin));
  const usedIds = new Set(used.map((a) => a.id));
  return {
    passages: passages.filter((p) => usedIds.has(p.articleId)).slice(0, limit),
    articles: used,
  };
}

export async function passagesOf(db: LibraryDb, articleId: string): Promise<LibraryPassage[]> {
  return db.passages.where('articleId').equals(articleId).sortBy('position');
}

/** Finds every saved passage's mentions again, a few hundred at a time. */
export async function rescanMentions(
  db: LibraryDb,
  findMentions: FindMentions,
  chunk = 500,
): Promise<number> {
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const batch: LibraryPassage[] = await (after === null
      ? db.passages.orderBy('id').limit(chunk).toArray()
      : db.passages.where('id').above(after).limit(chunk).toArray());
    if (batch.length === 0) return done;
    const found = findMentions(batch.map((p) => p.text));
    await db.passages.bulkPut(
      batch.map((p, i) => {
        const mentions = found[i] ?? [];
        return { ...p, mentions, entityIds: [...new Set(mentions.map((m) => m.entityId))] };
      }),
    );
    done += batch.length;
    after = batch[batch.length - 1]?.id ?? null;
  }
}

export async function eraseLibrary(db: LibraryDb): Promise<void> {
  const tables = [
    db.articles,
    db.passages,
    db.names,
    db.packs,
    db.meta,
    db.proposals,
    db.dismissed,
  ];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.proposals.clear(),
      db.dismissed.clear(),
      db.articles.clear(),
      db.passages.clear(),
      db.names.clear(),
      db.packs.clear(),
      db.meta.clear(),
    ]);
  });
}
