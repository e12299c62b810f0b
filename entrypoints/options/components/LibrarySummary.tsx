import { t } from '../../../lib/i18n';
import type { SkippedRecord } from '../../../lib/library/types';

export interface LibraryCounts {
  articles: number;
  passages: number;
  names: number;
  packs: number;
}

export interface LibrarySummaryProps {
  counts: LibraryCounts;
  /** Stored records that failed to parse: not used, not exported, but never hidden. */
  skipped: readonly SkippedRecord[];
}

/** What the library holds, and a warning for any record that could not be read. */
export default function LibrarySummary({ counts, skipped }: LibrarySummaryProps) {
  const rows: [string, number][] = [
    [t('libraryCountArticles'), counts.articles],
    [t('libraryCountPassages'), counts.passages],
    [t('libraryCountNames'), counts.names],
    [t('libraryCountPacks'), counts.packs],
  ];
  return (
    <>
      <dl class="fr-library-counts">
        {rows.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {skipped.length > 0 ? (
        <div class="fr-library-warning">
          <p>{t('librarySkipped', skipped.length)}</p>
          <ul>
            {skipped.map((s) => (
              <li key={`${s.table}/${s.key}`}>
                <code>
                  {s.table} {s.key}
                </code>
                : {s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
