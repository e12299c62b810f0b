import type { CardEntity, CorpusData, EntityType, Passage, SourceDocumentMeta } from './types';

export interface CardExcerpt {
  passage: Passage;
  document: SourceDocumentMeta;
  score: number;
  /** Other entities of this page that the passage also mentions (why it ranked high). */
  sharedEntityIds: string[];
}

export interface CardView {
  entity: CardEntity;
  excerpts: CardExcerpt[];
  related: { id: string; name: string; type: EntityType }[];
}

/**
 * The card for one entity: its 2–3 best excerpts, ranked by the corpus's own relevance and
 * boosted when the passage also mentions entities found on the reader's page.
 * Returns null for an unknown entity id.
 */
export function buildCard(
  _corpus: CorpusData,
  _entityId: string,
  _pageEntityIds: readonly string[],
  _maxExcerpts = 3,
): CardView | null {
  // Placeholder signature: implemented with the content-script issue (ranking).
  return null;
}
