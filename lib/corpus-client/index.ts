/**
 * The corpus as the extension's pages and its background read it: the packaged files
 * (public/data/corpus.json, search.json), fetched from the extension itself — never the network —
 * once per page or worker, and the lookups every reader of them builds. The popup, the reader and
 * the background's card service all go through here, so a file is parsed once where it is used.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { CorpusData, Passage, SearchData, SourceDocumentMeta } from '../corpus/types';
import { createSearcher, type Searcher } from '../search';

/** Reads one of the extension's packaged JSON files. */
export async function readPackagedJson<T>(path: string): Promise<T> {
  // runtime.getURL is typed to WXT's known public paths; ours are built from them.
  const res = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export interface CorpusLookup {
  corpus: CorpusData;
  passages: Map<string, Passage>;
  documents: Map<string, SourceDocumentMeta>;
}

export interface CorpusClient {
  corpus(): Promise<CorpusLookup>;
  /** The popup's typo-tolerant search over names and passages. */
  searcher(): Promise<Searcher>;
}

export function lookupOf(corpus: CorpusData): CorpusLookup {
  return {
    corpus,
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
    documents: new Map(corpus.documents.map((d) => [d.id, d])),
  };
}

/** Keeps a load once it succeeds; a failed one is tried again on the next call. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}

export function createCorpusClient(read: <T>(path: string) => Promise<T> = readPackagedJson) {
  const client: CorpusClient = {
    corpus: once(async () => lookupOf(await read<CorpusData>('/data/corpus.json'))),
    searcher: once(async () => createSearcher(await read<SearchData>('/data/search.json'))),
  };
  return client;
}

/** This page's (or worker's) client. */
export const corpusClient: CorpusClient = createCorpusClient();
