/** Where a search hit matched, as ranges of the text a result shows. */
import type { SearchHit } from './engine';
import { highlightRanges, queryWordRanges, type Range } from './highlight';

/**
 * The ranges of `display` to mark for `hit`: Fuse's own match on field `key` (the one whose
 * display text is `value`, when a field holds several, e.g. aliases), or else the query's words
 * found in `display`.
 */
export function hitRanges(
  display: string,
  hit: SearchHit,
  key: string,
  query: string,
  value: string | null = null,
): Range[] {
  const m = hit.matches.find((x) => x.key === key && (value === null || x.display === value));
  return m ? highlightRanges(display, m.value, m.indices, query) : queryWordRanges(display, query);
}
