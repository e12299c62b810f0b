/**
 * A name's page, as data: every passage that mentions the name (the bundled corpus's and the
 * reader's library's), grouped by source, sources in date order, each passage with where the
 * name is in it, and the names seen with it and how often. Pure: the reader page hands it the
 * corpus and the slice of the library it read (`readNameSlice`).
 */
import { findAliases } from '../../corpus/card';
import type { CorpusData, EntityType, NamePosition, SourceDocumentMeta } from '../../corpus/types';
import { deleteArticle, passagesMentioning, passagesOf } from '../../library/articles';
import { articleAsDocument, type LibrarySlice } from '../../library/card-sources';
import type { LibraryDb } from '../../library/db';
import { isReaderNameId } from '../../library/ids';
import { namesInUse } from '../../library/names';
import { keepValid, packsSwitchedOff } from '../../library/records';
import type { LibraryPassage, SavedArticle } from '../../library/types';

/** The most library passages one page lists (a library of thousands of articles stays usable). */
export const MAX_LIBRARY_PASSAGES = 5000;

export interface NamePassage {
  id: string;
  docId: string;
  position: number;
  text: string;
  /** Where the name is in `text`, in order, UTF-16 offsets (end exclusive). */
  marks: { start: number; end: number }[];
  /** The other known names this passage mentions (what the page's map of names is drawn from). */
  others: string[];
}

export interface NameSourceGroup {
  /** 'bundled': a document of the corpus; 'library': an article the reader saved (or a pack's). */
  source: 'bundled' | 'library';
  doc: SourceDocumentMeta;
  /** The sort key: the document's own date (partial ISO), or null when it states none. */
  date: string | null;
  /** When the reader saved it (library only). */
  savedAt: string | null;
  passages: NamePassage[];
}

export interface SeenWith {
  id: string;
  name: string;
  type: EntityType;
  /** In how many of the name's passages both are mentioned. */
  count: number;
}

export interface NamePageData {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** The corpus's summary (bundled names); null for the reader's names. */
  summary: string | null;
  /** True for a name the reader added (or a pack brought): its words are the reader's note. */
  mine: boolean;
  note: string | null;
  groups: NameSourceGroup[];
  passageCount: number;
  seenWith: SeenWith[];
}

interface KnownName {
  name: string;
  type: EntityType;
  aliases: string[];
}

function knownNames(corpus: CorpusData, slice: LibrarySlice): Map<string, KnownName> {
  const known = new Map<string, KnownName>();
  for (const e of corpus.entities)
    known.set(e.id, { name: e.name, type: e.type, aliases: e.aliases });
  for (const n of slice.names) {
    if (!known.has(n.id)) {
      known.set(n.id, { name: n.name, type: n.type, aliases: n.aliases.map((a) => a.text) });
    }
  }
  return known;
}

/**
 * Where the name `entityId` is in `text`: the positions the matcher recorded, or, for older data
 * without them, the name's spellings found as written.
 */
export function nameMarks(
  text: string,
  positions: readonly NamePosition[] | undefined,
  entityId: string,
  spellings: readonly string[],
): { start: number; end: number }[] {
  const own = (positions ?? []).filter((m) => m.entityId === entityId);
  if (own.length > 0) {
    return own.map(({ start, end }) => ({ start, end })).sort((x, y) => x.start - y.start);
  }
  return findAliases(text, spellings).map(({ start, end }) => ({ start, end }));
}

/** A document's date when it has one worth sorting by (an unknown basis counts as none). */
function dateOf(doc: SourceDocumentMeta): string | null {
  return doc.date && doc.dateBasis !== 'unknown' ? doc.date : null;
}

/**
 * Sources in date order, oldest first; undated ones last: bundled documents (in the corpus's
 * order), then saved articles by the day they were saved.
 */
