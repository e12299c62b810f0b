/** The background's library store: lib/library's functions over the one IndexedDB database. */
import { passagesMentioning, rescanMentions, saveArticle } from '../library/articles';
import { type LibraryDb, openLibrary } from '../library/db';
import { addName, namesInUse } from '../library/names';
import {
  dismissedNames,
  dismissProposal,
  proposalsInUse,
  proposalsOf,
  undoDismiss,
} from '../library/proposal-store';
import type { ReaderName } from '../library/types';
import type { LibraryStore } from './library-store';
import type { ProposalStore } from './suggestions-service';

/**
 * Library passages a card considers for one name: the best few are shown, and a name mentioned
 * in thousands of saved passages must not make each card read them all.
 */
export const CARD_PASSAGES = 30;

export function dexieStore(
  db: LibraryDb = openLibrary(),
  nameOf: (entityId: string) => string = (id) => id,
): LibraryStore {
  // The names in use, as last read: the library service reads them again after every change
  // (names()), so cards need not read a thousand names each time.
  let known: Promise<ReaderName[]> | null = null;
  const names = () => {
    const read = namesInUse(db);
    known = read;
    read.catch(() => {
      if (known === read) known = null;
    });
    return read;
  };
  return {
    save: (article, find, candidates) => saveArticle(db, article, find, undefined, candidates),
    addName: async (request, aliases) => {
      known = null;
      return addName(db, request, aliases, nameOf);
    },
    names,
    rescanMentions: async (find) => {
      await rescanMentions(db, find);
    },
    async slice(entityId) {
      const [found, inUse] = await Promise.all([
        passagesMentioning(db, entityId, CARD_PASSAGES),
        known ?? names(),
      ]);
      return { ...found, names: inUse };
    },
  };
}

/** The proposed names' part of the library, over the same database. */
export function dexieProposalStore(db: LibraryDb): ProposalStore {
  return {
    inUse: () => proposalsInUse(db),
    of: (articleId) => proposalsOf(db, articleId),
    dismissed: () => dismissedNames(db),
    dismiss: (key, name) => dismissProposal(db, key, name),
    undo: (key) => undoDismiss(db, key),
  };
}
