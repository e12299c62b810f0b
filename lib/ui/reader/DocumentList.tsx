import type { CorpusData } from '../../corpus/types';
import { kindLabel, t } from '../../i18n';
import { formatDocDate } from '../format';
import type { ReaderLibrary } from './name-page';
import { readerHash } from './route';
import SavedArticleList from './SavedArticleList';
import { usePageTitle } from './use-load';

export interface DocumentListProps {
  corpus: CorpusData;
  /** The reader's library: its saved articles are listed below the corpus's documents. */
  library: ReaderLibrary;
}

/**
 * The reader's front page: every document of the corpus with what we know about it and how many
 * passages it has, then the articles the reader saved.
 */
export default function DocumentList({ corpus, library }: DocumentListProps) {
  usePageTitle(t('readerTitle'));
  const counts = new Map<string, number>();
  for (const p of corpus.passages) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
  return (
    <>
      <section aria-labelledby="docs-title">
        <h2 id="docs-title" class="rd-h2">
          {t('readerDocuments', corpus.documents.length)}
        </h2>
        <ul class="rd-docs">
          {corpus.documents.map((d) => (
            <li key={d.id} class="rd-doc" data-doc-id={d.id}>
              <a
                class="rd-doc-title"
                href={readerHash({ view: 'doc', docId: d.id, passageId: null })}
              >
                {d.title}
              </a>
              <p class="rd-meta">
                {kindLabel(d.kind)}
                {d.outlet ? ` · ${d.outlet}` : ''}
                {d.author ? ` · ${d.author}` : ''} · {formatDocDate(d)} ·{' '}
                {t(d.language === 'es' ? 'langSpanish' : 'langEnglish')} ·{' '}
                {t('readerPassages', counts.get(d.id) ?? 0)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <SavedArticleList library={library} />
    </>
  );
}
