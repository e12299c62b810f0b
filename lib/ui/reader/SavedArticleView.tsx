import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import type { SavedArticle } from '../../library/types';
import { formatDocDate } from '../format';
import { nameMarks, type ReaderLibrary } from './name-page';
import PassageList from './PassageList';
import { readerHash } from './route';
import { errorText, useLoad, usePageTitle } from './use-load';

export interface SavedArticleViewProps {
  library: ReaderLibrary;
  articleId: string;
  passageId: string | null;
  /** A name to mark in every passage. */
  entityId?: string;
  scrollToPassage?(el: HTMLElement): void;
  /** Asks the reader before a removal; the browser's confirm unless a test passes its own. */
  ask?(question: string): boolean;
}

/** A day as the reader reads it, from an ISO date or date-time. */
export const formatDay = (iso: string) =>
  formatDocDate({ date: iso.slice(0, 10), dateBasis: 'stated' });

/** Only a web page's address becomes a link (a pack could carry any text as an address). */
export const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/**
 * An article of the reader's library, read from IndexedDB: what the page said about itself
 * (title, site, byline, its own date), when the reader saved it, a link to the original, and its
 * passages in order. Shown when no bundled document has the address's id.
 */
export default function SavedArticleView({
  library,
  articleId,
  passageId,
  entityId,
  scrollToPassage,
  ask = (q) => globalThis.confirm(q),
}: SavedArticleViewProps) {
  const loaded = useLoad(articleId, () => library.article(articleId));
  // The article this view removed (its id, so another article opened here is shown as usual).
  const [removed, setRemoved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const found = loaded.status === 'done' && removed !== articleId ? loaded.value : null;
  usePageTitle(found ? `${found.article.title} · Frontera` : t('readerTitle'));
  const back = <a href={readerHash({ view: 'list' })}>{t('readerAllDocuments')}</a>;
  const removedTitle = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The button that was pressed is gone: the reader goes on from the heading that replaced it.
    if (removed === articleId) removedTitle.current?.focus();
  }, [removed, articleId]);

  const remove = async (article: SavedArticle) => {
    if (!ask(t('readerRemoveConfirm', article.title))) return;
    setFailure(null);
    try {
      await library.remove(article.id);
      setRemoved(article.id);
    } catch (err) {
      setFailure(t('libraryChangeFailed', errorText(err)));
    }
  };

  if (removed === articleId && loaded.status === 'done' && loaded.value) {
    return (
      <section aria-labelledby="removed-title">
        <h2 id="removed-title" class="rd-h2" tabIndex={-1} ref={removedTitle}>
          {t('readerRemovedTitle')}
        </h2>
        <p role="status">{t('readerRemoved', loaded.value.article.title)}</p>
        <p>{back}</p>
      </section>
    );
  }

  if (loaded.status === 'loading') return <p aria-busy="true">{t('nameLibraryLoading')}</p>;
  if (!found) {
    return (
      <section>
        <h2 class="rd-h2">{t('readerNotFound')}</h2>
        {loaded.status === 'failed' ? (
          <p role="alert">{t('readerLibraryError', loaded.error)}</p>
        ) : null}
        <p>
          {t('readerNotFoundAnywhere', articleId)} {back}
        </p>
      </section>
    );
  }

  const { article, passages } = found;
  const mentions = new Map(passages.map((p) => [p.id, p.mentions]));
  return (
    <article
      class="rd-article rd-saved"
      lang={article.language ?? undefined}
      aria-labelledby="doc-title"
    >
      <p class="rd-back">{back}</p>
      <p class="rd-badge" lang={uiLanguage()}>
        {t('readerFromLibrary')}
      </p>
      <h2 id="doc-title" class="rd-h2">
        {article.title}
      </h2>
      <dl class="rd-facts" lang={uiLanguage()}>
        <dt>{t('readerSite')}</dt>
        <dd>{article.site}</dd>
        {article.byline ? (
          <>
            <dt>{t('readerAuthor')}</dt>
            <dd>{article.byline}</dd>
          </>
        ) : null}
        <dt>{t('readerDate')}</dt>
        <dd>{article.publishedAt ? formatDay(article.publishedAt) : t('readerNotStated')}</dd>
        <dt>{t('readerSavedOn')}</dt>
        <dd>{formatDay(article.savedAt)}</dd>
        {isWebAddress(article.url) ? (
          <>
            <dt>{t('readerOriginal')}</dt>
            <dd>
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {t('readerOpenOriginal', article.site)}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p class="rd-actions" lang={uiLanguage()}>
        <button type="button" class="rd-button" onClick={() => void remove(article)}>
          {t('readerRemoveFromLibrary')}
        </button>
      </p>
      {failure ? (
        <p role="alert" lang={uiLanguage()}>
          {failure}
        </p>
      ) : null}
      <PassageList
        passages={passages.map((p) => ({ ...p, docId: p.articleId }))}
        passageId={passageId}
        entityId={entityId}
        marksOf={entityId ? (p) => nameMarks(p.text, mentions.get(p.id), entityId, []) : undefined}
        scrollToPassage={scrollToPassage}
      />
    </article>
  );
}
