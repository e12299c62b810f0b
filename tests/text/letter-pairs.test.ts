import { describe, expect, it } from 'vitest';
import { createLetterPairIndex, editDistance, letterPairs } from '../../lib/text';

describe('letter pairs: what a typo leaves of a word', () => {
  it('are the overlapping pairs', () => {
    expect(letterPairs('sinaloa')).toEqual(['si', 'in', 'na', 'al', 'lo', 'oa']);
    expect(letterPairs('a')).toEqual([]);
  });

  it('find the names a misspelling could be, most pairs shared first', () => {
    const index = createLetterPairIndex([
      ['sheinbaum', 'claudia sheinbaum'],
      ['sinaloa'],
      ['vance'],
    ]);
    expect(index.candidates('sheinbuam', 3, 10)).toEqual([0]);
    expect(index.candidates('sinalao', 1, 10)).toEqual([1]);
    expect(index.candidates('sinalao', 1, 0)).toEqual([]);
  });
});

describe('edit distance (bounded)', () => {
  it.each([
    ['sheinbaum', 'sheinbuam', 1], // a transposition is one edit
    ['war', 'was', 1],
    ['cartel', 'cartel', 0],
    ['correction', 'corruption', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('gives up past the bound', () => {
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
