/**
 * Proposed names for the reader and the popup: each saved article's candidates (found when it
 * was saved) ranked over the whole library, or one page's. Ranking filters by the names known
 * now, so a name added stops being proposed at once, with nothing stored recomputed.
 */
import { canonicalUrl } from '../library/canonical-url';
import { rankProposals } from '../library/proposals';
import type { ArticleCandidate, KnownNames } from '../library/proposals/types';
import type { ArticleProposals, DismissedName } from '../library/types';
import type { BackgroundProtocol, Handlers, SuggestionsReply } from '../messages';
import type { PageProposals } from './page-proposals';

/** What the suggestions read and write of the library (Dexie in the extension, a fake in tests). */
export interface ProposalStore {
  inUse(): Promise<ArticleProposals[]>;
  of(articleId: string): Promise<ArticleProposals | null>;
  dismissed(): Promise<DismissedName[]>;
  dismiss(key: string, name: string): Promise<void>;
  undo(key: string): Promise<void>;
}

export interface SuggestionsOptions {
  store: ProposalStore;
  known(): KnownNames;
  pages: PageProposals;
  /** The address a tab's content script reported (lib/background/tab-urls.ts). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Told after a dismissal or its undoing (the extension's pages follow). */
  onChange?(): void;
}

/** The reader's list is long enough to browse, short enough to draw at once. */
const LIBRARY_LIMIT = 200;
const PAGE_LIMIT = 20;

const limitOf = (asked: unknown, fallback: number) =>
  Math.max(1, Math.min(Number(asked) || fallback, LIBRARY_LIMIT));

function savedId(url: string): string | null {
  try {
    return canonicalUrl(url);
  } catch {
    return null;
  }
}

type SuggestionsHandlers = Pick<
  Handlers<BackgroundProtocol>,
  'library:suggestions' | 'library:dismiss-suggestion' | 'library:undo-dismiss'
>;

export interface Suggestions {
  handlers: SuggestionsHandlers;
  /**
   * The library changed. One saved article: only its row is read again (saving is the change a
   * reader makes most, and reading 2,000 rows again is most of the list's cost). A name added:
   * nothing, since ranking filters by the names known now. Anything else (a removal, an import,
   * a pack switched): everything is read again on the next request. Until then the candidates
   * are kept in memory, so the reader's list over thousands of articles costs the ranking only.
   */
  changed(change?: SuggestionsChange): void;
}

/** What changed, as the library service says it (lib/background/library-service.ts). */
export type SuggestionsChange =
  | { kind: 'article'; id: string }
  | { kind: 'name' }
  | { kind: 'other' };

export function suggestionsHandlers(options: SuggestionsOptions): SuggestionsHandlers {
  return createSuggestions(options).handlers;
}

export function createSuggestions(options: SuggestionsOptions): Suggestions {
  const { store, pages } = options;
  let inUse: Promise<ArticleProposals[]> | null = null;
  const candidates = () => {
    const read = inUse ?? store.inUse();
    inUse = read;
    // A failed read is not kept: the next request tries again.
    read.catch(() => {
      if (inUse === read) inUse = null;
    });
    return read;
  };
  const rank = (
    perArticle: { articleId: string; candidates: ArticleCandidate[] }[],
    dismissed: DismissedName[],
    limit: number,
  ) =>
    rankProposals(perArticle, {
      known: options.known(),
      dismissed: new Set(dismissed.map((d) => d.key)),
      limit,
    });

  const forPage = async (tabId: number | undefined, url: string | undefined) => {
    const address = url ?? (tabId === undefined ? undefined : await options.tabUrl(tabId));
    const id = address ? savedId(address) : null;
    const dismissed = await store.dismissed();
    const saved = id ? await store.of(id) : null;
    if (saved) {
      return { source: 'saved' as const, proposals: rank([saved], dismissed, PAGE_LIMIT) };
    }
    const read = tabId === undefined ? null : pages.of(tabId);
    if (read) {
      const page = [{ articleId: address ?? 'page', candidates: read }];
      return { source: 'page' as const, proposals: rank(page, dismissed, PAGE_LIMIT) };
    }
    return { source: 'none' as const, proposals: [] };
  };

  const handlers: SuggestionsHandlers = {
    'library:suggestions': async ({ tabId, articleUrl, limit }): Promise<SuggestionsReply> => {
      const tab = typeof tabId === 'number' ? tabId : undefined;
      const url = typeof articleUrl === 'string' ? articleUrl : undefined;
      if (tab !== undefined || url !== undefined) {
        const page = await forPage(tab, url);
        return {
          ...page,
          proposals: page.proposals.slice(0, limitOf(limit, PAGE_LIMIT)),
          dismissed: [],
        };
      }
      const [perArticle, dismissed] = await Promise.all([candidates(), store.dismissed()]);
      return {
        source: 'library',
        proposals: rank(perArticle, dismissed, limitOf(limit, LIBRARY_LIMIT)),
        dismissed,
      };
    },
    'library:dismiss-suggestion': async ({ key, name }) => {
      if (typeof key !== 'string' || key.trim() === '') return;
      await store.dismiss(key, typeof name === 'string' ? name.slice(0, 200) : key);
      options.onChange?.();
    },
    'library:undo-dismiss': async ({ key }) => {
      if (typeof key !== 'string') return;
      await store.undo(key);
      options.onChange?.();
    },
  };
  return {
    handlers,
    changed(change) {
      if (change?.kind === 'name') return;
      const kept = inUse;
      if (change?.kind !== 'article' || kept === null) {
        inUse = null;
        return;
      }
      const { id } = change;
      const patched = Promise.all([kept, store.of(id)]).then(([rows, row]) => {
        const others = rows.filter((r) => r.articleId !== id);
        return row ? [...others, row] : others;
      });
      inUse = patched;
      // A failed read of the one row: everything is read again on the next request.
      patched.catch(() => {
        if (inUse === patched) inUse = null;
      });
    },
  };
}
