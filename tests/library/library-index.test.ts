/** Full-text search over the library: folded words, prefix while typing, typos, removal, saving. */
import { describe, expect, it } from 'vitest';
import {
  createLibraryIndex,
  loadLibraryIndex,
  matchedRanges,
} from '../../lib/library/library-index';
import type { LibraryPassage, ReaderName } from '../../lib/library/types';

const passage = (articleId: string, position: number, text: string): LibraryPassage => ({
  id: `${articleId}#${position}`,
  articleId,
  position,
  headingPath: [],
  text,
  entityIds: [],
  mentions: [],
});

function sample() {
  const index = createLibraryIndex();
  index.addArticle({ id: 'a', title: 'Extraditions resume', site: 'El Diario' }, [
    passage('a', 1, 'Genaro García Luna was sentenced in New York.'),
    passage('a', 2, 'La presidenta Sheinbaum habló de la extradición.'),
  ]);
  index.addArticle({ id: 'b', title: 'Tariffs', site: 'Wire' }, [
    passage('b', 1, 'Tariffs on Mexican steel were announced.'),
  ]);
  const name: ReaderName = {
    id: 'mine:ovidio',
    name: 'Ovidio Guzmán',
    type: 'person',
    aliases: [{ text: 'El Ratón' }],
    note: 'Son of El Chapo.',
    createdAt: '',
    updatedAt: '',
    origin: null,
  };
  index.addName(name);
  return index;
}

describe('the library index', () => {
  it('finds words whatever their accents and case, in English and Spanish', () => {
    const index = sample();
    expect(index.search('garcia luna').map((h) => h.id)).toEqual(['a#1']);
    expect(index.search('SHEINBÁUM').map((h) => h.id)).toEqual(['a#2']);
    // The article's title says "Extraditions" too: its other passage follows.
    expect(index.search('extradicion').map((h) => h.id)).toEqual(['a#2', 'a#1']);
    expect(index.search('el raton')[0]).toMatchObject({ kind: 'name', id: 'mine:ovidio' });
  });

  it('matches the last word as a prefix while typing, and forgives a typo in a long word', () => {
    const index = sample();
    expect(index.search('tarif').map((h) => h.id)).toEqual(['b#1']);
    expect(index.search('sentencd').map((h) => h.id)).toEqual(['a#1']);
    expect(index.search('')).toEqual([]);
  });

  it('completes only a last word of three letters or more; one or two are still being typed', () => {
    const index = sample();
    // "garcia l": the passages with García, not every word starting with "l".
    expect(index.search('garcia l').map((h) => h.id)).toEqual(['a#1']);
    expect(index.search('garcia lu').map((h) => h.id)).toEqual(['a#1']);
    expect(index.search('garcia lu')[0]?.terms).toEqual(['garcia']);
    expect(index.search('garcia lun')[0]?.terms).toEqual(['garcia', 'luna']);
    // "st" alone completes nothing ("steel" is not found yet); "ste" does.
    expect(index.search('st')).toEqual([]);
    expect(index.search('ste').map((h) => h.id)).toEqual(['b#1']);
  });

  it('forgets a removed or re-saved article, and comes back the same from JSON', () => {
    const index = sample();
    index.addArticle({ id: 'b', title: 'Tariffs', site: 'Wire' }, [
      passage('b', 1, 'Steel quotas instead.'),
    ]);
    expect(index.search('tariffs mexican').map((h) => h.id)).toEqual([]);
    index.removeArticle('a');
    expect(index.search('garcia')).toEqual([]);
    const back = loadLibraryIndex(index.toJSON());
    expect(back.size()).toBe(index.size());
    expect(back.search('quotas').map((h) => h.id)).toEqual(['b#1']);
    back.removeArticle('b');
    expect(back.search('quotas')).toEqual([]);
  });

  it('marks the matched words in the original text', () => {
    const text = 'Genaro García Luna was sentenced.';
    const [hit] = sample().search('garcia lun');
    const ranges = matchedRanges(text, hit?.terms ?? []);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['García', 'Luna']);
  });
});
