import type { CorpusData } from '../../corpus/types';
import { t } from '../../i18n';
import type { Theme } from '../../settings';
import DocumentList from './DocumentList';
import DocumentView from './DocumentView';
import { type ReaderRoute, readerHash } from './route';
import SearchResults from './SearchResults';

export interface ReaderAppProps {
  corpus: CorpusData | null;
  error?: string | null;
  route: ReaderRoute;
  theme: Theme;
  onSearch(query: string): void;
}

/** The corpus reader: every document, one document at a passage, or a passage search. */
export default function ReaderApp({ corpus, error, route, theme, onSearch }: ReaderAppProps) {
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
          <DocumentView corpus={corpus} docId={route.docId} passageId={route.passageId} />
        ) : route.view === 'search' ? (
          <SearchResults corpus={corpus} query={route.query} />
        ) : (
          <DocumentList corpus={corpus} />
        )}
      </main>
    </div>
  );
}
