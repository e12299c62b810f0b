import { useRef } from 'preact/hooks';
import type { CardEntity, Passage, SourceDocumentMeta } from '../../../lib/corpus/types';
import { t, typeLabel } from '../../../lib/i18n';
import type { LibrarySearchReply } from '../../../lib/messages';
import {
  hitRanges,
  queryWordRanges,
  type Range,
  type SearchResults,
  toSegments,
} from '../../../lib/search';
import HighlightedText from '../../../lib/ui/components/HighlightedText';
import Snippet from '../../../lib/ui/components/Snippet';
import { formatDocDate } from '../../../lib/ui/format';

export interface ResultListProps {
  results: SearchResults;
  /** Results from the reader's library, listed after the corpus's (names, then passages). */
  library?: LibrarySearchReply | null;
  /** Index into entities, passages, then the library's names and passages. */
  active: number;
  onActivate(index: number): void;
  onHover(index: number): void;
  /** Corpus lookups for display text; results still render (with less detail) before it loads. */
  entity?(id: string): CardEntity | undefined;
  passage?(id: string): Passage | undefined;
  document?(id: string): SourceDocumentMeta | undefined;
}

export const optionId = (i: number) => `fr-result-${i}`;

function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return <HighlightedText segments={toSegments(text, ranges)} />;
}

/**
 * Search results as one listbox with two groups, names first, then passages. The search box
 * keeps focus (it owns aria-activedescendant); this only renders and reports pointer use.
 */
export default function ResultList(props: ResultListProps) {
  const { results, library, active, onActivate, onHover } = props;
  // The browser also sends mousemove when the list scrolls or re-renders under a pointer that
  // stands still: only a pointer seen at two different places takes the selection from the
  // keyboard.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const moved = (e: MouseEvent) => {
    const last = pointer.current;
    pointer.current = { x: e.screenX, y: e.screenY };
    // The first event says only where the pointer is (Firefox reports a movement for it even
    // when it stood still).
    return last !== null && (last.x !== e.screenX || last.y !== e.screenY);
  };
  const q = results.query;
  const nE = results.entities.length;
  const option = (i: number, label: preact.ComponentChildren, cls: string) => (
    // Combobox pattern: the search box keeps focus and points at the active option with
    // aria-activedescendant, so options are neither focusable nor keyboard targets themselves.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    // biome-ignore lint/a11y/useFocusableInteractive: see above
    <div
      id={optionId(i)}
      key={optionId(i)}
      role="option"
      aria-selected={i === active}
      class={`fr-option ${cls}`}
      onClick={() => onActivate(i)}
      onMouseMove={(e) => moved(e) && i !== active && onHover(i)}
    >
      {label}
    </div>
  );
  return (
    <div id="fr-results" role="listbox" aria-label={t('resultsLabel')} class="fr-results">
      {nE > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA group inside a listbox, not a form fieldset
        <div role="group" aria-labelledby="fr-group-entities" class="fr-group">
          <div id="fr-group-entities" class="fr-group-title">
            {t('groupEntities')}
          </div>
          {results.entities.map((hit, k) => {
            const e = props.entity?.(hit.doc.id);
            return option(
              k,
              <>
                <span class="fr-option-head">
                  <span class="fr-option-title">
                    <Marked
                      text={hit.doc.title}
                      ranges={hitRanges(hit.doc.title, hit, 'title', q)}
                    />
                  </span>
                  {e ? <span class="fr-option-type">{typeLabel(e.type)}</span> : null}
                </span>
                {hit.viaAlias ? (
                  <span class="fr-option-alias">
                    {t('alsoKnownAs')}{' '}
                    <Marked
                      text={hit.viaAlias}
                      ranges={hitRanges(hit.viaAlias, hit, 'aliases', q, hit.viaAlias)}
                    />
                  </span>
                ) : null}
                {e?.summary ? (
                  <span class="fr-option-summary">
                    {/* Found by its summary, not its name: show the words that matched there. */}
                    <Marked
                      text={e.summary}
                      ranges={hit.tier === 'text' ? queryWordRanges(e.summary, q) : []}
                    />
                  </span>
                ) : null}
              </>,
              'fr-option-entity',
            );
          })}
        </div>
      ) : null}
      {results.passages.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA group inside a listbox, not a form fieldset
        <div role="group" aria-labelledby="fr-group-passages" class="fr-group">
          <div id="fr-group-passages" class="fr-group-title">
            {t('groupPassages')}
          </div>
          {results.passages.map((hit, k) => {
            const p = props.passage?.(hit.doc.id);
            const doc = p ? props.document?.(p.docId) : undefined;
            const text = p?.text ?? hit.doc.text;
            return option(
              nE + k,
              <>
                <span class="fr-option-source">
                  {doc?.title ?? hit.doc.title}
                  {p?.headingPath.length ? ` · ${p.headingPath[p.headingPath.length - 1]}` : ''}
                </span>
                <Snippet
                  text={text}
                  ranges={hitRanges(text, hit, 'text', q)}
                  length={170}
                  lang={doc?.language}
                  class="fr-option-snippet"
                />
              </>,
              'fr-option-passage',
            );
          })}
        </div>
      ) : null}
      {library && library.names.length + library.passages.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA group inside a listbox, not a form fieldset
        <div role="group" aria-labelledby="fr-group-library" class="fr-group">
          <div id="fr-group-library" class="fr-group-title">
            {t('groupLibrary')}
          </div>
          {library.names.map((n, k) =>
            option(
              nE + results.passages.length + k,
              <>
                <span class="fr-option-head">
                  <span class="fr-option-title">
                    <Marked text={n.name} ranges={queryWordRanges(n.name, q)} />
                  </span>
                  <span class="fr-option-type">{typeLabel(n.type)}</span>
                </span>
                {n.note ? <span class="fr-option-summary">{n.note}</span> : null}
              </>,
              'fr-option-entity fr-option-mine',
            ),
          )}
          {library.passages.map((p, k) => {
            const date = p.date
              ? formatDocDate({ date: p.date.slice(0, 10), dateBasis: 'stated' })
              : t(
                  'savedOnShort',
                  formatDocDate({ date: p.savedAt.slice(0, 10), dateBasis: 'stated' }),
                );
            return option(
              nE + results.passages.length + library.names.length + k,
              <>
                <span class="fr-option-source">
                  {p.title} · {p.site} · {date}
                </span>
                <Snippet text={p.text} ranges={p.ranges} length={170} class="fr-option-snippet" />
              </>,
              'fr-option-passage fr-option-mine',
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
