/**
 * The reader's address: `reader.html#doc=<id>&p=<passageId>` opens a document at a passage (a
 * bundled document, or an article of the reader's library when no bundled document has that id;
 * `&e=<entityId>` marks that name in it), `#name=<entityId>` opens a name's page, `#q=<words>`
 * searches passages, `#suggestions` lists the names Frontera doesn't know yet, an empty hash lists
 * the documents. In the hash, so links work offline and
 * the page never reloads.
 */
export type ReaderRoute =
  | { view: 'list' }
  | { view: 'doc'; docId: string; passageId: string | null; entityId?: string }
  | { view: 'name'; entityId: string }
  | { view: 'search'; query: string }
  | { view: 'suggestions' };

export function parseReaderHash(hash: string): ReaderRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('suggestions')) return { view: 'suggestions' };
  const name = params.get('name');
  if (name) return { view: 'name', entityId: name };
  const doc = params.get('doc');
  if (doc) {
    const e = params.get('e');
    return { view: 'doc', docId: doc, passageId: params.get('p'), ...(e ? { entityId: e } : {}) };
  }
  const q = params.get('q');
  if (q?.trim()) return { view: 'search', query: q };
  return { view: 'list' };
}

export function readerHash(route: ReaderRoute): string {
  if (route.view === 'list') return '#';
  if (route.view === 'suggestions') return '#suggestions';
  if (route.view === 'search') return `#${new URLSearchParams({ q: route.query })}`;
  if (route.view === 'name') return `#${new URLSearchParams({ name: route.entityId })}`;
  const params = new URLSearchParams({ doc: route.docId });
  if (route.passageId) params.set('p', route.passageId);
  if (route.entityId) params.set('e', route.entityId);
  return `#${params}`;
}

/** The element id of a passage in the document view (saved articles' ids hold `:`, `/`, `#`). */
export const passageElementId = (passageId: string) =>
  `passage-${passageId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
