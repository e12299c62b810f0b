/** Ids of the reader's own names (and names from packs) start with this; bundled ids never do. */
export const READER_NAME_PREFIX = 'mine:';

export function isReaderNameId(id: string): boolean {
  return id.startsWith(READER_NAME_PREFIX);
}
