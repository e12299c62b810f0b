import { t } from '../../../lib/i18n';
import { typeLabel } from '../../../lib/i18n/labels';
import type { ReaderName } from '../../../lib/library/types';

export interface LibraryNamesProps {
  /** The reader's own names (a pack's names are listed, and removed, with their pack). */
  names: readonly ReaderName[];
  busy: boolean;
  onRemove(name: ReaderName): void;
}

/** The names the reader added, each with its type, spellings and Remove. */
export default function LibraryNames({ names, busy, onRemove }: LibraryNamesProps) {
  if (names.length === 0) return <p class="fr-muted">{t('libraryNoNames')}</p>;
  return (
    <ul class="fr-library-list" aria-labelledby="library-names">
      {names.map((name) => (
        <li key={name.id}>
          <div class="fr-library-what">
            <span class="fr-library-name">{name.name}</span>
            <span class="fr-muted fr-library-small">
              {[typeLabel(name.type), ...name.aliases.map((a) => a.text)].join(' · ')}
            </span>
          </div>
          <button
            type="button"
            class="fr-button"
            aria-label={t('libraryNameRemoveLabel', name.name)}
            disabled={busy}
            onClick={() => onRemove(name)}
          >
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
