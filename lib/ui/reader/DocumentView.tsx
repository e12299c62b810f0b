import type { CorpusData } from '../../corpus/types';
import { kindLabel, t, uiLanguage } from '../../i18n';
import { formatDocDate } from '../format';
import { videoUrl } from '../links';
import { nameMarks } from './name-page';
import PassageList from './PassageList';
import { readerHash } from './route';
import { usePageTitle } from './use-load';

export interface DocumentViewProps {
  corpus: CorpusData;
  docId: string;
  /** The passage to scroll to and highlight. */
  passageId: string | null;
  /** A name to mark in every passage (the name's page links here with it). */
  entityId?: string;
  /** Scrolls the passage into view (a parameter so tests and reduced motion can choose how). */
  scrollToPassage?(el: HTMLElement): void;
}

/** One bundled document, passage by passage, with its headings and a link to each passage. */
export default function DocumentView({
  corpus,
  docId,
  passageId,
  entityId,
  scrollToPassage,
}: DocumentViewProps) {
  const doc = corpus.documents.find((d) => d.id === docId);
  usePageTitle(doc ? `${doc.title} · Frontera` : t('readerTitle'));
  const passages = corpus.passages
    .filter((p) => p.docId === docId)
    .sort((a, b) => a.position - b.position);
  const entity = entityId ? corpus.entities.find((e) => e.id === entityId) : undefined;

  if (!doc) {
    return (
      <section>
        <h2 class="rd-h2">{t('readerNotFound')}</h2>
        <p>
          {t('readerNotFoundText', docId)}{' '}
          <a href={readerHash({ view: 'list' })}>{t('readerAllDocuments')}</a>
        </p>
      </section>
    );
  }

  return (
    <article class="rd-article" lang={doc.language} aria-labelledby="doc-title">
      <p class="rd-back">
        <a href={readerHash({ view: 'list' })}>{t('readerAllDocuments')}</a>
      </p>
      <h2 id="doc-title" class="rd-h2">
        {doc.title}
      </h2>
      <dl class="rd-facts" lang={uiLanguage()}>
        <dt>{t('readerKind')}</dt>
        <dd>{kindLabel(doc.kind)}</dd>
        <dt>{t('readerOutlet')}</dt>
        <dd>{doc.outlet ?? t('readerNotStated')}</dd>
        {doc.author ? (
          <>
            <dt>{t('readerAuthor')}</dt>
            <dd>{doc.author}</dd>
          </>
        ) : null}
        <dt>{t('readerDate')}</dt>
        <dd>
          {formatDocDate(doc)}
          {doc.dateNote ? <span class="rd-date-note"> — {doc.dateNote}</span> : null}
        </dd>
        {doc.videoId ? (
          <>
            <dt>{t('readerVideo')}</dt>
            <dd>
              <a href={videoUrl(doc.videoId, 0)} target="_blank" rel="noopener noreferrer">
                {t('readerWatchVideo')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <PassageList
        passages={passages}
        passageId={passageId}
        entityId={entity?.id}
        marksOf={
          entity
            ? (p) =>
                nameMarks(p.text, corpus.mentions?.[p.id], entity.id, [
                  entity.name,
                  ...entity.aliases,
                ])
            : undefined
        }
        videoId={doc.videoId}
        scrollToPassage={scrollToPassage}
      />
    </article>
  );
}
