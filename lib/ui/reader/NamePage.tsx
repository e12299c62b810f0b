import type { CorpusData } from '../../corpus/types';
import { t, typeLabel, uiLanguage } from '../../i18n';
import { EMPTY_SLICE } from '../../library/card-sources';
import NamePicture from './NamePicture';
import NameSources from './NameSources';
import { assembleNamePage, needsLibrary, type ReaderLibrary } from './name-page';
import { readerHash } from './route';
import { useLoad, usePageTitle } from './use-load';

export interface NamePageProps {
  corpus: CorpusData;
  library: ReaderLibrary;
  entityId: string;
}

/**
 * A name's page: what it is (the corpus's summary, or the reader's own note, never both as one),
 * its passages and the names seen with it as a picture (NamePicture: a timeline and a map, and
 * the same as tables), every passage of the corpus and the library that mentions it, and the
 * names seen with it. The
 * corpus's part shows at once; the library's joins it when read, and if it cannot be read, the
 * page says so and keeps the corpus's part.
 */
export default function NamePage({ corpus, library, entityId }: NamePageProps) {
  const slice = useLoad(entityId, () => library.nameSlice(entityId));
  const data =
    slice.status === 'loading' && needsLibrary(entityId)
      ? undefined
      : assembleNamePage(corpus, slice.status === 'done' ? slice.value : EMPTY_SLICE, entityId);
  usePageTitle(data ? `${data.name} · Frontera` : t('readerTitle'));

  const libraryNote =
    slice.status === 'loading' ? (
      <p class="rd-note-line" role="status">
        {t('nameLibraryLoading')}
      </p>
    ) : slice.status === 'failed' ? (
      <p class="rd-note-line" role="alert">
        {t('nameLibraryError', slice.error)}
      </p>
    ) : null;

  if (data === undefined) return libraryNote;
  if (data === null) {
    return (
      <section aria-labelledby="name-title">
        <h2 id="name-title" class="rd-h2">
          {t('nameNotFound')}
        </h2>
        {libraryNote}
        <p>
          {t('nameNotFoundText', entityId)}{' '}
          <a href={readerHash({ view: 'list' })}>{t('readerAllDocuments')}</a>
        </p>
      </section>
    );
  }

  const others = data.aliases.filter((a) => a !== data.name);
  return (
    <article class="rd-name" data-entity-id={data.id} aria-labelledby="name-title">
      <p class="rd-back">
        <a href={readerHash({ view: 'list' })}>{t('readerAllDocuments')}</a>
      </p>
      <h2 id="name-title" class="rd-h2">
        {data.name}
      </h2>
      <p class="rd-meta" lang={uiLanguage()}>
        <span class="rd-type">{typeLabel(data.type)}</span>
        {data.mine ? ` · ${t('cardYourName')}` : null}
      </p>
      {others.length > 0 ? <p class="rd-aliases">{t('nameAlso', others.join(', '))}</p> : null}
      {libraryNote}
      {data.mine ? (
        <section class="rd-note" aria-labelledby="note-title">
          <h3 id="note-title" class="rd-h3">
            {t('cardYourNote')}
          </h3>
          {data.note ? (
            <p class="rd-note-text">{data.note}</p>
          ) : (
            <p class="rd-muted">{t('nameNoNote')}</p>
          )}
        </section>
      ) : (
        <section class="rd-summary" aria-labelledby="summary-title">
          <h3 id="summary-title" class="rd-h3">
            {t('nameSummary')}
          </h3>
          <p>{data.summary}</p>
        </section>
      )}
      {data.passageCount > 0 ? <NamePicture data={data} /> : null}
      <section aria-labelledby="passages-title">
        <h3 id="passages-title" class="rd-h3">
          {t('namePassagesTitle', data.passageCount)}
        </h3>
        {data.groups.length > 0 ? (
          <NameSources entityId={data.id} groups={data.groups} />
        ) : (
          <p class="rd-muted">{t('nameNoPassages', data.name)}</p>
        )}
      </section>
      <section aria-labelledby="seen-title">
        <h3 id="seen-title" class="rd-h3">
          {t('nameSeenWith')}
        </h3>
        {data.seenWith.length > 0 ? (
          <ul class="rd-seen">
            {data.seenWith.map((s) => (
              <li key={s.id} data-entity-id={s.id}>
                <a href={readerHash({ view: 'name', entityId: s.id })}>{s.name}</a>{' '}
                <span class="rd-muted">
                  {typeLabel(s.type)} ·{' '}
                  {s.count === 1 ? t('nameSeenOnce') : t('nameSeenCount', s.count)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="rd-muted">{t('nameSeenWithNone')}</p>
        )}
      </section>
    </article>
  );
}
