import { useEffect, useRef, useState } from 'preact/hooks';
import { t, typeLabel, uiLanguage } from '../../i18n';
import type { Proposal } from '../../library/proposals/types';
import type { SuggestionsReply } from '../../messages';
import { addNamePath } from '../add-name/form';
import { errorText, useLoad, usePageTitle } from './use-load';

/** What the suggestions view reads and changes (the background in the extension, a fake in tests). */
export interface SuggestionsSource {
  /** Ranked over the whole library, with the dismissed names. */
  list(): Promise<SuggestionsReply>;
  dismiss(key: string, name: string): Promise<void>;
  undo(key: string): Promise<void>;
}

export interface SuggestedNamesProps {
  suggestions: SuggestionsSource;
}

const namedIn = (n: number) =>
  n === 1 ? t('suggestionNamedInOne') : t('suggestionNamedIn', String(n));

/**
 * "Suggested names": the names the reader's saved articles mention that Frontera doesn't know
 * yet, most named first. Add opens the add-name form filled in (editable); Dismiss forgets the
 * name until undone, with Undo right there and a list of dismissed names below.
 */
export default function SuggestedNames({ suggestions }: SuggestedNamesProps) {
  usePageTitle(t('readerSuggestions'));
  const [version, setVersion] = useState(0);
  const loaded = useLoad(`suggestions-${version}`, () => suggestions.list());
  const [last, setLast] = useState<{ key: string; name: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The list as last read, kept while it is read again, so it does not flash away.
  const [shown, setShown] = useState<SuggestionsReply | null>(null);
  useEffect(() => {
    if (loaded.status === 'done') setShown(loaded.value);
  }, [loaded]);
  const reply = loaded.status === 'done' ? loaded.value : shown;

  const change = async (what: () => Promise<void>, after: () => void) => {
    setFailure(null);
    try {
      await what();
      setVersion((v) => v + 1);
      after();
    } catch (err) {
      setFailure(t('libraryChangeFailed', errorText(err)));
    }
  };
  const dismiss = (p: Proposal) =>
    change(
      () => suggestions.dismiss(p.key, p.name),
      () => {
        setLast({ key: p.key, name: p.name });
        // Its buttons are gone: Undo is where the reader carries on from.
        requestAnimationFrame(() => undoButton.current?.focus());
      },
    );
  const undo = (key: string) =>
    change(
      () => suggestions.undo(key),
      () => {
        setLast(null);
        heading.current?.focus();
      },
    );

  return (
    <section class="rd-suggestions" aria-labelledby="suggestions-title" lang={uiLanguage()}>
      <h2 id="suggestions-title" class="rd-h2" tabIndex={-1} ref={heading}>
        {t('readerSuggestions')}
      </h2>
      <p class="rd-note-line">{t('readerSuggestionsIntro')}</p>
      <div class="rd-undo">
        <p class="rd-status" role="status">
          {last ? t('suggestionDismissed', last.name) : ''}
        </p>
        {last ? (
          <button
            ref={undoButton}
            type="button"
            class="rd-button"
            aria-label={t('suggestionUndoLabel', last.name)}
            onClick={() => void undo(last.key)}
          >
            {t('suggestionUndo')}
          </button>
        ) : null}
      </div>
      {failure ? <p role="alert">{failure}</p> : null}
      {loaded.status === 'failed' ? (
        <p role="alert">{t('readerSuggestionsError', loaded.error)}</p>
      ) : !reply ? (
        <p class="rd-note-line" aria-busy="true">
          {t('nameLibraryLoading')}
        </p>
      ) : reply.proposals.length === 0 ? (
        <p class="rd-note-line">{t('readerSuggestionsNone')}</p>
      ) : (
        <ol class="rd-docs rd-suggestion-list">
          {reply.proposals.map((p) => (
            <li key={p.key} class="rd-doc rd-suggestion" data-key={p.key}>
              <div class="rd-saved-text">
                <strong class="rd-suggestion-name">{p.name}</strong>
                <p class="rd-meta">
                  {typeLabel(p.type)} · {namedIn(p.articleCount)}
                </p>
                {p.forms.length > 1 ? (
                  <p class="rd-meta">
                    {t('suggestionAlsoWritten', p.forms.filter((f) => f !== p.name).join(' · '))}
                  </p>
                ) : null}
              </div>
              <div class="rd-suggestion-actions">
                <a
                  class="rd-button"
                  href={addNamePath(p)}
                  aria-label={t('suggestionAddLabel', p.name)}
                >
                  {t('suggestionAdd')}
                </a>
                <button
                  type="button"
                  class="rd-button"
                  aria-label={t('suggestionDismissLabel', p.name)}
                  onClick={() => void dismiss(p)}
                >
                  {t('suggestionDismiss')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {reply && reply.dismissed.length > 0 ? (
        <section aria-labelledby="dismissed-title">
          <h3 id="dismissed-title" class="rd-h3">
            {t('readerDismissedTitle')}
          </h3>
          <ul class="rd-docs rd-dismissed-list">
            {reply.dismissed.map((d) => (
              <li key={d.key} class="rd-saved-item">
                <span class="rd-saved-text">{d.name}</span>
                <button
                  type="button"
                  class="rd-button"
                  aria-label={t('suggestionUndoLabel', d.name)}
                  onClick={() => void undo(d.key)}
                >
                  {t('suggestionRestore')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
