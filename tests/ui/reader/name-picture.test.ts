/**
 * A name's page as a picture, as data: its passages counted by the month of their source's date,
 * the corpus's and the library's apart, with the undated ones counted rather than dropped; and
 * the names seen with it as a graph (nodes by mentions, edges by passages shared).
 */
import { describe, expect, it } from 'vitest';
import type { NamePageData, NameSourceGroup } from '../../../lib/ui/reader/name-page';
import { assembleNamePage } from '../../../lib/ui/reader/name-page';
import {
  coMentionMap,
  monthOf,
  neighbours,
  passageTimeline,
} from '../../../lib/ui/reader/name-picture';
import { corpus } from '../helpers';
import { ARTICLES, NAMES, PASSAGES } from './library-fixture';

const slice = { articles: ARTICLES, passages: PASSAGES, names: NAMES };

/** A source with `n` passages; each passage mentions the names in `others[i]` (or none). */
function group(
  source: 'bundled' | 'library',
  date: string | null,
  n: number,
  others: string[][] = [],
): NameSourceGroup {
  const id = `${source}-${date}-${Math.random()}`;
  return {
    source,
    date,
    savedAt: null,
    doc: { id } as NameSourceGroup['doc'],
    passages: Array.from({ length: n }, (_, i) => ({
      id: `${id}#${i + 1}`,
      docId: id,
      position: i + 1,
      text: '',
      marks: [],
      others: others[i] ?? [],
    })),
  };
}

describe('the month of a date', () => {
  it.each([
    ['2025-03-02', '2025-03'],
    ['2025-03', '2025-03'],
    ['2025-03-02T09:00:00Z', '2025-03'],
    ['2025', null],
    [null, null],
    ['March 2025', null],
  ])('%s → %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });
});

describe('the timeline of a name’s passages', () => {
  it('counts each passage in its source’s month, the corpus’s and the library’s apart, oldest first', () => {
    const timeline = passageTimeline([
      group('library', '2025-03-02', 2),
      group('bundled', '2024-06-01', 1),
      group('bundled', '2025-03-20', 3),
      group('library', '2025-03', 1),
    ]);
    expect(timeline.months).toEqual([
      { month: '2024-06', bundled: 1, library: 0 },
      { month: '2025-03', bundled: 3, library: 3 },
    ]);
    expect(timeline.undated).toEqual({ bundled: 0, library: 0 });
  });

  it('counts the passages whose source has no date, or only a year, instead of dropping them', () => {
    const timeline = passageTimeline([
      group('bundled', '2025', 2),
      group('library', null, 3),
      group('library', '2025-01-05', 1),
    ]);
    expect(timeline.months).toEqual([{ month: '2025-01', bundled: 0, library: 1 }]);
    expect(timeline.undated).toEqual({ bundled: 2, library: 3 });
  });

  it('adds up to every passage of the page, for the fixture corpus and library', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum') as NamePageData;
    const timeline = passageTimeline(page.groups);
    const drawn = timeline.months.reduce((n, m) => n + m.bundled + m.library, 0);
    expect(drawn + timeline.undated.bundled + timeline.undated.library).toBe(page.passageCount);
    expect(timeline.months.map((m) => m.month)).toEqual(['2024-06', '2025-01', '2025-03']);
    // news-two states no date; the Tabasco notes' page stated none either.
    expect(timeline.undated).toEqual({ bundled: expect.any(Number), library: 1 });
    expect(timeline.undated.bundled).toBeGreaterThan(0);
  });
});

const page = (seenWith: [string, number][], groups: NameSourceGroup[]): NamePageData => ({
  id: 'a',
  name: 'A',
  type: 'person',
  aliases: [],
  summary: null,
  mine: false,
  note: null,
  groups,
  passageCount: groups.reduce((n, g) => n + g.passages.length, 0),
  seenWith: seenWith.map(([id, count]) => ({ id, name: id.toUpperCase(), type: 'person', count })),
});

describe('the map of the names seen with a name', () => {
  it('puts the name in the middle, sized by all its passages, and the names seen with it by theirs', () => {
    const map = coMentionMap(
      page(
        [
          ['b', 2],
          ['c', 1],
        ],
        [group('bundled', null, 3, [['b', 'c'], ['b'], []])],
      ),
    );
    expect(map.nodes.map((n) => [n.id, n.centre, n.mentions])).toEqual([
      ['a', true, 3],
      ['b', false, 2],
      ['c', false, 1],
    ]);
  });

  it('weights an edge by the passages two names share, the name itself included', () => {
    const map = coMentionMap(
      page(
        [
          ['b', 3],
          ['c', 2],
          ['d', 1],
        ],
        [
          group('bundled', null, 2, [
            ['b', 'c'],
            ['b', 'c', 'd'],
          ]),
          group('library', '2025-01-01', 1, [['b']]),
        ],
      ),
    );
    expect(map.edges).toEqual([
      { source: 'a', target: 'b', weight: 3 },
      { source: 'a', target: 'c', weight: 2 },
      { source: 'b', target: 'c', weight: 2 },
      { source: 'a', target: 'd', weight: 1 },
      { source: 'b', target: 'd', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ]);
    expect(neighbours(map, 'c')).toEqual([
      { id: 'a', weight: 2 },
      { id: 'b', weight: 2 },
      { id: 'd', weight: 1 },
    ]);
  });

  it('keeps the names seen most often, and says how many there were in all', () => {
    const map = coMentionMap(
      page(
        [
          ['b', 2],
          ['c', 1],
          ['d', 1],
        ],
        [
          group('bundled', null, 2, [
            ['b', 'c'],
            ['b', 'd'],
          ]),
        ],
      ),
      2,
    );
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(map.seenWithCount).toBe(3);
    // No edge to a name the map left out.
    expect(map.edges.some((e) => e.source === 'd' || e.target === 'd')).toBe(false);
  });

  it('agrees with the page’s “Seen with” counts for the fixture', () => {
    const data = assembleNamePage(corpus, slice, 'claudia-sheinbaum') as NamePageData;
    const map = coMentionMap(data);
    for (const s of data.seenWith) {
      const centreEdge = map.edges.find(
        (e) => (e.source === s.id || e.target === s.id) && [e.source, e.target].includes(data.id),
      );
      expect(centreEdge?.weight).toBe(s.count);
      expect(map.nodes.find((n) => n.id === s.id)?.mentions).toBe(s.count);
    }
    expect(map.nodes.some((n) => n.id === 'mine:la-barredora')).toBe(true);
  });
});
