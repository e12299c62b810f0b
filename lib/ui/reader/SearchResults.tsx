import { useState } from 'preact/hooks';
import type { CorpusLookup } from '../../corpus-client';
import { t, typeLabel } from '../../i18n';
import type { LibraryFilter as Filter } from '../../library/library-index';
import type { LibrarySearchReply } from '../../messages';
import { hitRanges, queryWordRanges, type Searcher, toSegments } from '../../search';
import HighlightedText from '../components/HighlightedText';
import LibraryFilter from '../components/LibraryFilter';
import Snippet from '../components/Snippet';
import { readerHash } from './route';
import { formatDay } from './SavedArticleView';
import { useLoad, usePageTitle } from './use-load';

export interface SearchResultsProps {
  corpus: CorpusLookup;
  query: string;
  /** The popup's typo-tolerant search over the corpus's names and passages. */
  searcher(): Promise<Searcher>;
  /** The library's full-text search (the background keeps its index). */
  searchLibrary(query: string): Promise<LibrarySearchReply>;
}

/**
 * The reader's search: the popup's search over the corpus (typo-tolerant, accents and case
 * ignored), names then passages, and the reader's library after them, with the popup's filter
 * (all, the corpus only, the library only). Names open their page; passages their document.
 */
export default function SearchResults({
  corpus,
  query,
  searcher,
  searchLibrary,
}: SearchResultsProps) {
  const [filter, setFilter] = useState<Filter>('all');
  usePageTitle(`${query} · Frontera`);
  const engine = useLoad('searcher', searcher);
  // All and Mine show the same library results: switching between them asks nothing again.
  const askLibrary = filter !== 'bundled';
  const library = useLoad(`${askLibrary}\n${query}`, () =>
    askLibrary ? searchLibrary(query) : Promise.resolve(null),
  );
  const found =
    engine.status === 'done' && filter !== 'mine'
      ? engine.value.search(query, { maxEntities: 10, maxPassages: 30 })
      : null;
  const mine = library.status === 'done' ? library.value : null;
  const names = found?.entities ?? [];
  const passages = found?.passages ?? [];
  const nameCount = names.length + (mine?.names.length ?? 0);
  const passageCount = passages.length + (mine?.passages.length ?? 0);
  const settled =
    (engine.status !== 'loading' || filter === 'mine') &&
    (library.status !== 'loading' || filter === 'bundled');

  return (
    <section aria-labelledby="search-title" class="rd-search-results">
      <h2 id="search-title" class="rd-h2">
        {t('readerResultsFor', query)}
      </h2>
      <LibraryFilter
        name="rd-filter"
        value={filter}
        onChange={setFilter}
        chipClass="rd-chip"
        fieldsetClass="rd-filter"
        hiddenClass="rd-visually-hidden"
      />
      <p class="rd-muted" role="status">
        {settled ? t('resultsStatus', [nameCount, passageCount]) : t('loading')}
      </p>
      {engine.status === 'failed' && filter !== 'mine' ? (
        <p role="alert">{t('readerLoadError', engine.error)}</p>
      ) : null}
      {library.status === 'failed' && filter !== 'bundled' ? (
        <p role="alert">{t('readerLibrarySearchError', library.error)}</p>
      ) : null}
      {settled && nameCount + passageCount === 0 ? (
        <p>
          <strong>{t('readerNoResults', query)}</strong>
        </p>
      ) : null}

      {names.length > 0 ? (
        <section aria-labelledby="hits-names" class="rd-hit-group">
          <h3 id="hits-names" class="rd-h3">
            {t('groupEntities')}
          </h3>
          <ul class="rd-hits">
            {names.map((hit) => {
              const type = corpus.corpus.entities.find((e) => e.id === hit.doc.id)?.type;
              return (
                <li key={hit.doc.id} class="rd-hit rd-hit-name" data-entity-id={hit.doc.id}>
                  <a href={readerHash({ view: 'name', entityId: hit.doc.id })}>
                    <HighlightedText
                      segments={toSegments(
                        hit.doc.title,
                        hitRanges(hit.doc.title, hit, 'title', query),
                      )}
                    />
                  </a>{' '}
                  <span class="rd-muted">
                    {type ? typeLabel(type) : ''}
                    {hit.viaAlias ? ` · ${t('alsoKnownAs')} ${hit.viaAlias}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {passages.length > 0 ? (
        <section aria-labelledby="hits-passages" class="rd-hit-group">
          <h3 id="hits-passages" class="rd-h3">
            {t('groupPassages')}
          </h3>
          <ul class="rd-hits">
            {passages.map((hit) => {
              const p = corpus.passages.get(hit.doc.id);
              const doc = p ? corpus.documents.get(p.docId) : undefined;
              const text = p?.text ?? hit.doc.text;
              return (
                <li key={hit.doc.id} class="rd-hit" data-passage-id={hit.doc.id}>
                  <a
                    href={readerHash({
                      view: 'doc',
                      docId: p?.docId ?? hit.doc.id.split('/')[0] ?? '',
                      passageId: hit.doc.id,
                    })}
                  >
                    {doc?.title ?? hit.doc.title} ¶ {p?.position}
                  </a>
                  <Snippet
                    text={text}
                    ranges={hitRanges(text, hit, 'text', query)}
                    length={240}
                    lang={doc?.language}
                    as="p"
                    class="rd-text"
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {mine && mine.names.length + mine.passages.length > 0 ? (
        <section aria-labelledby="hits-library" class="rd-hit-group">
          <h3 id="hits-library" class="rd-h3">
            {t('groupLibrary')}
          </h3>
          <ul class="rd-hits">
            {mine.names.map((n) => (
              <li key={n.id} class="rd-hit rd-hit-name rd-hit-mine" data-entity-id={n.id}>
                <a href={readerHash({ view: 'name', entityId: n.id })}>
                  <HighlightedText segments={toSegments(n.name, queryWordRanges(n.name, query))} />
                </a>{' '}
                <span class="rd-muted">
                  {typeLabel(n.type)} · {t('cardYourName')}
                </span>
              </li>
            ))}
            {mine.passages.map((p) => (
              <li key={p.id} class="rd-hit rd-hit-mine" data-passage-id={p.id}>
                <a href={readerHash({ view: 'doc', docId: p.articleId, passageId: p.id })}>
                  {p.title}
                </a>{' '}
                <span class="rd-muted">
                  {p.site} · {p.date ? formatDay(p.date) : t('savedOnShort', formatDay(p.savedAt))}
                </span>
                <Snippet text={p.text} ranges={p.ranges} length={240} as="p" class="rd-text" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
