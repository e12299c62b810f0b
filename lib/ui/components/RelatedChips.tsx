import type { CardView } from '../../corpus/card';
import { typeLabel } from '../../i18n';

export interface RelatedChipsProps {
  related: CardView['related'];
  onSelectEntity?(id: string): void;
}

/** Related entities; with `onSelectEntity` each is a button that shows that entity's card. */
export default function RelatedChips({ related, onSelectEntity }: RelatedChipsProps) {
  if (related.length === 0) return null;
  return (
    <ul class="fr-chips">
      {related.map((r) => (
        <li key={r.id}>
          {onSelectEntity ? (
            <button
              type="button"
              class="fr-chip"
              title={typeLabel(r.type)}
              onClick={() => onSelectEntity(r.id)}
            >
              {r.name}
            </button>
          ) : (
            <span class="fr-chip" title={typeLabel(r.type)}>
              {r.name}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
