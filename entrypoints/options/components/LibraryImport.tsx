import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { LibraryDb } from '../../../lib/library/db';
import { PACK_MAX_BYTES } from '../../../lib/library/pack';
import {
  type BundledNames,
  commitImport,
  type ImportPreview,
  previewImport,
  readPackFile,
} from '../../../lib/library/transfer';
import { importProblem, type Problem } from './LibraryAlert';
import LibraryPreview from './LibraryPreview';

export type Outcome = { status: string } | { problem: Problem };

export interface LibraryImportProps {
  db: LibraryDb;
  /** The bundled names a file's names are checked against (read when a file is picked). */
  bundled(): Promise<BundledNames>;
  now(): Date;
  /** A change elsewhere in the section is being written. */
  busy: boolean;
  report(outcome: Outcome): void;
  /** Called after an import was written: the section reads the library again. */
  imported(): Promise<void>;
}

type Stage =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview };

/**
 * Import a file in two steps: pick it, read what it would do (nothing is written yet), then
 * Import or Cancel. A file Frontera will not take is refused in words, with the library unchanged.
 */
export default function LibraryImport(props: LibraryImportProps) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Picking the same file again after a Cancel must fire a change again.
    input.value = '';
    if (!file) return;
    setStage({ step: 'reading' });
    props.report({ status: t('libraryReading', file.name) });
    try {
      const bytes = await readPackFile(file);
      const preview = await previewImport(props.db, bytes, await props.bundled());
      setStage({ step: 'preview', preview });
      props.report({ status: '' });
    } catch (err) {
      setStage({ step: 'idle' });
      props.report({ problem: importProblem(err) });
    }
  };

  const confirm = async (preview: ImportPreview) => {
    setStage({ step: 'importing', preview });
    try {
      await commitImport(props.db, preview, props.now());
      const { title, articles, names } = preview.pack;
      props.report({ status: t('libraryImported', [title, articles.length, names.length]) });
    } catch (err) {
      props.report({ problem: importProblem(err) });
    }
    setStage({ step: 'idle' });
    await props.imported();
  };

  const working = stage.step === 'reading' || stage.step === 'importing';
  return (
    <div class="fr-library-import">
      <label for="library-import">{t('libraryImportLabel')}</label>
      <input
        id="library-import"
        type="file"
        accept=".json,application/json"
        aria-describedby="library-import-hint"
        disabled={props.busy || working}
        onChange={(e) => void pick(e.currentTarget)}
      />
      <p id="library-import-hint" class="fr-field-hint">
        {t('libraryImportHint', PACK_MAX_BYTES / (1024 * 1024))}
      </p>
      {stage.step === 'preview' || stage.step === 'importing' ? (
        <LibraryPreview
          preview={stage.preview}
          busy={stage.step === 'importing'}
          onImport={() => void confirm(stage.preview)}
          onCancel={() => {
            setStage({ step: 'idle' });
            props.report({ status: t('libraryImportCancelled') });
          }}
        />
      ) : null}
    </div>
  );
}
