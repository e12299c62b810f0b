/**
 * Property tests: whatever the surrounding text, accents, case and punctuation, a name is
 * found exactly where it was put, nothing is found where no name is, and offsets always point
 * at the original text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import { createMatcher, fold } from '../../lib/match';

const NAMES: { text: string; entityId: string; caseSensitive?: boolean }[] = [
  { text: 'Claudia Sheinbaum', entityId: 'sheinbaum' },
  { text: 'García Harfuch', entityId: 'harfuch' },
  { text: 'López Obrador', entityId: 'amlo' },
  { text: 'Cártel de Sinaloa', entityId: 'sinaloa-cartel' },
  { text: 'Iniciativa Mérida', entityId: 'merida' },
  { text: 'fentanilo', entityId: 'fentanyl' },
  { text: 'Guardia Nacional', entityId: 'guardia' },
  { text: 'DEA', entityId: 'dea', caseSensitive: true },
  { text: 'CJNG', entityId: 'cjng', caseSensitive: true },
];

const scan: ScanData = {
  version: 1,
  entities: NAMES.map((n) => ({ id: n.entityId, name: n.text, type: 'organization' })),
  aliases: NAMES.map((n) => ({
    text: n.text,
    entityId: n.entityId,
    caseSensitive: n.caseSensitive ?? false,
    fuzzy: true,
  })),
};
const matcher = createMatcher(scan);

// Filler far (in spelling) from every name, in both languages.
const FILLER = [
  'the',
  'and',
  'of',
  'market',
  'river',
  'Tuesday',
  'reporters',
  'el',
  'la',
  'que',
  'dijo',
  'gobierno',
  'lluvias',
  'Puebla',
  'weather',
  'according',
  'officials',
  'año',
  'niño',
  'Ñuñoa',
  'über',
  'café',
  '2024',
  'ten',
  'x',
  'été',
  'Łódź',
];
const BEFORE = ['', '"', '“', '«', '(', '¿', '¡', '[', '—'];
const AFTER = ['', ',', '.', '”', '»', ')', ':', ';', '?', '!', "'s", '’s', '—'];
const SPACE = [' ', '\n', '\u00a0', ' \n\n ', '\t'];

/** Ways a writer or a page may render a name that is not case-sensitive. */
function variants(name: string): string[] {
  const bare = name.normalize('NFD').replace(/\p{M}/gu, '');
  return [name, bare, name.toUpperCase(), bare.toUpperCase(), name.replace(/ /g, '\u00a0')];
}

const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 6 });
const space = fc.constantFrom(...SPACE);

/** A piece of text with a name in it, and where the name landed. */
const withName = fc
  .record({
    name: fc.constantFrom(...NAMES),
    variant: fc.nat(),
    before: fc.constantFrom(...BEFORE),
    after: fc.constantFrom(...AFTER),
    filler,
    space,
  })
  .map(({ name, variant, before, after, filler, space }) => {
    const forms = name.caseSensitive ? [name.text] : variants(name.text);
    const surface = forms[variant % forms.length] as string;
    // A case-sensitive name in all-caps surroundings needs corroboration (see matcher.test.ts:
    // all-caps headlines), so here it always follows a lower-case word.
    const words = name.caseSensitive ? ['the', ...filler] : filler;
    const lead = words.length > 0 ? `${words.join(' ')}${space}` : '';
    return {
      lead: `${lead}${before}`,
      surface,
      trail: `${after}${space}`,
      entityId: name.entityId,
    };
  });

describe('properties', () => {
  it('finds every inserted name at the right offsets, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.array(withName, { minLength: 1, maxLength: 8 }), filler, (pieces, tail) => {
        let text = '';
        const expected: { start: number; end: number; entityId: string }[] = [];
        for (const p of pieces) {
          // A separator keeps two names from touching.
          text += p.lead.length > 0 || text.length === 0 ? p.lead : ` ${p.lead}`;
          expected.push({
            start: text.length,
            end: text.length + p.surface.length,
            entityId: p.entityId,
          });
          text += p.surface + p.trail;
        }
        text += tail.join(' ');
        const got = matcher
          .find(text)
          .map(({ start, end, entityId }) => ({ start, end, entityId }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in text that contains no name', () => {
    const folded = NAMES.map((n) => fold(n.text));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc
            .array(fc.constantFrom(...FILLER, ...BEFORE, ...AFTER, ...SPACE), { maxLength: 60 })
            .map((xs) => xs.join(' ')),
        ),
        (text) => {
          fc.pre(!folded.some((n) => fold(text).includes(n)));
          expect(matcher.find(text)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('always reports offsets that map to the original substring, sorted and disjoint', () => {
    const kb = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'eval', 'kb.json'), 'utf8'),
    ) as ScanData;
    const full = createMatcher(kb);
    const names = kb.aliases.map((a) => a.text);
    const chunk = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((n) => n.toUpperCase()),
      fc.constantFrom(
        ...FILLER,
        ...BEFORE,
        ...AFTER,
        ...SPACE,
        '\u00ad',
        '\u200b',
        '😀',
        'e\u0301',
        'ﬁ',
        'ß',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 40 }), fc.constantFrom('', ' '), (chunks, sep) => {
        const text = chunks.join(sep);
        let last = 0;
        for (const m of full.find(text)) {
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
