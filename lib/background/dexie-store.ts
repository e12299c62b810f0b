/** The background's library store: lib/library's functions over the one IndexedDB database. */
import { passagesMentioning, rescanMentions, saveArticle } from '../library/articles';
import { type LibraryDb, openLibrary } from '../library/db';
import { addName, namesInUse } from '../library/names';
import type { LibraryStore } from './library-store';

export function dexieStore(
  db: LibraryDb = openLibrary(),
  nameOf: (entityId: string) => string = (id) => id,
): LibraryStore {
  return {
    save: (article, find) => saveArticle(db, article, find),
    addName: (request, known) => addName(db, request, known, nameOf),
    names: () => namesInUse(db),
    rescanMentions: async (find) => {
      await rescanMentions(db, find);
    },
    async slice(entityId) {
      const [{ passages, articles }, names] = await Promise.all([
        passagesMentioning(db, entityId),
        namesInUse(db),
      ]);
      return { passages, articles, names };
    },
  };
}
