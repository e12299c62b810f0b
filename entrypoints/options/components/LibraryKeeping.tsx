import { t, uiLanguage } from '../../../lib/i18n';
import { formatBytes, type StorageReport } from '../../../lib/library/durability';
import { formatDocDate } from '../../../lib/ui/format';

export interface LibraryKeepingProps {
  /** What the browser says of Frontera's storage; null when it does not say. */
  storage: StorageReport | null;
  /** ISO date-time of the last export from this profile, or null. */
  lastExportAt: string | null;
  /** The reader's own saved articles, for the reminder's words. */
  ownArticles: number;
  /** Whether to remind the reader to export now (lib/settings/library-backup.ts decides). */
  remind: boolean;
  onDismiss(): void;
  onExport(): void;
}

const day = (iso: string) => formatDocDate({ date: iso.slice(0, 10), dateBasis: 'stated' });

/**
 * How the library is kept: the room it takes of what the browser allows, whether the browser may
 * clear it, the day of the last export, and, once there is something to lose, a reminder to
 * export (Export, or "Not now" for a month).
 */
export default function LibraryKeeping(props: LibraryKeepingProps) {
  const { storage, lastExportAt } = props;
  const lang = uiLanguage();
  return (
    <div class="fr-library-keeping">
      {props.remind ? (
        <div class="fr-library-reminder" role="note" aria-labelledby="library-reminder-text">
          <p id="library-reminder-text">
            {lastExportAt
              ? t('libraryReminderAgain', day(lastExportAt))
              : t('libraryReminderFirst', props.ownArticles)}
          </p>
          <div class="fr-library-actions">
            <button type="button" class="fr-button primary" onClick={props.onExport}>
              {t('libraryExport')}
            </button>
            <button type="button" class="fr-button" onClick={props.onDismiss}>
              {t('libraryReminderDismiss')}
            </button>
          </div>
        </div>
      ) : null}
      <p class="fr-library-storage">
        {storage
          ? `${t('libraryStorageUsage', [formatBytes(storage.usage, lang), formatBytes(storage.quota, lang)])} ${t(
              storage.persisted ? 'libraryStoragePersisted' : 'libraryStorageNotPersisted',
            )}`
          : t('libraryStorageUnknown')}
      </p>
      <p class="fr-library-last-export">
        {lastExportAt ? t('libraryLastExport', day(lastExportAt)) : t('libraryNeverExported')}
      </p>
    </div>
  );
}
