import { t } from '../../../lib/i18n';
import type { PackRecord } from '../../../lib/library/types';
import { formatDocDate } from '../../../lib/ui/format';

export interface LibraryPacksProps {
  packs: readonly PackRecord[];
  /** A change is being written: the controls wait. */
  busy: boolean;
  onSwitch(pack: PackRecord, enabled: boolean): void;
  onRemove(pack: PackRecord): void;
}

/** The day a pack was imported, as the reader's language writes dates. */
const day = (iso: string) => formatDocDate({ date: iso.slice(0, 10), dateBasis: 'stated' });

/**
 * The packs imported so far: what each brought, a switch that keeps it but stops using it, and
 * Remove, which takes away everything it brought.
 */
export default function LibraryPacks({ packs, busy, onSwitch, onRemove }: LibraryPacksProps) {
  if (packs.length === 0) return <p class="fr-muted">{t('libraryNoPacks')}</p>;
  return (
    <ul class="fr-library-list" aria-labelledby="library-packs">
      {packs.map((pack, i) => (
        <li key={pack.id} class="fr-library-pack">
          <div class="fr-library-what">
            <span class="fr-library-name" id={`library-pack-${i}`}>
              {pack.title}
            </span>
            {pack.description ? <span class="fr-muted">{pack.description}</span> : null}
            <span class="fr-muted fr-library-small">
              {t('libraryPackSummary', [pack.articleCount, pack.nameCount, day(pack.importedAt)])}
            </span>
          </div>
          <span class="fr-library-switch">
            <span id={`library-pack-${i}-use`}>{t('libraryPackInUse')}</span>
            <button
              type="button"
              role="switch"
              class="fr-switch"
              aria-checked={pack.enabled}
              aria-labelledby={`library-pack-${i}-use library-pack-${i}`}
              disabled={busy}
              onClick={() => onSwitch(pack, !pack.enabled)}
            />
          </span>
          <button
            type="button"
            class="fr-button"
            aria-label={t('libraryPackRemoveLabel', pack.title)}
            disabled={busy}
            onClick={() => onRemove(pack)}
          >
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
