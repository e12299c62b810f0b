/**
 * The reader's address: `reader.html#doc=<id>&p=<passageId>` opens a document at a passage,
 * `#q=<words>` searches passages, an empty hash lists the documents. In the hash, so links work
 * offline and the page never reloads.
 */
export type ReaderRoute =
  | { view: 'list' }
  | { view: 'doc'; docId: string; passageId: string | null }
  | { view: 'search'; query: string };

export function parseReaderHash(hash: string): ReaderRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const doc = params.get('doc');
  if (doc) return { view: 'doc', docId: doc, passageId: params.get('p') };
  const q = params.get('q');
  if (q?.trim()) return { view: 'search', query: q };
  return { view: 'list' };
}

export function readerHash(route: ReaderRoute): string {
  if (route.view === 'list') return '#';
  if (route.view === 'search') return `#${new URLSearchParams({ q: route.query })}`;
  const params = new URLSearchParams({ doc: route.docId });
  if (route.passageId) params.set('p', route.passageId);
  return `#${params}`;
}

/** The element id of a passage in the document view. */
export const passageElementId = (passageId: string) => `passage-${passageId.replace(/\//g, '-')}`;
