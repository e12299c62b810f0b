import type { CorpusLookup } from '../../corpus-client';
import { t } from '../../i18n';
import type { LibrarySearchReply } from '../../messages';
import type { Searcher } from '../../search';
import type { Theme } from '../../settings';
import DocumentList from './DocumentList';
import DocumentView from './DocumentView';
import NamePage from './NamePage';
import type { ReaderLibrary } from './name-page';
import { type ReaderRoute, readerHash } from './route';
import SavedArticleView from './SavedArticleView';
import SearchResults from './SearchResults';
import SuggestedNames, { type SuggestionsSource } from './SuggestedNames';

/** Where the reader reads from besides the corpus; the entrypoint wires the real ones. */
export interface ReaderSources {
  /** The reader's library (IndexedDB in the extension's origin, read directly). */
  library: ReaderLibrary;
  /** The popup's typo-tolerant corpus search. */
  searcher(): Promise<Searcher>;
  /** The library's full-text search, answered by the background. */
  searchLibrary(query: string): Promise<LibrarySearchReply>;
  /** The names the library proposes, ranked by the background. */
  suggestions: SuggestionsSource;
}

export interface ReaderAppProps {
  corpus: CorpusLookup | null;
  error?: string | null;
  route: ReaderRoute;
  theme: Theme;
  sources: ReaderSources;
  onSearch(query: string): void;
}

/**
 * The corpus reader: every document, one document (bundled or saved) at a passage, a name's
 * page, or a search of the corpus and the library.
 */
export default function ReaderApp({
  corpus,
  error,
  route,
  theme,
  sources,
  onSearch,
}: ReaderAppProps) {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    onSearch(input.value);
  };
  return (
    <div class="fr-theme rd-root" data-theme={theme}>
      <header class="rd-header">
        <h1 class="rd-h1">
          <a href={readerHash({ view: 'list' })}>{t('readerTitle')}</a>
        </h1>
        <nav class="rd-nav" aria-label={t('navLabel')}>
          <a
            href={readerHash({ view: 'suggestions' })}
            aria-current={route.view === 'suggestions' ? 'page' : undefined}
          >
            {t('readerSuggestions')}
          </a>
        </nav>
        <form class="rd-search" aria-label={t('searchLabel')} onSubmit={onSubmit}>
          <label for="rd-q" class="rd-visually-hidden">
            {t('readerSearchLabel')}
          </label>
          <input
            id="rd-q"
            name="q"
            type="search"
            placeholder={t('readerSearchLabel')}
            value={route.view === 'search' ? route.query : ''}
          />
          <button type="submit">{t('readerSearchButton')}</button>
        </form>
      </header>
      <main class="rd-main">
        {error ? (
          <p role="alert">{t('readerLoadError', error)}</p>
        ) : !corpus ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : route.view === 'doc' ? (
          corpus.documents.has(route.docId) ? (
            <DocumentView
              corpus={corpus.corpus}
              docId={route.docId}
              passageId={route.passageId}
              entityId={route.entityId}
            />
          ) : (
            <SavedArticleView
              library={sources.library}
              articleId={route.docId}
              passageId={route.passageId}
              entityId={route.entityId}
            />
          )
        ) : route.view === 'name' ? (
          <NamePage corpus={corpus.corpus} library={sources.library} entityId={route.entityId} />
        ) : route.view === 'suggestions' ? (
          <SuggestedNames suggestions={sources.suggestions} />
        ) : route.view === 'search' ? (
          <SearchResults
            corpus={corpus}
            query={route.query}
            searcher={sources.searcher}
            searchLibrary={sources.searchLibrary}
          />
        ) : (
          <DocumentList corpus={corpus.corpus} library={sources.library} />
        )}
      </main>
    </div>
  );
}
