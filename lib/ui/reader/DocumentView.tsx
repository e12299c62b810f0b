import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import type { CorpusData, Passage } from '../../corpus/types';
import { kindLabel, t, uiLanguage } from '../../i18n';
import { formatDocDate, formatTimestamp } from '../format';
import { videoUrl } from '../links';
import { passageElementId, readerHash } from './route';

export interface DocumentViewProps {
  corpus: CorpusData;
  docId: string;
  /** The passage to scroll to and highlight. */
  passageId: string | null;
  /** Scrolls the passage into view (a parameter so tests and reduced motion can choose how). */
  scrollToPassage?(el: HTMLElement): void;
}

const defaultScroll = (el: HTMLElement) => {
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
};

/** One document, passage by passage, with its headings and a link to each passage. */
export default function DocumentView({
  corpus,
  docId,
  passageId,
  scrollToPassage = defaultScroll,
}: DocumentViewProps) {
  const doc = corpus.documents.find((d) => d.id === docId);
  const passages = corpus.passages
    .filter((p) => p.docId === docId)
    .sort((a, b) => a.position - b.position);

  useEffect(() => {
    if (!passageId) {
      globalThis.scrollTo?.(0, 0);
      return;
    }
    const el = globalThis.document.getElementById(passageElementId(passageId));
    if (el) scrollToPassage(el);
  }, [docId, passageId, scrollToPassage]);

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

  let lastHeadings: string[] = [];
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
      <div class="rd-passages">
        {passages.map((p) => {
          const headings = newHeadings(lastHeadings, p.headingPath);
          lastHeadings = p.headingPath;
          return (
            <Fragment key={p.id}>
              {headings.map(({ text, depth }) => {
                const H = depth === 0 ? 'h3' : 'h4';
                return (
                  <H key={`${p.id}-h-${depth}`} class="rd-heading">
                    {text}
                  </H>
                );
              })}
              <PassageBlock passage={p} current={p.id === passageId} videoId={doc.videoId} />
            </Fragment>
          );
        })}
      </div>
    </article>
  );
}

/** Headings of `next` not already open from `prev` (so each heading shows once). */
function newHeadings(prev: string[], next: string[]): { text: string; depth: number }[] {
  let same = 0;
  while (same < prev.length && same < next.length && prev[same] === next[same]) same++;
  return next.slice(same).map((text, i) => ({ text, depth: same + i }));
}

interface PassageBlockProps {
  passage: Passage;
  current: boolean;
  videoId: string | null;
}

function PassageBlock({ passage, current, videoId }: PassageBlockProps) {
  const href = readerHash({ view: 'doc', docId: passage.docId, passageId: passage.id });
  return (
    <section
      id={passageElementId(passage.id)}
      class={`rd-passage rd-kind-${passage.kind}${current ? ' rd-current' : ''}`}
      data-passage-id={passage.id}
      aria-current={current ? 'location' : undefined}
      aria-label={t('readerPassage', passage.position)}
      tabIndex={-1}
    >
      <p class="rd-text">{passage.text}</p>
      <p class="rd-passage-links" lang={uiLanguage()}>
        <a class="rd-anchor" href={href} title={t('readerLinkToPassage')}>
          ¶ {passage.position}
        </a>
        {videoId && passage.time !== null ? (
          <a href={videoUrl(videoId, passage.time)} target="_blank" rel="noopener noreferrer">
            {t('watchAt', formatTimestamp(passage.time))}
          </a>
        ) : null}
      </p>
    </section>
  );
}
