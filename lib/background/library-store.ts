/**
 * What the background needs of the library's storage, as one interface: the Dexie store
 * (lib/library) in the extension, a fake in tests.
 */
import type { LibrarySlice } from '../library/card-sources';
import type { PassageMention, ReaderName, SavedArticle } from '../library/types';
import type { NameRequest } from '../messages';

export interface ArticleToSave {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  language: 'en' | 'es' | null;
  publishedAt: string | null;
  texts: string[];
  extraction: string;
}

export type FindMentions = (texts: readonly string[]) => PassageMention[][];

export interface LibraryStore {
  save(
    article: ArticleToSave,
    findMentions: FindMentions,
  ): Promise<{ status: 'created' | 'updated'; article: SavedArticle; passages: number }>;
  /** Refuses (LibraryError) a name whose alias another name already answers to. */
  addName(
    request: NameRequest,
    known: readonly { text: string; entityId: string; caseSensitive?: boolean }[],
  ): Promise<ReaderName>;
  /** The reader's names in use (not those of a pack switched off). */
  names(): Promise<ReaderName[]>;
  /** Finds every saved passage's mentions again (after the known names changed). */
  rescanMentions(findMentions: FindMentions): Promise<void>;
  /** What a card for `entityId` needs: the passages naming it, their articles, the names. */
  slice(entityId: string): Promise<LibrarySlice>;
}
