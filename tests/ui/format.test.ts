import { describe, expect, it } from 'vitest';
import { excerptSegments, formatDocDate, formatTimestamp } from '../../lib/ui/format';

describe('formatDocDate', () => {
  it.each([
    [{ date: '2025-01-21', dateBasis: 'stated' }, '21 January 2025'],
    [{ date: '2025-02', dateBasis: 'stated' }, 'February 2025'],
    [{ date: '2024', dateBasis: 'implied' }, '2024 (implied)'],
    [{ date: null, dateBasis: 'unknown' }, 'date not stated'],
    [{ date: '2025-01-21', dateBasis: 'unknown' }, 'date not stated'],
  ] as const)('%j reads "%s"', (doc, text) => {
    expect(formatDocDate(doc)).toBe(text);
  });
});

describe('formatTimestamp', () => {
  it.each([
    [0, '00:00'],
    [210, '03:30'],
    [2523, '42:03'],
    [3725, '1:02:05'],
  ])('%i s is %s', (s, text) => {
    expect(formatTimestamp(s)).toBe(text);
  });
});

describe('excerptSegments', () => {
  it('marks the spans of a short passage and keeps all of it', () => {
    expect(excerptSegments('Hello Sheinbaum!', [{ start: 6, end: 15 }])).toEqual([
      { text: 'Hello ', mark: false },
      { text: 'Sheinbaum', mark: true },
      { text: '!', mark: false },
    ]);
  });

  it('clips a long passage around the first mention, on word boundaries, with ellipses', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[120] = 'Sheinbaum';
    const text = words.join(' ');
    const start = text.indexOf('Sheinbaum');
    const segs = excerptSegments(text, [{ start, end: start + 9 }], 120);
    const shown = segs.map((s) => s.text).join('');
    expect(segs[0]).toEqual({ text: '…', mark: false });
    expect(segs.at(-1)).toEqual({ text: '…', mark: false });
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Sheinbaum']);
    expect(shown.length).toBeLessThanOrEqual(122);
    expect(shown).toMatch(/^…w\d+ /);
    expect(shown).toMatch(/ w\d+…$/);
  });
});
