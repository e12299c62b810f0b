/**
 * Full-text search over the reader's library: a MiniSearch inverted index over saved passages
 * and the reader's names, so a search over thousands of articles looks up its words instead of
 * scanning every passage (fuse.js stays where typo tolerance over a few hundred names is the
 * point: lib/search). Words are folded as everywhere else (lib/text): accents and case never
 * matter; the last word of a query matches as a prefix while the reader types, and longer words
 * forgive a typo.
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { fold, foldWithMap, wordList, wordSpans } from '../text';
import type { LibraryPassage, ReaderName, SavedArticle } from './types';

export type LibraryFilter = 'all' | 'bundled' | 'mine';

interface IndexedDoc {
  /** Passage id, or the name's id. */
  id: string;
  kind: 'passage' | 'name';
  articleId: string;
  text: string;
  title: string;
}

export interface LibraryHit {
  kind: 'passage' | 'name';
  id: string;
  /** The passage's article (empty for a name). */
  articleId: string;
  score: number;
  /** The folded words of the query that matched (for marking them in the text). */
  terms: string[];
}

export interface LibraryIndex {
  /** Adds (or replaces) an article's passages. */
  addArticle(
    article: Pick<SavedArticle, 'id' | 'title' | 'site'>,
    passages: readonly LibraryPassage[],
  ): void;
  removeArticle(articleId: string): void;
  addName(name: ReaderName): void;
  removeName(id: string): void;
  search(query: string, options?: { limit?: number }): LibraryHit[];
  /** How many passages and names it holds. */
  size(): number;
  toJSON(): string;
}

const FIELDS = ['text', 'title'];
/** A typo forgiven in a word of 5+ letters (one edit up to 9 letters, two from 10). */
const FUZZY = (term: string) => (term.length >= 5 ? 0.2 : false);
/** The shortest last word completed as a prefix while the reader types. */
const MIN_PREFIX = 3;
const STORE = ['kind', 'articleId'];
const tokenize = (text: string) => wordList(fold(text));

const OPTIONS = {
  fields: FIELDS,
  storeFields: STORE,
  tokenize,
  // Terms come folded out of tokenize; the query goes through the same two steps.
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize,
    processTerm: (term: string) => term,
    boost: { title: 2 },
    combineWith: 'AND' as const,
    // Only a last word of 3+ letters is completed: "c" or "ca" would expand to thousands of
    // words and their passages on every keystroke.
    prefix: (term: string, i: number, terms: string[]) =>
      i === terms.length - 1 && term.length >= MIN_PREFIX,
    fuzzy: false as const,
  },
};

function build(
  mini: MiniSearch<IndexedDoc>,
  byArticle: Map<string, string[]> = new Map(),
): LibraryIndex {
  const rememberArticle = (id: string, docId: string) => {
    const list = byArticle.get(id) ?? [];
    list.push(docId);
    byArticle.set(id, list);
  };
  const index: LibraryIndex = {
    addArticle(article, passages) {
      index.removeArticle(article.id);
      const title = `${article.title} ${article.site}`;
      mini.addAll(
        passages.map((p) => ({
          id: p.id,
          kind: 'passage',
          articleId: article.id,
          text: p.text,
          title,
        })),
      );
      for (const p of passages) rememberArticle(article.id, p.id);
    },
    removeArticle(articleId) {
      for (const id of byArticle.get(articleId) ?? []) if (mini.has(id)) mini.discard(id);
      byArticle.delete(articleId);
    },
    addName(name) {
      index.removeName(name.id);
      mini.add({
        id: name.id,
        kind: 'name',
        articleId: '',
        title: [name.name, ...name.aliases.map((a) => a.text)].join(' '),
        text: name.note ?? '',
      });
    },
    removeName(id) {
      if (mini.has(id)) mini.discard(id);
    },
    search(query, { limit = 20 } = {}) {
      const words = tokenize(query);
      // A last word of one or two letters is still being typed: look for the words before it.
      const last = words[words.length - 1];
      if (words.length > 1 && last !== undefined && last.length < MIN_PREFIX) words.pop();
      if (words.length === 0) return [];
      const text = words.join(' ');
      // Typos are looked for only when the words as typed find too little: forgiving them in a
      // common word ("cartel") would score thousands more passages on every keystroke.
      let found = mini.search(text);
      if (found.length < limit) found = mini.search(text, { fuzzy: FUZZY });
      return found.slice(0, limit).map((r: SearchResult) => ({
        kind: r.kind === 'name' ? 'name' : 'passage',
        id: String(r.id),
        articleId: String(r.articleId ?? ''),
        score: r.score,
        terms: r.terms,
      }));
    },
    size: () => mini.documentCount,
    toJSON: () => JSON.stringify({ index: mini, articles: [...byArticle] }),
  };
  return index;
}

export function createLibraryIndex(): LibraryIndex {
  return build(new MiniSearch<IndexedDoc>(OPTIONS));
}

/**
 * An index saved with toJSON (the background keeps one so it need not rebuild at start). Loaded
 * in one go: MiniSearch's chunked loader takes several times as long in all (a promise per word).
 */
export function loadLibraryIndex(json: string): LibraryIndex {
  const saved = JSON.parse(json) as { index: AsPlainObject; articles: [string, string[]][] };
  const mini = MiniSearch.loadJS<IndexedDoc>(saved.index, OPTIONS);
  return build(mini, new Map(saved.articles));
}

/**
 * Where the matched words are in the original text (UTF-16 offsets, end exclusive): each word
 * of the text whose folded form is a matched term, or starts with one (a prefix while typing).
 */
export function matchedRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const folded = foldWithMap(text);
  const out: [number, number][] = [];
  for (const w of wordSpans(folded.text)) {
    if (terms.some((t) => w.word === t || (t.length >= 2 && w.word.startsWith(t)))) {
      out.push([folded.startOf(w.start), folded.endOf(w.end - 1)]);
    }
  }
  return out;
}
