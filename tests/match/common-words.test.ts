/**
 * The typo pass never reads a correctly spelt common English or Spanish word as a typo of an
 * alias word: "The drug was in her system" is not the war on drugs.
 */
import { describe, expect, it } from 'vitest';
import { commonWordsNearAliases, loadFrequentWords } from '../../lib/corpus/common-words';
import type { ScanAlias, ScanData } from '../../lib/corpus/types';
import { createMatcher } from '../../lib/match';

const alias = (text: string, entityId: string): ScanAlias => ({
  text,
  entityId,
  caseSensitive: false,
  fuzzy: true,
});

const aliases = [
  alias('drug war', 'war-on-drugs'),
  alias('Claudia Sheinbaum', 'claudia-sheinbaum'),
  alias('fentanyl', 'fentanyl'),
  alias('guerra contra el narco', 'war-on-drugs'),
];

function scan(commonWords?: string[]): ScanData {
  return {
    version: 1,
    entities: [
      { id: 'war-on-drugs', name: 'War on drugs', type: 'policy' },
      { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', type: 'person' },
      { id: 'fentanyl', name: 'Fentanyl', type: 'topic' },
    ],
    aliases,
    commonWords,
  };
}

describe('common words are not typos', () => {
  const common = commonWordsNearAliases(aliases);

  it('lists the frequent words one typo from an alias word, not the alias words', () => {
    expect(common).toContain('was');
    expect(common).not.toContain('war');
    expect(common).not.toContain('drug');
    // A real typo is no common word.
    expect(common).not.toContain('sheinbuam');
    expect(common).not.toContain('fentanil');
  });

  it('draws on English and Spanish frequency lists from a package', () => {
    const frequent = loadFrequentWords();
    expect(frequent.size).toBeGreaterThan(15_000);
    for (const w of ['was', 'the', 'guerra', 'que', 'tambien']) expect(frequent.has(w)).toBe(true);
  });

  it.each([
    ['The drug was in her system', 0],
    ['Doctors said the drug was found in his blood', 0],
  ])('"%s": no typo of an alias', (text, count) => {
    expect(createMatcher(scan(common)).find(text)).toHaveLength(count);
  });

  it('still reads real typos', () => {
    const found = createMatcher(scan(common)).find(
      'President Claudia Sheinbuam spoke of the drug wars and fentanil.',
    );
    expect(found.map((m) => [m.text, m.entityId])).toEqual([
      ['Claudia Sheinbuam', 'claudia-sheinbaum'],
      ['drug wars', 'war-on-drugs'],
      ['fentanil', 'fentanyl'],
    ]);
  });

  it('without the list, "drug was" was read as a typo (the mistake this prevents)', () => {
    const found = createMatcher(scan()).find('The drug was in her system');
    expect(found.map((m) => m.entityId)).toEqual(['war-on-drugs']);
  });
});
