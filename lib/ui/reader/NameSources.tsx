import { kindLabel, t, uiLanguage } from '../../i18n';
import { toSegments } from '../../search';
import HighlightedText from '../components/HighlightedText';
import { formatDocDate } from '../format';
import type { NameSourceGroup } from './name-page';
import { readerHash } from './route';
import { formatDay, isWebAddress } from './SavedArticleView';

export interface NameSourcesProps {
  entityId: string;
  groups: readonly NameSourceGroup[];
}

/**
 * Every passage that mentions a name, grouped by source in date order: each source with its
 * title, site and date (a saved article also when it was saved, and its original address), each
 * passage with the name marked and a link to read it in its document.
 */
export default function NameSources({ entityId, groups }: NameSourcesProps) {
  return (
    <ol class="rd-sources">
      {groups.map((g) => {
        const headingId = `source-${g.doc.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        const saved = g.doc.saved;
        return (
          <li
            key={g.doc.id}
            class={`rd-source rd-source-${g.source}`}
            data-doc-id={g.doc.id}
            aria-labelledby={headingId}
          >
            <h4 id={headingId} class="rd-source-title">
              <a href={readerHash({ view: 'doc', docId: g.doc.id, passageId: null })}>
                {g.doc.title}
              </a>
            </h4>
            <p class="rd-meta" lang={uiLanguage()}>
              {g.source === 'library'
                ? `${t('nameFromLibrary')} · `
                : `${kindLabel(g.doc.kind)} · `}
              {g.doc.outlet ? `${g.doc.outlet} · ` : ''}
              {g.doc.author ? `${g.doc.author} · ` : ''}
              {formatDocDate(g.doc)}
              {saved ? ` · ${t('nameSavedOn', formatDay(saved.savedAt))}` : ''}
              {saved && isWebAddress(saved.url) ? (
                <>
                  {' · '}
                  <a href={saved.url} target="_blank" rel="noopener noreferrer">
                    {t('readerOpenOriginal', g.doc.outlet ?? saved.url)}
                  </a>
                </>
              ) : null}
            </p>
            <ul class="rd-source-passages">
              {g.passages.map((p) => (
                <li key={p.id} class="rd-name-passage" data-passage-id={p.id}>
                  <p class="rd-text" lang={g.doc.language}>
                    <HighlightedText
                      segments={toSegments(
                        p.text,
                        p.marks.map((m) => [m.start, m.end]),
                      )}
                    />
                  </p>
                  <p class="rd-passage-links" lang={uiLanguage()}>
                    <a
                      href={readerHash({
                        view: 'doc',
                        docId: p.docId,
                        passageId: p.id,
                        entityId,
                      })}
                    >
                      {t('nameReadInContext')}
                    </a>
                    <span class="rd-anchor" aria-hidden="true">
                      ¶ {p.position}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
