import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../lib/match';

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
