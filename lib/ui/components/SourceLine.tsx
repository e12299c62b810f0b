import type { SourceDocumentMeta } from '../../corpus/types';
import { formatDocDate } from '../format';

export interface SourceLineProps {
  document: SourceDocumentMeta;
}

/** "Title · Outlet · 21 January 2025": what an excerpt comes from, saying only what the corpus knows. */
export default function SourceLine({ document }: SourceLineProps) {
  const date = formatDocDate(document);
  return (
    <p class="fr-source">
      <cite class="fr-source-title">{document.title}</cite>
      {document.outlet ? <span class="fr-source-outlet"> · {document.outlet}</span> : null}
      <span class="fr-source-date" title={document.dateNote ?? undefined}>
        {' · '}
        {date}
      </span>
    </p>
  );
}
