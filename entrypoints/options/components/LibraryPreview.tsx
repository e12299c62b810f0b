import { useEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../../../lib/i18n';
import type { Kept } from '../../../lib/library/pack-plan';
import type { ImportPreview, SettledClash } from '../../../lib/library/transfer';

/** Titles listed per group before "and N more": enough to recognise a file, not to flood the page. */
const SHOWN = 5;

export interface LibraryPreviewProps {
  preview: ImportPreview;
  /** The import is being written: the buttons wait. */
  busy: boolean;
  onImport(): void;
  onCancel(): void;
}

function Group({ label, items }: { label: MessageKey; items: readonly string[] }) {
  if (items.length === 0) return null;
  const more = items.length - SHOWN;
  return (
    <li>
      {t(label, items.length)}
      <ul class="fr-library-titles">
        {items.slice(0, SHOWN).map((title, i) => (
          <li key={`${i}-${title}`}>{title}</li>
        ))}
        {more > 0 ? <li class="fr-muted">{t('libraryPreviewMore', more)}</li> : null}
      </ul>
    </li>
  );
}

/** A record the file may not replace, with whose it stays: the reader's, or another pack's. */
function keptText(title: string, kept: Kept): string {
  return kept.owner === null
    ? t('libraryPreviewKeptMine', title)
    : t('libraryPreviewKeptFromPack', [title, kept.ownerTitle ?? kept.owner]);
}

function clashText(c: SettledClash): string {
  const key = c.outcome === 'name-refused' ? 'libraryClashNameRefused' : 'libraryClashAliasLeftOut';
  return t(key, [c.alias, c.name, c.withName]);
}

/**
 * What an import will do, before it does it: the documents and names it adds or updates, those
 * it leaves out because the library already has them (the reader's own, or another pack's), every
 * clash and how it is settled, and whether the pack was imported before. Import or Cancel.
 */
export default function LibraryPreview({ preview, busy, onImport, onCancel }: LibraryPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview replaces the file picker's place in the reader's attention: take focus there.
  useEffect(() => heading.current?.focus(), []);
  const { pack, plan, clashes } = preview;
  const kept = plan.keptArticles.length + plan.keptNames.length + plan.keptPacks.length;
  const empty = pack.articles.length === 0 && pack.names.length === 0 && kept === 0;
  return (
    <section class="fr-library-preview" aria-labelledby="library-preview-title">
      <h4 id="library-preview-title" tabIndex={-1} ref={heading}>
        {t('libraryPreviewTitle', pack.title)}
      </h4>
      <p class="fr-muted">
        {t(pack.kind === 'pack' ? 'libraryPreviewKindPack' : 'libraryPreviewKindLibrary')}
      </p>
      {plan.alreadyImported ? <p>{t('libraryPreviewImportedBefore')}</p> : null}
      {empty ? (
        <p>{t('libraryPreviewNothing')}</p>
      ) : (
        <ul class="fr-library-plan">
          <Group label="libraryPreviewAddArticles" items={plan.addArticles.map((a) => a.title)} />
          <Group
            label="libraryPreviewUpdateArticles"
            items={plan.updateArticles.map((a) => a.title)}
          />
          <Group label="libraryPreviewAddNames" items={plan.addNames.map((n) => n.name)} />
          <Group label="libraryPreviewUpdateNames" items={plan.updateNames.map((n) => n.name)} />
          <Group
            label="libraryPreviewKeptArticles"
            items={plan.keptArticles.map((a) => keptText(a.title, a))}
          />
          <Group
            label="libraryPreviewKeptNames"
            items={plan.keptNames.map((n) => keptText(n.name, n))}
          />
          <Group label="libraryPreviewKeptPacks" items={plan.keptPacks.map((r) => r.title)} />
        </ul>
      )}
      {clashes.length > 0 ? (
        <div class="fr-library-clashes">
          <p>{t('libraryPreviewClashes', clashes.length)}</p>
          <ul>
            {clashes.map((c) => (
              <li key={`${c.nameId}|${c.alias}|${c.withEntity}`}>{clashText(c)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="fr-library-actions">
        <button type="button" class="fr-button primary" disabled={busy} onClick={onImport}>
          {busy ? t('libraryImporting') : t('libraryImport')}
        </button>
        <button type="button" class="fr-button" disabled={busy} onClick={onCancel}>
          {t('libraryCancel')}
        </button>
      </div>
    </section>
  );
}
