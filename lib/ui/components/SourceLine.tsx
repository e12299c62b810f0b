import type { SourceDocumentMeta } from '../../corpus/types';
import { t } from '../../i18n';
import { formatDocDate } from '../format';

export interface SourceLineProps {
  document: SourceDocumentMeta;
}

/**
 * "Title · Outlet · 21 January 2025": what an excerpt comes from, saying only what the source
 * knows. An article of the reader's library says so ("Saved"), with the day it was saved where
 * the page stated no date of its own.
 */
export default function SourceLine({ document }: SourceLineProps) {
  const saved = document.saved;
  const stated = document.date !== null && document.dateBasis !== 'unknown';
  const date =
    saved && !stated
      ? t('cardSavedOn', formatDocDate({ date: saved.savedAt.slice(0, 10), dateBasis: 'stated' }))
      : formatDocDate(document);
  return (
    <p class="fr-source">
      {saved ? <span class="fr-saved">{t('cardSaved')} </span> : null}
      <cite class="fr-source-title">{document.title}</cite>
      {document.outlet ? <span class="fr-source-outlet"> · {document.outlet}</span> : null}
      <span class="fr-source-date" title={document.dateNote ?? undefined}>
        {' · '}
        {date}
      </span>
    </p>
  );
}
