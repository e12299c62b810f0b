import { t } from '../../../lib/i18n';
import { PACK_MAX_BYTES, PACK_VERSION } from '../../../lib/library/pack';
import { LibraryError } from '../../../lib/library/types';

/** What went wrong, in the reader's language, and the technical reason (English) beside it. */
export interface Problem {
  text: string;
  detail: string | null;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Why an import did not happen, in words: every one of them says the library is unchanged. */
export function importProblem(err: unknown): Problem {
  const detail = reasonOf(err);
  if (!(err instanceof LibraryError)) return { text: t('libraryErrorOther'), detail };
  switch (err.code) {
    case 'pack-too-large':
      return { text: t('libraryErrorTooLarge', PACK_MAX_BYTES / (1024 * 1024)), detail: null };
    case 'pack-too-new':
      return { text: t('libraryErrorTooNew', PACK_VERSION), detail: null };
    case 'invalid-pack':
      // The path of what is wrong ("articles[3].title: expected a string") helps whoever made it.
      return { text: t('libraryErrorInvalid'), detail };
    case 'storage-full':
      return { text: t('libraryErrorFull'), detail: null };
    default:
      return { text: t('libraryErrorOther'), detail };
  }
}

/** A change that failed (remove, switch, erase, export), with its reason. */
export function changeProblem(key: 'libraryChangeFailed' | 'libraryExportFailed', err: unknown) {
  return { text: t(key, reasonOf(err)), detail: null };
}

export interface LibraryAlertProps {
  problem: Problem | null;
}

/**
 * The library section's alert: always in the page, so assistive technology announces a problem
 * the moment it is written into it.
 */
export default function LibraryAlert({ problem }: LibraryAlertProps) {
  return (
    <div class="fr-library-alert" role="alert">
      {problem ? (
        <>
          <p>{problem.text}</p>
          {problem.detail ? (
            <p class="fr-library-detail">{t('libraryErrorDetail', problem.detail)}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
