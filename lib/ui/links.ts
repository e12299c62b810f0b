/**
 * Where a card's links go. Extension pages are addressed through `browser.runtime.getURL`, so
 * the same card works in the popover (a web page), the popup and the reader.
 */
import type { Passage } from '../corpus/types';
import { readerHash } from './reader/route';

export interface CardLinks {
  /** The corpus reader opened at this passage. */
  readerUrl(passage: Pick<Passage, 'id' | 'docId'>): string;
  /** Frontera's corpus search for `query`. */
  searchUrl(query: string): string;
  /** The reader's page for one name: every passage that mentions it, in date order. */
  nameUrl(entityId: string): string;
  /**
   * Opens an extension page. Web pages cannot navigate to extension pages themselves, so the
   * popover hands the URL to the background; extension pages leave this unset and links just work.
   */
  openExtensionPage?(url: string): void;
}

/** The reader's address for a document (and a passage in it). */
export function readerPath(docId: string, passageId?: string): string {
  return `/reader.html${readerHash({ view: 'doc', docId, passageId: passageId ?? null })}`;
}

/** The reader's page for one name. */
export function namePath(entityId: string): string {
  return `/reader.html${readerHash({ view: 'name', entityId })}`;
}

/** The popup's search for `query`, as a page (the card's "Search the corpus", the context menu). */
export function searchPath(query: string): string {
  return `/popup.html?${new URLSearchParams({ q: query }).toString()}`;
}

/** YouTube at the passage's timestamp. */
export function videoUrl(videoId: string, seconds: number): string {
  const params = new URLSearchParams({ v: videoId, t: `${Math.max(0, Math.floor(seconds))}s` });
  return `https://www.youtube.com/watch?${params.toString()}`;
}

/** Links for the running extension. `getURL` is `browser.runtime.getURL`, passed in for tests. */
export function extensionLinks(
  getURL: (path: string) => string,
  openExtensionPage?: (url: string) => void,
): CardLinks {
  return {
    readerUrl: (p) => getURL(readerPath(p.docId, p.id)),
    searchUrl: (q) => getURL(searchPath(q)),
    nameUrl: (id) => getURL(namePath(id)),
    openExtensionPage,
  };
}
