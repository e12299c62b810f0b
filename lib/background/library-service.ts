/**
 * The reader's library in the background: saving the article a tab shows, adding a name of the
 * reader's own, and keeping the matcher in step with those names. The records live in
 * IndexedDB (lib/library); extension pages may change them directly (import, removal) and then
 * say 'library:changed'. Every failure reaches the asker as words, never as a half-saved record.
 */
import { type MessageKey, t } from '../i18n';
import type { FindCandidates } from '../library/articles';
import { findCandidates } from '../library/proposals';
import { LibraryError, type ReaderName } from '../library/types';
import type {
  AddNameReply,
  ArticleReply,
  BackgroundProtocol,
  Handlers,
  NameRequest,
  SaveReply,
} from '../messages';
import type { LibraryStore } from './library-store';
import type { MatchService } from './match-service';

export interface LibraryService {
  /** Resolves once the reader's names are in the matcher (pages wait for it before matching). */
  ready: Promise<void>;
  save(article: ArticleReply): Promise<SaveReply>;
  saveTab(tabId: number): Promise<SaveReply>;
  addName(request: NameRequest): Promise<AddNameReply>;
  changed(): Promise<void>;
}

/** What changed in the library: an article saved, a name added, or anything else. */
export type LibraryChange =
  | { kind: 'article'; id: string }
  | { kind: 'name'; name: ReaderName }
  | { kind: 'other' };

export interface LibraryServiceOptions {
  store: LibraryStore;
  matches: MatchService;
  /** The article a tab shows, as its content script reads it; null when none answers. */
  articleOf(tabId: number): Promise<ArticleReply | null>;
  /** Told after every change (the search index keeps in step). */
  onChange?(change: LibraryChange): void;
}

/** Why a name was refused, by the reason lib/library/names.ts gives, in the reader's words. */
const NAME_REFUSALS: Readonly<Record<string, MessageKey>> = {
  empty: 'addNameEmpty',
  'name-too-long': 'addNameErrLong',
  'bad-type': 'addNameErrType',
  'note-too-long': 'addNameErrNoteLong',
  'too-short': 'addNameErrShort',
};

/** A refusal in the reader's language (the library's own words are English). */
function inWords(err: LibraryError): string {
  if (err.code === 'alias-clash' && err.args.length === 2) return t('addNameClash', err.args);
  if (err.code === 'alias-clash' && err.args.length === 1) return t('addNameClashMine', err.args);
  const [reason, ...rest] = err.args;
  const refusal = err.code === 'invalid-name' && reason ? NAME_REFUSALS[reason] : undefined;
  if (refusal) return t(refusal, rest);
  if (err.code === 'storage-full') return t('saveErrFull');
  if (err.code === 'invalid-article') return t('saveErrNotArticle');
  return t('libraryFailed');
}

function failure(err: unknown): { ok: false; code: string; message: string } {
  if (err instanceof LibraryError) return { ok: false, code: err.code, message: inWords(err) };
  console.error('Frontera: library', err);
  return { ok: false, code: 'failed', message: t('libraryFailed') };
}

/**
 * The names a saved article names that Frontera does not know, for the suggestions. A failure
 * of the finder costs the article its proposals, never its save.
 */
export function candidatesFinder(matches: Pick<MatchService, 'knownNames'>): FindCandidates {
  return (language, passages) => {
    try {
      return findCandidates(
        { language, passages: passages.map((p) => ({ text: p.text, mentions: p.mentions })) },
        matches.knownNames(),
      );
    } catch (err) {
      console.warn('Frontera: no proposed names for this article', err);
      return [];
    }
  };
}

export function createLibraryService(options: LibraryServiceOptions): LibraryService {
  const { store, matches } = options;
  const candidates = candidatesFinder(matches);
  const loadNames = async () => {
    let names: ReaderName[] = [];
    try {
      names = await store.names();
    } catch (err) {
      // The bundled names still work; the reader's come back on the next change.
      console.warn('Frontera: could not read your names', err);
    }
    matches.setReaderNames(names);
  };
  const ready = loadNames();
  const refreshMentions = () => {
    void store
      .rescanMentions((texts) => matches.articleMentions(texts))
      .catch((err: unknown) => {
        console.warn('Frontera: saved articles keep their old mentions until the next change', err);
      });
  };

  const service: LibraryService = {
    ready,
    async save(article) {
      await ready;
      const texts = article.texts.filter((t) => t.trim() !== '');
      if (texts.length === 0) {
        return {
          ok: false,
          code: 'no-article',
          message: t('saveErrNoArticle'),
        };
      }
      try {
        const result = await store.save(
          {
            url: article.url,
            title: article.title,
            site: article.site,
            byline: article.byline,
            language: article.language,
            publishedAt: article.publishedAt,
            texts,
            extraction: article.method,
          },
          (passages) => matches.articleMentions(passages),
          candidates,
        );
        options.onChange?.({ kind: 'article', id: result.article.id });
        return {
          ok: true,
          status: result.status,
          articleId: result.article.id,
          title: result.article.title,
          passages: result.passages,
        };
      } catch (err) {
        return failure(err);
      }
    },
    async saveTab(tabId) {
      const article = await options.articleOf(tabId).catch(() => null);
      if (!article) {
        return {
          ok: false,
          code: 'no-article',
          message: t('saveErrNotRunning'),
        };
      }
      return service.save(article);
    },
    async addName(request) {
      await ready;
      try {
        const name = await store.addName(request, matches.scan().aliases);
        await loadNames();
        refreshMentions();
        options.onChange?.({ kind: 'name', name });
        return { ok: true, id: name.id, name: name.name };
      } catch (err) {
        return failure(err);
      }
    },
    async changed() {
      await loadNames();
      refreshMentions();
      options.onChange?.({ kind: 'other' });
    },
  };
  return service;
}

/** The library's part of the background's handler map. */
export function libraryHandlers(
  service: LibraryService,
): Pick<Handlers<BackgroundProtocol>, 'library:save-tab' | 'library:add-name' | 'library:changed'> {
  return {
    'library:save-tab': ({ tabId }) =>
      typeof tabId === 'number'
        ? service.saveTab(tabId)
        : { ok: false, code: 'no-article', message: t('saveErrNoArticle') },
    'library:add-name': (request) => service.addName(request),
    'library:changed': () => service.changed(),
  };
}
