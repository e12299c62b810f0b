/**
 * The reader's library: articles the reader saved, names the reader added, packs the reader
 * imported. These are the record shapes kept in IndexedDB (lib/library/db.ts) and written in a
 * pack file (lib/library/pack.ts). Pure types: no Dexie, no `browser.*`.
 *
 * A saved article is a second kind of source beside the bundled corpus: it is split into
 * passages with the corpus's own splitter (lib/corpus/passages.ts) and its mentions are found with
 * the same matcher, so cards rank its passages with the same relevance as bundled ones.
 */
import type { AliasSpec, EntityType, Language } from '../corpus/types';
import type { ArticleCandidate } from './proposals/types';

/** Where a record came from: saved or added by the reader (`null`), or an imported pack's id. */
export type Origin = string | null;

export interface SavedArticle {
  /** The canonical address (lib/library/canonical-url.ts): saving it again updates the record. */
  id: string;
  /** The address as the reader opened it (for the link back). */
  url: string;
  title: string;
  /** The site's own name where the page gives one (og:site_name), else its host name. */
  site: string;
  byline: string | null;
  language: Language | null;
  /** As the page states it (ISO 8601 date or date-time), or null when it states none. */
  publishedAt: string | null;
  /** ISO date-time of the first save. */
  savedAt: string;
  /** ISO date-time of the latest save (equal to savedAt until saved again). */
  updatedAt: string;
  /** How the page's article was found (the content script's root method, or 'readability'). */
  extraction: string;
  origin: Origin;
}

/** A mention of a known name (bundled or the reader's) in a passage, UTF-16 offsets. */
export interface PassageMention {
  entityId: string;
  start: number;
  end: number;
}

export interface LibraryPassage {
  /** `${articleId}#${position}`. */
  id: string;
  articleId: string;
  /** 1-based order within the article. */
  position: number;
  headingPath: string[];
  text: string;
  /** Distinct entity ids mentioned (indexed: the card's lookup). */
  entityIds: string[];
  mentions: PassageMention[];
}

/** A name the reader added (or a pack brought). Ids start with `mine:` so they never clash. */
export interface ReaderName {
  id: string;
  name: string;
  type: EntityType;
  /** The name itself is always an alias; these are the rest (same shape as corpus aliases). */
  aliases: AliasSpec[];
  /** In the reader's own words; shown marked as the reader's, never mixed with corpus summaries. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
  origin: Origin;
}

/** An imported pack, as listed in the options. */
export interface PackRecord {
  id: string;
  title: string;
  description: string | null;
  /** The pack format version it was written in. */
  formatVersion: number;
  importedAt: string;
  /** Switched off: its articles and names are kept but not used. */
  enabled: boolean;
  articleCount: number;
  nameCount: number;
}

/** The names one saved article names that Frontera did not know when it was saved. */
export interface ArticleProposals {
  /** The saved article's id: removing the article removes these. */
  articleId: string;
  candidates: ArticleCandidate[];
}

/** A proposed name the reader dismissed: not proposed again until undone. */
export interface DismissedName {
  /** The proposal's key (lib/library/proposals candidateKey). */
  key: string;
  /** As it was shown, for the list of dismissed names. */
  name: string;
  /** ISO date-time. */
  dismissedAt: string;
}

/** Everything in the library, as plain records (what export writes and import reads). */
export interface LibraryContents {
  articles: SavedArticle[];
  passages: LibraryPassage[];
  names: ReaderName[];
  packs: PackRecord[];
  /** Candidates per saved article (absent: none, as in a library written before they were). */
  proposals?: ArticleProposals[];
  /** The reader's dismissed proposals (absent: none). */
  dismissed?: DismissedName[];
}

/** A record that failed to parse and was skipped, for the options page to report. */
export interface SkippedRecord {
  table: string;
  key: string;
  reason: string;
}

/** Thrown for anything the reader should be told in words (storage full, clash, bad file). */
export class LibraryError extends Error {
  constructor(
    readonly code:
      | 'storage-full'
      | 'alias-clash'
      | 'invalid-name'
      | 'invalid-article'
      | 'invalid-pack'
      | 'pack-too-large'
      | 'pack-too-new'
      | 'not-found',
    message: string,
    /**
     * What the message names (a clash: the alias and its owner), so a surface can say it in
     * the reader's language; lib/library itself has no UI language.
     */
    readonly args: readonly string[] = [],
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}
