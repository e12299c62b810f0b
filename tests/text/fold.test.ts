import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, isWordUnit } from '../../lib/text';

describe('fold: spellings a reader treats as the same name fold to the same string', () => {
  it.each([
    ['López Obrador', 'lopez obrador'],
    ['LÓPEZ OBRADOR', 'lopez obrador'],
    ['Lopez Obrador', 'lopez obrador'],
    ['García Harfuch', 'garcia harfuch'],
    ['Cártel de Sinaloa', 'cartel de sinaloa'],
    ['Iniciativa Mérida', 'iniciativa merida'],
    ['Peña Nieto', 'pena nieto'],
    ['Sheinbaum’s', "sheinbaum's"],
    ['Enrique “Kiki” Camarena', 'enrique "kiki" camarena'],
    ['Pérez‑Ricart', 'perez-ricart'], // non-breaking hyphen
    ['US–Mexico', 'us-mexico'], // en dash
    ['US—Mexico', 'us-mexico'], // em dash
    ['Claudia\u00a0Sheinbaum', 'claudia sheinbaum'], // no-break space
    ['Claudia \n\t Sheinbaum', 'claudia sheinbaum'], // any run of white space
    ['Shein\u00adbaum', 'sheinbaum'], // soft hyphen
    ['Shein\u200bbaum', 'sheinbaum'], // zero-width space
    ['\ufeffAMLO', 'amlo'], // byte-order mark
    ['Straße', 'strasse'],
  ])('%j → %j', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });
});

describe('foldWithMap: every folded character knows where it came from', () => {
  it('maps a folded span back to the original text, accents and all', () => {
    const text = 'La presidenta Claudia Sheinbaum habló con García Harfuch.';
    const { text: folded, starts, ends } = foldWithMap(text);
    const at = folded.indexOf('garcia harfuch');
    const start = starts[at] as number;
    const end = ends[at + 'garcia harfuch'.length - 1] as number;
    expect(text.slice(start, end)).toBe('García Harfuch');
  });

  it('keeps invisible characters inside the span they split', () => {
    const text = 'Dijo Shein\u00adbaum ayer';
    const { text: folded, starts, ends } = foldWithMap(text);
    const at = folded.indexOf('sheinbaum');
    expect(text.slice(starts[at], ends[at + 8])).toBe('Shein\u00adbaum');
  });

  it('maps characters outside the Basic Multilingual Plane to both UTF-16 units', () => {
    const text = '😀 López';
    const { text: folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('😀 lopez');
    expect(starts[0]).toBe(0);
    expect(ends[1]).toBe(2);
    const at = folded.indexOf('lopez');
    expect(text.slice(starts[at], ends[at + 4])).toBe('López');
  });

  it('maps a collapsed run of white space to the whole run', () => {
    const text = 'a \n\n b';
    const { text: folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('a b');
    expect([starts[1], ends[1]]).toEqual([1, 5]);
  });

  it('handles the empty string', () => {
    expect(foldWithMap('').text).toBe('');
  });
});

/**
 * The folding rules stated one code point at a time, slowly and plainly: the fast
 * implementation must agree with it on any text.
 */
function referenceFold(input: string): { text: string; starts: number[]; ends: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const invisible = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e']);
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    let f: string;
    if (invisible.has(ch)) f = '';
    else if (/^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b]$/u.test(ch)) f = '-';
    else if (/^[\u2018-\u201b\u2032\u02bc\uff07]$/u.test(ch)) f = "'";
    else if (/^[\u201c-\u201f\u2033\u00ab\u00bb\uff02]$/u.test(ch)) f = '"';
    else if (/^\s$/u.test(ch)) f = ' ';
    else if (ch === 'ß' || ch === 'ẞ') f = 'ss';
    else f = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (f === ' ' && out[out.length - 1] === ' ') ends[ends.length - 1] = end;
    else if (f === '') {
      // The units of the previous code point now also cover the vanished one.
      const prev = starts[starts.length - 1];
      for (let k = ends.length - 1; k >= 0 && starts[k] === prev; k--) ends[k] = end;
    } else
      for (const unit of f.split('')) {
        out.push(unit);
        starts.push(i);
        ends.push(end);
      }
    i = end;
  }
  return { text: out.join(''), starts, ends };
}

describe('foldWithMap agrees with the rules applied one code point at a time', () => {
  const pieces = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      ' \u00a0 ',
      '\u00ad',
      '\u200b',
      '\ufeff',
      'ß',
      'İ',
      'é',
      'E\u0301',
      '😀',
      '’',
      '“',
      '—',
      '`',
      'Ǆ',
      '한',
      'ﬁ',
      'López',
      'ÁRBOL',
    ),
  );
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (xs) => {
        const input = xs.join('');
        const got = foldWithMap(input);
        const want = referenceFold(input);
        expect(got.text).toBe(want.text);
        expect([...got.starts]).toEqual(want.starts);
        expect([...got.ends]).toEqual(want.ends);
        for (let i = 0; i < got.text.length; i++) {
          expect(got.startOf(i)).toBe(want.starts[i]);
          expect(got.endOf(i)).toBe(want.ends[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldWithMap agrees with the rules on long texts (a whole document)', () => {
  // Long texts are folded in chunks: white-space runs and accents that straddle where a chunk
  // could be cut must fold exactly as in one piece.
  const oneToOne = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      ' ',
      '  ',
      '\n\n',
      ' \t\n ',
      '\u00a0',
      '\u2003 ',
      'é',
      'López',
      'ÁRBOL',
      '’',
      '—',
      'Ǆ',
    ),
  );
  const spoiler = fc.constantFrom('', '', 'ß', '😀', '\u00ad', 'ﬁ', 'a'.repeat(20_000));
  it('on random text longer than a page block', () => {
    fc.assert(
      fc.property(
        fc.array(oneToOne, { minLength: 1, maxLength: 40 }),
        spoiler,
        fc.nat(),
        (xs, spoil, at) => {
          const unit = xs.join('') || 'x';
          let input = '';
          while (input.length < 40_000) input += `${unit}\n`;
          const cut = at % input.length;
          input = input.slice(0, cut) + spoil + input.slice(cut);
          const got = foldWithMap(input);
          const want = referenceFold(input);
          expect(got.text).toBe(want.text);
          expect(Array.from(got.starts)).toEqual(want.starts);
          expect(Array.from(got.ends)).toEqual(want.ends);
          expect(got.startOf(got.text.length - 1)).toBe(want.starts[want.starts.length - 1]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('isWordUnit: letters, digits and marks of any script are word units', () => {
  it('agrees with Unicode properties for every unit of the Basic Multilingual Plane', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = (c >= 0xd800 && c <= 0xdfff) || word.test(String.fromCharCode(c));
      if (isWordUnit(c) !== expected) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });
});
