import type { CardExcerpt } from '../../corpus/card';
import { t } from '../../i18n';
import { excerptSegments, formatTimestamp } from '../format';
import { type CardLinks, videoUrl } from '../links';
import HighlightedText from './HighlightedText';
import SourceLine from './SourceLine';

/** About three lines of a popover: enough context around the name, short enough for three excerpts. */
const EXCERPT_CHARS = 240;

export interface ExcerptProps {
  excerpt: CardExcerpt;
  links: CardLinks;
  /** Names of other page entities, for "Also mentions …, as this page does" on a boosted excerpt. */
  sharedNames?: Record<string, string>;
}

/** "A, B and 2 more": names enough to explain the choice without crowding the card. */
function sharedPhrase(names: string[]): string {
  const and = ` ${t('listAnd')} `;
  if (names.length <= 2) return names.join(and);
  if (names.length === 3) return `${names[0]}, ${names[1]}${and}${names[2]}`;
  return `${names[0]}, ${names[1]}${and}${t('listMore', names.length - 2)}`;
}

/** One corpus excerpt: the passage with the name marked, where it comes from, and where to read on. */
export default function Excerpt({ excerpt, links, sharedNames }: ExcerptProps) {
  const { passage, document, marks, sharedEntityIds } = excerpt;
  const readerUrl = links.readerUrl(passage);
  const shared = excerpt.boosted
    ? sharedEntityIds.map((id) => sharedNames?.[id]).filter((n): n is string => !!n)
    : [];
  const onReader = links.openExtensionPage
    ? (e: MouseEvent) => {
        e.preventDefault();
        links.openExtensionPage?.(readerUrl);
      }
    : undefined;
  return (
    <li class="fr-excerpt">
      <blockquote class="fr-quote" lang={document.language}>
        <HighlightedText segments={excerptSegments(passage.text, marks, EXCERPT_CHARS)} />
      </blockquote>
      <SourceLine document={document} />
      {shared.length > 0 ? (
        <p class="fr-why">{t('cardAlsoMentions', sharedPhrase(shared))}</p>
      ) : null}
      <p class="fr-excerpt-links">
        <a class="fr-link" href={readerUrl} target="_blank" rel="noopener" onClick={onReader}>
          {t('cardReadInContext')}
        </a>
        {document.saved && /^https?:/.test(document.saved.url) ? (
          <a class="fr-link" href={document.saved.url} target="_blank" rel="noopener noreferrer">
            {t('cardOriginal')}
          </a>
        ) : null}
        {document.videoId && passage.time !== null ? (
          <a
            class="fr-link"
            href={videoUrl(document.videoId, passage.time)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('watchAt', formatTimestamp(passage.time))}
          </a>
        ) : null}
      </p>
    </li>
  );
}
