import { describe, expect, it } from 'vitest';
import { tokenize, wordAt, wordList, wordSpans } from '../../lib/text';

describe('words: a word is a run of letters, digits and marks', () => {
  it.each([
    ['claudia sheinbaum', ['claudia', 'sheinbaum']],
    ["sheinbaum's plan", ['sheinbaum', 's', 'plan']],
    ['us-mexico, 2025.', ['us', 'mexico', '2025']],
    ['  ', []],
  ])('%j → %j', (text, words) => {
    expect(wordSpans(text).map((w) => w.word)).toEqual(words);
    const t = tokenize(text);
    expect(t.count).toBe(words.length);
  });

  it('gives offsets into the whole text, also for a slice of it', () => {
    expect(wordSpans('el cartel de sinaloa', 4, 15)).toEqual([
      { word: 'artel', start: 4, end: 9 },
      { word: 'de', start: 10, end: 12 },
      { word: 'si', start: 13, end: 15 },
    ]);
  });

  it('finds the word at or after an offset', () => {
    const t = tokenize('one two three');
    expect([0, 3, 4, 13].map((o) => wordAt(t, o))).toEqual([0, 1, 1, 3]);
  });

  it('splits a query at anything but letters and digits', () => {
    expect(wordList('cártel-de  sinaloa!')).toEqual(['cártel', 'de', 'sinaloa']);
  });
});
