/**
 * Cards quote the reader's library beside the bundled corpus. The part of the library a card
 * needs (the passages that mention its entity, their articles, the reader's names) is turned into
 * corpus data and joined to the bundled corpus, so the one card builder (lib/corpus/card.ts)
 * ranks both with the same relevance and the same page context. Library passages come after the
 * bundled ones in each entity's list, so where both are as relevant, the bundled passage (the
 * checked fact) stays first.
 */
import { relevance } from '../corpus/rank';
import type {
  CardEntity,
  CorpusData,
  NamePosition,
  Passage,
  RankedPassage,
  SourceDocumentMeta,
} from '../corpus/types';
import { fold } from '../text';
import type { LibraryPassage, ReaderName, SavedArticle } from './types';

/** What a card needs from the library. */
export interface LibrarySlice {
  articles: readonly SavedArticle[];
  passages: readonly LibraryPassage[];
  names: readonly ReaderName[];
}

export const EMPTY_SLICE: LibrarySlice = { articles: [], passages: [], names: [] };

/** A saved article as a corpus document: its date is the page's own, never the day it was saved. */
export function articleAsDocument(article: SavedArticle): SourceDocumentMeta {
  return {
    id: article.id,
    title: article.title,
    outlet: article.site,
    author: article.byline,
    kind: 'news-article',
    date: article.publishedAt ? article.publishedAt.slice(0, 10) : null,
    dateBasis: article.publishedAt ? 'stated' : 'unknown',
    dateNote: null,
    language: article.language ?? 'en',
    seed: '',
    videoId: null,
    saved: { url: article.url, savedAt: article.savedAt, pack: article.origin },
  };
}

export function libraryPassageAsPassage(passage: LibraryPassage): Passage {
  return {
    id: passage.id,
    docId: passage.articleId,
    position: passage.position,
    headingPath: passage.headingPath,
    kind: 'paragraph',
    text: passage.text,
    time: null,
  };
}

/** How one entity is named in a library passage: what relevance() reads. */
function countsIn(passage: LibraryPassage, entityId: string, name: string) {
  const own = passage.mentions.filter((m) => m.entityId === entityId);
  const full = fold(name);
  return {
    count: own.length,
    byName: own.filter((m) => fold(passage.text.slice(m.start, m.end)) === full).length,
    inHeading: false,
  };
}

export function nameAsEntity(name: ReaderName): CardEntity {
  return {
    id: name.id,
    name: name.name,
    type: name.type,
    aliases: name.aliases.map((a) => a.text).filter((a) => fold(a) !== fold(name.name)),
    summary: '',
    cites: [],
    related: [],
    passages: [],
    reader: { note: name.note, pack: name.origin },
  };
}

/**
 * The bundled corpus with the slice joined to it. The bundled corpus itself is not changed. With
 * `focus` (the card's entity), only that entity's library passages are ranked and only its
 * related names worked out: a card needs no more, and a library of thousands of passages and
 * names would otherwise make every card rank all of them.
 */
export function withLibrary(corpus: CorpusData, slice: LibrarySlice, focus?: string): CorpusData {
  if (slice.passages.length === 0 && slice.names.length === 0) return corpus;
  const bundledIds = new Set(corpus.entities.map((e) => e.id));
  const readerNames = slice.names.filter((n) => !bundledIds.has(n.id)).map(nameAsEntity);
  const entities = [...corpus.entities, ...readerNames];
  const articleIds = new Set(slice.articles.map((a) => a.id));
  const passages = slice.passages.filter((p) => articleIds.has(p.articleId));

  const extra = new Map<string, RankedPassage[]>();
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  for (const passage of passages) {
    for (const entityId of passage.entityIds) {
      if (focus !== undefined && entityId !== focus) continue;
      const name = nameOf.get(entityId);
      if (name === undefined) continue;
      const score = relevance(countsIn(passage, entityId, name), passage, false);
      const list = extra.get(entityId) ?? [];
      list.push({ passageId: passage.id, score });
      extra.set(entityId, list);
    }
  }

  const passageEntities = { ...corpus.passageEntities };
  const mentions: Record<string, NamePosition[]> = { ...(corpus.mentions ?? {}) };
  for (const passage of passages) {
    passageEntities[passage.id] = [...passage.entityIds];
    mentions[passage.id] = passage.mentions.map((m) => ({ ...m }));
  }

  // A reader's name has no curated relations: the names it is most often mentioned with stand in.
  for (const entity of readerNames) {
    if (focus === undefined || entity.id === focus) {
      entity.related = coMentioned(entity.id, passages, nameOf);
    }
  }

  return {
    version: 1,
    documents: [...corpus.documents, ...slice.articles.map(articleAsDocument)],
    passages: [...corpus.passages, ...passages.map(libraryPassageAsPassage)],
    entities: entities.map((entity) => {
      const more = extra.get(entity.id);
      if (!more) return entity;
      // Best first within the library's share; after the bundled list, so ties favour it.
      const sorted = [...more].sort((a, b) => b.score - a.score);
      return { ...entity, passages: [...entity.passages, ...sorted] };
    }),
    passageEntities,
    mentions,
  };
}

/** The names mentioned most often in the same passages as `entityId` (at most `max`). */
export function coMentioned(
  entityId: string,
  passages: readonly LibraryPassage[],
  known: ReadonlyMap<string, string>,
  max = 5,
): string[] {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    if (!passage.entityIds.includes(entityId)) continue;
    for (const other of passage.entityIds) {
      if (other !== entityId && known.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([id]) => id);
}
