import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import { toSegments } from '../../search';
import HighlightedText from '../components/HighlightedText';
import { formatTimestamp } from '../format';
import { videoUrl } from '../links';
import { passageElementId, readerHash } from './route';

/** A passage as both kinds of document have it (a bundled one, or a saved article's). */
export interface ListedPassage {
  id: string;
  docId: string;
  position: number;
  headingPath: readonly string[];
  text: string;
  /** Seconds into the document's video (podcast summaries). */
  time?: number | null;
  /** A bundled passage's kind (paragraph, list, table, callout), for its style. */
  kind?: string;
}

export interface PassageListProps {
  passages: readonly ListedPassage[];
  /** The passage to scroll to and highlight. */
  passageId: string | null;
  /** The name marked in every passage (from a name's page "Read in context"), kept in links. */
  entityId?: string;
  marksOf?(passage: ListedPassage): readonly { start: number; end: number }[];
  videoId?: string | null;
  /** Scrolls the passage into view (a parameter so tests and reduced motion can choose how). */
  scrollToPassage?(el: HTMLElement): void;
}

const defaultScroll = (el: HTMLElement) => {
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
};

/** A document's passages in reading order, each heading once, the current passage marked. */
export default function PassageList({
  passages,
  passageId,
  entityId,
  marksOf,
  videoId = null,
  scrollToPassage = defaultScroll,
}: PassageListProps) {
  const docId = passages[0]?.docId;
  useEffect(() => {
    if (!passageId) {
      globalThis.scrollTo?.(0, 0);
      return;
    }
    const el = globalThis.document.getElementById(passageElementId(passageId));
    if (el) scrollToPassage(el);
  }, [docId, passageId, scrollToPassage]);

  let lastHeadings: readonly string[] = [];
  return (
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
            <PassageBlock
              passage={p}
              current={p.id === passageId}
              entityId={entityId}
              marks={marksOf?.(p) ?? []}
              videoId={videoId}
            />
          </Fragment>
        );
      })}
    </div>
  );
}

/** Headings of `next` not already open from `prev` (so each heading shows once). */
function newHeadings(
  prev: readonly string[],
  next: readonly string[],
): { text: string; depth: number }[] {
  let same = 0;
  while (same < prev.length && same < next.length && prev[same] === next[same]) same++;
  return next.slice(same).map((text, i) => ({ text, depth: same + i }));
}

interface PassageBlockProps {
  passage: ListedPassage;
  current: boolean;
  entityId: string | undefined;
  marks: readonly { start: number; end: number }[];
  videoId: string | null;
}

function PassageBlock({ passage, current, entityId, marks, videoId }: PassageBlockProps) {
  const href = readerHash({
    view: 'doc',
    docId: passage.docId,
    passageId: passage.id,
    ...(entityId ? { entityId } : {}),
  });
  const time = passage.time ?? null;
  return (
    <section
      id={passageElementId(passage.id)}
      class={`rd-passage${passage.kind ? ` rd-kind-${passage.kind}` : ''}${current ? ' rd-current' : ''}`}
      data-passage-id={passage.id}
      aria-current={current ? 'location' : undefined}
      aria-label={t('readerPassage', passage.position)}
      tabIndex={-1}
    >
      <p class="rd-text">
        <HighlightedText
          segments={toSegments(
            passage.text,
            marks.map((m) => [m.start, m.end]),
          )}
        />
      </p>
      <p class="rd-passage-links" lang={uiLanguage()}>
        <a class="rd-anchor" href={href} title={t('readerLinkToPassage')}>
          ¶ {passage.position}
        </a>
        {videoId && time !== null ? (
          <a href={videoUrl(videoId, time)} target="_blank" rel="noopener noreferrer">
            {t('watchAt', formatTimestamp(time))}
          </a>
        ) : null}
      </p>
    </section>
  );
}
