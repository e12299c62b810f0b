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
  const how = mention.method === 'fuzzy' ? 'close spelling' : 'from context';
  return (
    <p class="fr-match-note">
      Matched “{mention.text}” as {entityName} ({how})
    </p>
  );
}
