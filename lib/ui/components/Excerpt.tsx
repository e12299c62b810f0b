import type { CardExcerpt } from '../../corpus/card';
import { excerptSegments, formatTimestamp } from '../format';
import { type CardLinks, videoUrl } from '../links';
import HighlightedText from './HighlightedText';
import SourceLine from './SourceLine';

export interface ExcerptProps {
  excerpt: CardExcerpt;
  links: CardLinks;
  /** Names of other page entities, for "Also mentions … (on this page)". */
  sharedNames?: Record<string, string>;
}

/** One corpus excerpt: the passage with the name marked, where it comes from, and where to read on. */
export default function Excerpt({ excerpt, links, sharedNames }: ExcerptProps) {
  const { passage, document, marks, sharedEntityIds } = excerpt;
  const readerUrl = links.readerUrl(passage);
  const shared = sharedEntityIds.map((id) => sharedNames?.[id]).filter((n): n is string => !!n);
  const onReader = links.openExtensionPage
    ? (e: MouseEvent) => {
        e.preventDefault();
        links.openExtensionPage?.(readerUrl);
      }
    : undefined;
  return (
    <li class="fr-excerpt">
      <blockquote class="fr-quote">
        <HighlightedText segments={excerptSegments(passage.text, marks)} />
      </blockquote>
      <SourceLine document={document} />
      {shared.length > 0 ? (
        <p class="fr-why">Also mentions {shared.join(', ')}, as this page does.</p>
      ) : null}
      <p class="fr-excerpt-links">
        <a class="fr-link" href={readerUrl} target="_blank" rel="noopener" onClick={onReader}>
          Read in context
        </a>
        {document.videoId && passage.time !== null ? (
          <a
            class="fr-link"
            href={videoUrl(document.videoId, passage.time)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Watch at {formatTimestamp(passage.time)}
          </a>
        ) : null}
      </p>
    </li>
  );
}
