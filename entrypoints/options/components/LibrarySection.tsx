import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScanData } from '../../../lib/corpus/types';
import { readPackagedJson } from '../../../lib/corpus-client';
import { t } from '../../../lib/i18n';
import { eraseLibrary } from '../../../lib/library/articles';
import { announceLibraryChange, watchLibraryChanges } from '../../../lib/library/changes';
import { removePack, setPackEnabled } from '../../../lib/library/contents';
import { type LibraryDb, openLibrary } from '../../../lib/library/db';
import { readStorage, type StorageLike, type StorageReport } from '../../../lib/library/durability';
import { removeName } from '../../../lib/library/names';
import { readAll } from '../../../lib/library/records';
import { type BundledNames, exportLibrary } from '../../../lib/library/transfer';
import type { PackRecord, ReaderName, SkippedRecord } from '../../../lib/library/types';
import { toBackground } from '../../../lib/messages';
import {
  type BackupState,
  exportReminderDue,
  loadBackupState,
  NO_BACKUP,
  saveBackupState,
} from '../../../lib/settings/library-backup';
import LibraryAlert, { changeProblem, type Problem } from './LibraryAlert';
import LibraryImport, { type Outcome } from './LibraryImport';
import LibraryKeeping from './LibraryKeeping';
import LibraryNames from './LibraryNames';
import LibraryPacks from './LibraryPacks';
import LibrarySummary, { type LibraryCounts } from './LibrarySummary';

export interface LibrarySectionProps {
  /** The library's database: the extension's own unless a test passes another. */
  db?: LibraryDb;
  /** The bundled names imports are checked against; scan.json by default. */
  bundled?: () => Promise<BundledNames>;
  /** Tells the background the library changed, so the matcher and search reload. */
  notify?: () => Promise<unknown>;
  now?: () => Date;
  /** Asks the reader before something cannot be undone. */
  ask?: (question: string) => boolean;
  /** Hands the exported file to the browser as a download. */
  download?: (text: string, fileName: string) => void;
  /** The browser's storage manager (navigator.storage); null where there is none. */
  storage?: StorageLike | null;
  /** Where the day of the last export and the reminder's dismissal are kept. */
  backup?: {
    load(): Promise<BackupState>;
    save(patch: Partial<BackupState>): Promise<BackupState>;
  };
}

