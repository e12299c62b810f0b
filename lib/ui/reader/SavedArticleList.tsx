import { useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import type { SavedArticle } from '../../library/types';
import type { ReaderLibrary } from './name-page';
import { readerHash } from './route';
import { formatDay } from './SavedArticleView';
import { errorText, useLoad } from './use-load';

/** How many saved articles the front page lists before "Show all" (a library may hold thousands). */
export const NEWEST_SAVED = 50;

export interface SavedArticleListProps {
  library: ReaderLibrary;
  /** Asks the reader before a removal; the browser's confirm unless a test passes its own. */
  ask?(question: string): boolean;
}

/**
 * The reader's saved articles on the reader's front page, newest saved first: each links to the
 * saved article and can be removed (after asking). A library that cannot be read is said in a
 * line; the corpus's documents above it are shown all the same.
 */
export default function SavedArticleList({
  library,
  ask = (q) => globalThis.confirm(q),
}: SavedArticleListProps) {
  const loaded = useLoad('saved-articles', () => library.articles());
  // Removed here since the list was read: filtered out rather than read again, so the list
  // (and the reader's place in it) does not flash away while the library is read.
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const articles = loaded.status === 'done' ? loaded.value.filter((a) => !removed.has(a.id)) : [];
  const shown = showAll ? articles : articles.slice(0, NEWEST_SAVED);

  const remove = async (article: SavedArticle) => {
    if (!ask(t('readerRemoveConfirm', article.title))) return;
    setFailure(null);
    try {
      await library.remove(article.id);
      setRemoved((before) => new Set([...before, article.id]));
      setStatus(t('readerRemoved', article.title));
      // Its button is gone: the list's heading is the nearest place to carry on from.
      heading.current?.focus();
    } catch (err) {
      setFailure(t('libraryChangeFailed', errorText(err)));
    }
  };

  const showEvery = () => {
    setShowAll(true);
    // The button is gone once everything is listed: go on from the first article it revealed.
    requestAnimationFrame(() =>
      heading.current?.parentElement
        ?.querySelectorAll<HTMLAnchorElement>('.rd-saved-item a')
        [NEWEST_SAVED]?.focus(),
    );
  };

  return (
    <section class="rd-saved-list" aria-labelledby="saved-title" lang={uiLanguage()}>
      <h2 id="saved-title" class="rd-h2" tabIndex={-1} ref={heading}>
        {loaded.status === 'done' ? t('readerSavedArticles', articles.length) : t('libraryTitle')}
      </h2>
      {loaded.status === 'loading' ? (
        <p class="rd-note-line">{t('nameLibraryLoading')}</p>
      ) : loaded.status === 'failed' ? (
        <p role="alert">{t('readerLibraryError', loaded.error)}</p>
      ) : articles.length === 0 ? (
        <p class="rd-note-line">{t('readerNoSavedArticles')}</p>
      ) : (
        <ul class="rd-docs">
          {shown.map((a) => (
            <li key={a.id} class="rd-doc rd-saved-item" data-article-id={a.id}>
              <div class="rd-saved-text">
                <a
                  class="rd-doc-title"
                  href={readerHash({ view: 'doc', docId: a.id, passageId: null })}
                  lang={a.language ?? undefined}
                >
                  {a.title}
                </a>
                <p class="rd-meta">
                  {a.site} · {a.publishedAt ? formatDay(a.publishedAt) : t('dateNotStated')} ·{' '}
                  {t('nameSavedOn', formatDay(a.savedAt))}
                </p>
              </div>
              <button
                type="button"
                class="rd-button"
                aria-label={t('readerRemoveArticleLabel', a.title)}
                onClick={() => void remove(a)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length < articles.length ? (
        <p class="rd-more">
          <span class="rd-muted">{t('readerNewestSaved', NEWEST_SAVED)}</span>{' '}
          <button type="button" class="rd-button" onClick={showEvery}>
            {t('readerShowAllSaved', articles.length)}
          </button>
        </p>
      ) : null}
      {failure ? <p role="alert">{failure}</p> : null}
      <p class="rd-status" role="status">
        {status}
      </p>
    </section>
  );
}
