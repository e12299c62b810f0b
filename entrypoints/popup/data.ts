/**
 * The popup's data: the search index and the corpus, read from the extension's own files
 * (no network). The search index comes first so the box works while the corpus still loads.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { CorpusData, Passage, SearchData, SourceDocumentMeta } from '../../lib/corpus/types';
import { createSearcher, type Searcher } from '../../lib/search';

async function readJson<T>(path: string): Promise<T> {
  // runtime.getURL is typed to WXT's known public paths; ours are built from them.
  const res = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function loadSearcher(): Promise<Searcher> {
  return createSearcher(await readJson<SearchData>('/data/search.json'));
}

export interface CorpusLookup {
  corpus: CorpusData;
  passages: Map<string, Passage>;
  documents: Map<string, SourceDocumentMeta>;
}

export async function loadCorpus(): Promise<CorpusLookup> {
  const corpus = await readJson<CorpusData>('/data/corpus.json');
  return {
    corpus,
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
    documents: new Map(corpus.documents.map((d) => [d.id, d])),
  };
}
