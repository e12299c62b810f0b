import { findAliases } from '../../corpus/card';
import type { CorpusData } from '../../corpus/types';
import { t } from '../../i18n';
import { fold } from '../../text';
import HighlightedText from '../components/HighlightedText';
import { excerptSegments } from '../format';
import { readerHash } from './route';

export interface SearchResultsProps {
  corpus: CorpusData;
  query: string;
}

/** Passages containing every word of the query (accents and case ignored), in corpus order. */
export function searchPassages(corpus: CorpusData, query: string) {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  return corpus.passages.filter((p) => {
    const text = fold(p.text);
    return words.every((w) => text.includes(w));
  });
}

/** The reader's own search over passage text: a fallback for links from the card. */
export default function SearchResults({ corpus, query }: SearchResultsProps) {
  const hits = searchPassages(corpus, query);
  const words = query.split(/\s+/).filter(Boolean);
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title" class="rd-h2">
        {hits.length === 1 ? t('readerHit', query) : t('readerHits', [hits.length, query])}
      </h2>
      <ul class="rd-hits">
        {hits.map((p) => (
          <li key={p.id} class="rd-hit">
            <a href={readerHash({ view: 'doc', docId: p.docId, passageId: p.id })}>
              {docs.get(p.docId)?.title ?? p.docId} ¶ {p.position}
            </a>
            <p class="rd-text">
              <HighlightedText
                segments={excerptSegments(
                  p.text,
                  [...findAliases(p.text, [query]), ...findAliases(p.text, words)].filter(
                    (m, i, all) => all.findIndex((o) => o.start < m.end && o.end > m.start) === i,
                  ),
                )}
              />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
