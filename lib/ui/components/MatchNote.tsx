import { t } from '../../i18n';
import type { Mention } from '../../match';

export interface MatchNoteProps {
  mention?: Mention;
  entityName: string;
}

/**
 * "Matched 'Sheinbuam' as Claudia Sheinbaum": shown only when the match was not exact, so the
 * reader can judge a typo-tolerant or context-decided match for themselves.
 */
export default function MatchNote({ mention, entityName }: MatchNoteProps) {
  if (!mention || mention.method === 'exact') return null;
  const how = t(mention.method === 'fuzzy' ? 'cardMatchFuzzy' : 'cardMatchContext');
  return <p class="fr-match-note">{t('cardMatched', [mention.text, entityName, how])}</p>;
}
