import type { Mention } from '../../match';
import { msg } from '../strings';

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
  const how = msg(mention.method === 'fuzzy' ? 'matchFuzzy' : 'matchContext');
  return <p class="fr-match-note">{msg('matched', mention.text, entityName, how)}</p>;
}
