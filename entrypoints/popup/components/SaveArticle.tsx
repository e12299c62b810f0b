import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../../lib/i18n';
import { type SaveReply, toBackground } from '../../../lib/messages';

export interface SaveArticleProps {
  tabId: number;
  /** How to ask the background (tests pass their own). */
  save?: (tabId: number) => Promise<SaveReply>;
  /** Told after a save that worked (the page's unknown names are then read from it). */
  onSaved?(): void;
}

const ERRORS: Record<string, MessageKey> = {
  'no-article': 'saveErrNoArticle',
  'storage-full': 'saveErrFull',
};

/** What a save did, in the reader's words. */
export function saveOutcome(reply: SaveReply): string {
  if (reply.ok) {
    return t(reply.status === 'updated' ? 'updatedArticle' : 'savedArticle', [
      reply.title,
      String(reply.passages),
    ]);
  }
  return t(ERRORS[reply.code] ?? 'saveErrFailed');
}

/**
 * "Save this article": the article Frontera reads on the tab goes into the reader's library,
 * and the outcome is announced (saved, updated, or why not).
 */
export default function SaveArticle({
  tabId,
  save = (id) => toBackground.sendMessage('library:save-tab', { tabId: id }),
  onSaved,
}: SaveArticleProps) {
  const [state, setState] = useState<'idle' | 'saving' | SaveReply>('idle');
  const onSave = async () => {
    setState('saving');
    const reply = await save(tabId).catch(
      (): SaveReply => ({ ok: false, code: 'failed', message: 'no answer' }),
    );
    setState(reply);
    if (reply.ok) onSaved?.();
  };
  const done = typeof state === 'object' ? state : null;
  return (
    <section class="fr-save" aria-label={t('saveArticle')}>
      <button
        type="button"
        class="fr-button"
        onClick={onSave}
        disabled={state === 'saving'}
        aria-describedby="fr-save-hint"
      >
        {state === 'saving' ? t('saving') : t('saveArticle')}
      </button>
      <p id="fr-save-hint" class="fr-muted fr-small">
        {t('saveArticleHint')}
      </p>
      <p class={done && !done.ok ? 'fr-note fr-error' : 'fr-note'} role="status">
        {done ? saveOutcome(done) : ''}
      </p>
    </section>
  );
}
