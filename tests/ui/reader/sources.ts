/** What the reader's views read besides the corpus, for tests: each part replaceable. */
import { compileSearch } from '../../../lib/corpus/compile';
import { lookupOf } from '../../../lib/corpus-client';
import { EMPTY_SLICE } from '../../../lib/library/card-sources';
import type { LibrarySearchReply } from '../../../lib/messages';
import { createSearcher } from '../../../lib/search';
import type { ReaderLibrary, ReaderSources } from '../../../lib/ui/reader';
import { corpus } from '../helpers';

export const lookup = lookupOf(corpus);

export const emptyLibrary: ReaderLibrary = {
  nameSlice: async () => EMPTY_SLICE,
  article: async () => null,
  articles: async () => [],
  remove: async () => {},
};

export const NO_LIBRARY_HITS: LibrarySearchReply = { names: [], passages: [] };

export function readerSources(parts: Partial<ReaderSources> = {}): ReaderSources {
  return {
    library: emptyLibrary,
    searcher: async () => createSearcher(compileSearch(corpus)),
    searchLibrary: async () => NO_LIBRARY_HITS,
    suggestions: {
      list: async () => ({ proposals: [], dismissed: [], source: 'library' }),
      dismiss: async () => {},
      undo: async () => {},
    },
    ...parts,
  };
}
