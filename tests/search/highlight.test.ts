import { describe, expect, it } from 'vitest';
import { createSearcher, highlightRanges, type Range, snippet, toSegments } from '../../lib/search';
import { PASSAGE_TEXT, searchData } from './fixture';

const searcher = createSearcher(searchData());
const marked = (text: string, ranges: readonly Range[]) =>
  toSegments(text, ranges)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('highlighting matched words', () => {
  it('marks the matched word of a name, whole', () => {
    const hit = searcher.search('shein').entities[0];
    const m = hit?.matches.find((x) => x.key === 'title');
    expect(m).toBeDefined();
    if (!hit || !m) return;
    expect(marked(hit.doc.title, highlightRanges(m.display, m.value, m.indices, 'shein'))).toEqual([
      'Sheinbaum',
    ]);
  });

  it('marks accented words in a passage for an accent-less query, in the original text', () => {
    const hit = searcher.search('lopez obrador').passages[0];
    expect(hit?.doc.id).toBe('security-talks/02');
    const m = hit?.matches.find((x) => x.key === 'text');
    if (!hit || !m) throw new Error('no text match');
    const display = PASSAGE_TEXT[hit.doc.id] ?? '';
    const words = marked(display, highlightRanges(display, m.value, m.indices, 'lopez obrador'));
    expect(words.join(' ')).toContain('López Obrador');
  });

  it('falls back to the query words when the searched text is not the display text', () => {
    const display = 'El Cártel de Sinaloa opera en Culiacán.';
    expect(marked(display, highlightRanges(display, 'something else', [[0, 3]], 'cartel'))).toEqual(
      ['Cártel'],
    );
  });

  it('segments cover the text exactly, in order', () => {
    const text = 'a Sheinbaum b';
    const segs = toSegments(text, [[2, 11]]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs).toEqual([
      { text: 'a ', mark: false },
      { text: 'Sheinbaum', mark: true },
      { text: ' b', mark: false },
    ]);
  });

  it('markup in the text stays text (segments are strings, never HTML)', () => {
    const text = '<img src=x onerror=alert(1)> Sinaloa';
    const segs = toSegments(text, [[29, 36]]);
    expect(segs[0]?.text).toBe('<img src=x onerror=alert(1)> ');
  });

  it('a snippet of a long passage is centred on the first match and keeps its marks', () => {
    const long = `${'word '.repeat(100)}Sheinbaum said ${'more '.repeat(100)}`;
    const at = long.indexOf('Sheinbaum');
    const s = snippet(long, [[at, at + 9]], 120);
    expect(s.text.length).toBeLessThan(140);
    expect(s.clippedStart && s.clippedEnd).toBe(true);
    expect(marked(s.text, s.ranges)).toEqual(['Sheinbaum']);
  });
});

describe('only what the reader typed is marked', () => {
  it('words that merely share letters with the query stay unmarked', () => {
    const display = 'state of Sinaloa';
    // Bitap-style runs over "state of" and "Sinaloa" for the query "cartel de sinaloa".
    const ranges = highlightRanges(
      display,
      display,
      [
        [0, 7],
        [9, 15],
      ],
      'cartel de sinaloa',
    );
    expect(marked(display, ranges)).toEqual(['Sinaloa']);
  });

  it('a misspelt query still marks the word it found', () => {
    const display = 'Claudia Sheinbaum';
    expect(marked(display, highlightRanges(display, display, [[8, 16]], 'sheinbuam'))).toEqual([
      'Sheinbaum',
    ]);
  });
});