interface Overview {
  counts: LibraryCounts;
  /** Articles the reader saved (not a pack's): what an export reminder is about. */
  ownArticles: number;
  packs: PackRecord[];
  names: ReaderName[];
  skipped: SkippedRecord[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function readOverview(db: LibraryDb): Promise<Overview> {
  const { contents, skipped } = await readAll(db);
  return {
    counts: {
      articles: contents.articles.length,
      passages: contents.passages.length,
      names: contents.names.length,
      packs: contents.packs.length,
    },
    ownArticles: contents.articles.filter((a) => a.origin === null).length,
    // Counted from the records, not the pack's own note of them: always what it holds now.
    packs: contents.packs
      .map((p) => ({
        ...p,
        articleCount: contents.articles.filter((a) => a.origin === p.id).length,
        nameCount: contents.names.filter((n) => n.origin === p.id).length,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    names: contents.names.filter((n) => n.origin === null).sort(byName),
    skipped,
  };
}

async function bundledNames(): Promise<BundledNames> {
  const scan = await readPackagedJson<ScanData>('/data/scan.json');
  return { aliases: scan.aliases, entities: scan.entities };
}

function notifyBackground(): Promise<unknown> {
  return toBackground.sendMessage('library:changed', undefined);
}

/** A Blob behind a link with `download`: the browser saves it; nothing leaves the machine. */
function downloadFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; keep the URL a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Your library" in the options: what it holds, export, import with a preview, the imported
 * packs (switch off, remove), the reader's own names (remove), records that could not be read,
 * and erasing it all. Works on the database directly, then tells the background.
 */
export default function LibrarySection(props: LibrarySectionProps) {
  const db = useMemo(() => props.db ?? openLibrary(), [props.db]);
  const now = props.now ?? (() => new Date());
  const ask = props.ask ?? ((q: string) => confirm(q));
  const [overview, setOverview] = useState<Overview | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [storageReport, setStorageReport] = useState<StorageReport | null>(null);
  const [backupState, setBackupState] = useState<BackupState>(NO_BACKUP);
  const backup = props.backup ?? { load: loadBackupState, save: saveBackupState };
  const storage = props.storage === undefined ? globalThis.navigator?.storage : props.storage;

  // Reads may overlap (a change here, a notice from another tab): only the latest one is shown,
  // so an older read finishing last never paints the library as it was.
  const reads = useRef(0);
  const refresh = async () => {
    const read = ++reads.current;
    try {
      const next = await readOverview(db);
      if (read === reads.current) setOverview(next);
    } catch (err) {
      setProblem({ text: t('libraryReadFailed', String(err)), detail: null });
    }
    // What the browser says of its storage is a footnote: never in the way of the library.
    setStorageReport(await readStorage(storage ?? undefined));
  };
  useEffect(() => void refresh(), [db]);
  // Another tab saved, imported or removed something: show the library as it is now.
  useEffect(() => watchLibraryChanges(() => void refresh()), [db]);
  useEffect(() => {
    void backup.load().then(setBackupState, () => {});
  }, []);
  const keepBackup = (patch: Partial<BackupState>) =>
    void backup.save(patch).then(setBackupState, (err: unknown) => {
      console.warn('Frontera: could not remember the export', err);
    });

  const report = (outcome: Outcome) => {
    if ('problem' in outcome) {
      setStatus('');
      setProblem(outcome.problem);
    } else {
      setProblem(null);
      setStatus(outcome.status);
    }
  };
  const changed = async () => {
    await refresh();
    announceLibraryChange('other');
    await (props.notify ?? notifyBackground)().catch((err: unknown) => {
      // The background reads the library again when it next starts; the change is saved.
      console.warn('Frontera: could not tell the background the library changed', err);
    });
  };
  /** Runs one change, says how it went, and reads the library again either way. */
  const change = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      report({ status: done });
    } catch (err) {
      report({ problem: changeProblem('libraryChangeFailed', err) });
    }
    await changed();
    setBusy(false);
  };

  const exportAll = async () => {
    try {
      const file = await exportLibrary(db, now());
      (props.download ?? downloadFile)(file.text, file.fileName);
      keepBackup({ lastExportAt: now().toISOString() });
      report({ status: t('libraryExported', file.fileName) });
    } catch (err) {
      report({ problem: changeProblem('libraryExportFailed', err) });
    }
  };
  const removeThePack = (pack: PackRecord) => {
    const q = t('libraryPackRemoveConfirm', [pack.title, pack.articleCount, pack.nameCount]);
    if (ask(q)) void change(() => removePack(db, pack.id), t('libraryPackRemoved', pack.title));
  };
  const switchPack = (pack: PackRecord, enabled: boolean) =>
    void change(
      () => setPackEnabled(db, pack.id, enabled),
      t(enabled ? 'libraryPackOn' : 'libraryPackOff', pack.title),
    );
  const removeTheName = (name: ReaderName) => {
    if (ask(t('libraryNameRemoveConfirm', name.name))) {
      void change(() => removeName(db, name.id), t('libraryNameRemoved', name.name));
    }
  };
  const erase = () => {
    const c = overview?.counts;
    if (c && ask(t('libraryEraseConfirm', [c.articles, c.names, c.packs]))) {
      void change(() => eraseLibrary(db), t('libraryErased'));
    }
  };

  return (
    <section aria-labelledby="sec-library" class="fr-library">
      <h2 id="sec-library">{t('libraryTitle')}</h2>
      <p class="fr-muted">{t('libraryIntro')}</p>
      {overview ? (
        <LibrarySummary counts={overview.counts} skipped={overview.skipped} />
      ) : (
        <p class="fr-muted">{t('libraryLoading')}</p>
      )}

      <h3>{t('libraryKeepingTitle')}</h3>
      <LibraryKeeping
        storage={storageReport}
        lastExportAt={backupState.lastExportAt}
        ownArticles={overview?.ownArticles ?? 0}
        remind={!!overview && exportReminderDue(backupState, overview.ownArticles, now())}
        onDismiss={() => keepBackup({ reminderDismissedAt: now().toISOString() })}
        onExport={() => void exportAll()}
      />

      <h3>{t('libraryTransfer')}</h3>
      <div class="fr-library-export">
        <button
          type="button"
          class="fr-button"
          aria-describedby="library-export-hint"
          disabled={!overview || busy}
          onClick={() => void exportAll()}
        >
          {t('libraryExport')}
        </button>
        <p id="library-export-hint" class="fr-field-hint">
          {t('libraryExportHint')}
        </p>
      </div>
      <LibraryImport
        db={db}
        bundled={props.bundled ?? bundledNames}
        now={now}
        busy={!overview || busy}
        report={report}
        imported={changed}
      />
      <p class="fr-library-status" role="status" aria-live="polite">
        {status}
      </p>
      <LibraryAlert problem={problem} />

      <h3 id="library-packs">{t('libraryPacks')}</h3>
      <LibraryPacks
        packs={overview?.packs ?? []}
        busy={busy}
        onSwitch={switchPack}
        onRemove={removeThePack}
      />

      <h3 id="library-names">{t('libraryNames')}</h3>
      <LibraryNames names={overview?.names ?? []} busy={busy} onRemove={removeTheName} />

      <h3>{t('libraryErase')}</h3>
      <div class="fr-library-erase">
        <button
          type="button"
          class="fr-button fr-danger"
          aria-describedby="library-erase-hint"
          disabled={!overview || busy}
          onClick={erase}
        >
          {t('libraryErase')}
        </button>
        <p id="library-erase-hint" class="fr-field-hint">
          {t('libraryEraseHint')}
        </p>
      </div>
    </section>
  );
}
