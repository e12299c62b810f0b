/**
 * What the background needs of the library's storage, as one interface: the Dexie store
 * (lib/library) in the extension, a fake in tests.
 */

import type { ArticleInput, FindCandidates, FindMentions, SaveResult } from '../library/articles';
import type { LibrarySlice } from '../library/card-sources';
import type { ReaderName } from '../library/types';
import type { NameRequest } from '../messages';

export type { FindCandidates, FindMentions };

export interface LibraryStore {
  /** Saves whole or not at all, with the article's proposed names when `findCandidates` is given. */
  save(
    article: ArticleInput,
    findMentions: FindMentions,
    findCandidates?: FindCandidates,
  ): Promise<SaveResult>;
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