export function compareGroups(a: NameSourceGroup, b: NameSourceGroup): number {
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : tie(a, b);
  if (a.date) return -1;
  if (b.date) return 1;
  if (a.source !== b.source) return a.source === 'bundled' ? -1 : 1;
  if (a.savedAt && b.savedAt && a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? -1 : 1;
  return 0;
}

function tie(a: NameSourceGroup, b: NameSourceGroup): number {
  if (a.source !== b.source) return a.source === 'bundled' ? -1 : 1;
  return 0;
}

/** Everything the page shows for `entityId`; null when neither the corpus nor the library has it. */
export function assembleNamePage(
  corpus: CorpusData,
  slice: LibrarySlice,
  entityId: string,
): NamePageData | null {
  const known = knownNames(corpus, slice);
  const bundled = corpus.entities.find((e) => e.id === entityId);
  const readers = bundled ? undefined : slice.names.find((n) => n.id === entityId);
  const self = known.get(entityId);
  if (!self || (!bundled && !readers)) return null;

  // Bundled passages: those the build says mention it (passageEntities), and its ranked list.
  const ranked = new Set(bundled?.passages.map((p) => p.passageId) ?? []);
  const bundledPassages = corpus.passages.filter(
    (p) => ranked.has(p.id) || (corpus.passageEntities[p.id] ?? []).includes(entityId),
  );
  const libraryPassages = slice.passages.filter((p) => p.entityIds.includes(entityId));

  const groups = new Map<string, NameSourceGroup>();
  const docs = new Map(corpus.documents.map((d, i) => [d.id, { doc: d, order: i }]));
  const articles = new Map(slice.articles.map((a) => [a.id, a]));
  const marksOf = (text: string, positions: readonly NamePosition[] | undefined) =>
    nameMarks(text, positions, entityId, [self.name, ...self.aliases]);
  const counts = new Map<string, number>();
  const othersIn = (ids: readonly string[]) =>
    [...new Set(ids)].filter((other) => other !== entityId && known.has(other));
  const countWith = (others: readonly string[]) => {
    for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
  };

  for (const p of bundledPassages) {
    const doc = docs.get(p.docId)?.doc;
    if (!doc) continue;
    const group = groups.get(doc.id) ?? {
      source: 'bundled' as const,
      doc,
      date: dateOf(doc),
      savedAt: null,
      passages: [],
    };
    groups.set(doc.id, group);
    const others = othersIn(corpus.passageEntities[p.id] ?? []);
    group.passages.push({
      id: p.id,
      docId: p.docId,
      position: p.position,
      text: p.text,
      marks: marksOf(p.text, corpus.mentions?.[p.id]),
      others,
    });
    countWith(others);
  }
  for (const p of libraryPassages) {
    const article = articles.get(p.articleId);
    // A bundled document of the same id wins (a library never overrides the corpus).
    if (!article || docs.has(article.id)) continue;
    const doc = articleAsDocument(article);
    const group = groups.get(doc.id) ?? {
      source: 'library' as const,
      doc,
      date: dateOf(doc),
      savedAt: article.savedAt,
      passages: [],
    };
    groups.set(doc.id, group);
    const others = othersIn(p.entityIds);
    group.passages.push({
      id: p.id,
      docId: p.articleId,
      position: p.position,
      text: p.text,
      marks: marksOf(p.text, p.mentions),
      others,
    });
    countWith(others);
  }

  const order = (g: NameSourceGroup) => docs.get(g.doc.id)?.order ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...groups.values()].sort((a, b) => compareGroups(a, b) || order(a) - order(b));
  for (const g of sorted) g.passages.sort((a, b) => a.position - b.position);

  const seenWith = [...counts]
    .map(([id, count]) => {
      const k = known.get(id) as KnownName;
      return { id, name: k.name, type: k.type, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  return {
    id: entityId,
    name: self.name,
    type: self.type,
    aliases: self.aliases,
    summary: bundled ? bundled.summary : null,
    mine: !bundled,
    note: readers?.note ?? null,
    groups: sorted,
    passageCount: sorted.reduce((n, g) => n + g.passages.length, 0),
    seenWith,
  };
}

// ---- reading the library (the reader page's IndexedDB, the extension origin's) ----

/** What the reader page reads from the library; tests pass a stand-in. */
export interface ReaderLibrary {
  /** The passages that mention a name, their articles, and the reader's names. */
  nameSlice(entityId: string): Promise<LibrarySlice>;
  /** A saved article and its passages in order; null when the library has no such article. */
  article(id: string): Promise<{ article: SavedArticle; passages: LibraryPassage[] } | null>;
  /** The saved articles in use (not a switched-off pack's), newest saved first. */
  articles(): Promise<SavedArticle[]>;
  /** Removes a saved article and its passages. */
  remove(articleId: string): Promise<void>;
}

/**
 * The library as the reader page reads it. `changed` runs after the page changed the library
 * (the entrypoint tells the background, so the matcher and the search index follow).
 */
export function libraryReader(
  db: LibraryDb,
  changed: () => Promise<void> = async () => {},
): ReaderLibrary {
  return {
    nameSlice: (entityId) => readNameSlice(db, entityId),
    article: async (id) => {
      const article = await db.articles.get(id);
      return article ? { article, passages: await passagesOf(db, id) } : null;
    },
    articles: () => savedArticles(db),
    remove: async (articleId) => {
      await deleteArticle(db, articleId);
      await changed();
    },
  };
}

/** Every saved article in use, newest saved first; a record that does not parse is left out. */
export async function savedArticles(db: LibraryDb): Promise<SavedArticle[]> {
  const [rows, off] = await Promise.all([
    db.articles.orderBy('savedAt').reverse().toArray(),
    packsSwitchedOff(db),
  ]);
  return keepValid('articles', rows).filter((a) => a.origin === null || !off.has(a.origin));
}

/**
 * What the page needs from the library for one name: the passages that mention it, their
 * articles, and the reader's names (the name itself if it is theirs, and those seen with it).
 */
export async function readNameSlice(db: LibraryDb, entityId: string): Promise<LibrarySlice> {
  const [found, names] = await Promise.all([
    passagesMentioning(db, entityId, MAX_LIBRARY_PASSAGES),
    namesInUse(db),
  ]);
  return { ...found, names };
}

/** Whether the page must wait for the library before it can say anything about the name. */
export function needsLibrary(entityId: string): boolean {
  return isReaderNameId(entityId);
}
