import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanAlias, ScanData } from '../../lib/corpus/types';
import { createMatcher, type Mention } from '../../lib/match';

const kb = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'eval', 'kb.json'), 'utf8'),
) as ScanData;
const matcher = createMatcher(kb);

/** "text → entity" pairs, for compact expectations. */
const found = (text: string) => matcher.find(text).map((m) => `${m.text} → ${m.entityId}`);

function scanOf(aliases: (Partial<ScanAlias> & { text: string; entityId: string })[]): ScanData {
  const ids = [...new Set(aliases.map((a) => a.entityId))];
  return {
    version: 1,
    entities: ids.map((id) => ({ id, name: id, type: 'person' })),
    aliases: aliases.map((a) => ({ caseSensitive: false, fuzzy: true, ...a })),
  };
}

describe('accents, case and punctuation do not hide a name', () => {
  it.each([
    ['Lopez Obrador said', 'Lopez Obrador → andres-manuel-lopez-obrador'],
    ['LÓPEZ OBRADOR SAID', 'LÓPEZ OBRADOR → andres-manuel-lopez-obrador'],
    ['López Obrador dijo', 'López Obrador → andres-manuel-lopez-obrador'],
    ['Garcia Harfuch said', 'Garcia Harfuch → omar-garcia-harfuch'],
    ['the Merida initiative', 'Merida initiative → merida-initiative'],
    ['Claudia\u00a0Sheinbaum', 'Claudia\u00a0Sheinbaum → claudia-sheinbaum'],
    ['Claudia\nSheinbaum', 'Claudia\nSheinbaum → claudia-sheinbaum'],
    ['Shein\u00adbaum', 'Shein\u00adbaum → claudia-sheinbaum'],
    ['Enrique “Kiki” Camarena', 'Enrique “Kiki” Camarena → enrique-camarena'],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reports offsets into the original text, in UTF-16 code units', () => {
    const text = '😀 «García Harfuch» — ¡sí!';
    const [m] = matcher.find(text);
    expect(m).toMatchObject({ text: 'García Harfuch', entityId: 'omar-garcia-harfuch' });
    expect(text.slice(m?.start, m?.end)).toBe('García Harfuch');
  });
});

describe('whole words only', () => {
  it.each([
    'Sinaloan farmers', // a longer word
    'the Transinaloa highway',
    'Panama and Panamerican',
    'acronym soup: IDEA, DEAL, PANDEMIC',
    'fentanylic', // not a plural ending
  ])('%j has no mention', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('treats accented letters as letters (no match inside "Sinaloaé")', () => {
    expect(found('Sinaloaé')).toEqual([]);
  });
});

describe('the longest name wins', () => {
  it.each([
    ['the Sinaloa Cartel', 'Sinaloa Cartel → sinaloa-cartel'],
    ['el Cártel de Sinaloa', 'Cártel de Sinaloa → sinaloa-cartel'],
    ['Claudia Sheinbaum Pardo', 'Claudia Sheinbaum Pardo → claudia-sheinbaum'],
    ['Jalisco New Generation Cartel', 'Jalisco New Generation Cartel → cjng'],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe('possessives and plurals that readers write still match', () => {
  it.each([
    ["Sheinbaum's plan", 'Sheinbaum → claudia-sheinbaum'],
    ['Sheinbaum’s plan', 'Sheinbaum → claudia-sheinbaum'],
    ["Lopez Obrador's term", 'Lopez Obrador → andres-manuel-lopez-obrador'],
    ['new tariffs', 'tariffs → tariffs'],
    ['los aranceles', 'aranceles → tariffs'],
    ["the Sinaloa cartels' reach", 'Sinaloa cartels → sinaloa-cartel'],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe('case-sensitive aliases match only as written', () => {
  it.each([
    ['El PAN votó en contra.', ['PAN → pan']],
    ['Compré pan dulce.', []],
    ['Pan dulce para todos.', []],
    ['The DEA said', ['DEA → dea']],
    ['a good idea, dea', []],
    ['el PRI y el PAN', ['PRI → pri', 'PAN → pan']],
    ['the DEAs of this world', ['DEAs → dea']], // a plural is still the name
    ['prices', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('folds accents even when case matters', () => {
    const m = createMatcher(scanOf([{ text: 'SEÑAL', entityId: 'x', caseSensitive: true }]));
    expect(m.find('la SENAL y la señal').map((x) => x.text)).toEqual(['SENAL']);
  });

  it('accepts the upper-case form of a mixed-case alias ("MORENA" for "Morena")', () => {
    expect(found('Morena votó. MORENA votó. morena votó.')).toEqual([
      'Morena → morena',
      'MORENA → morena',
    ]);
  });
});

describe('all-caps headlines: capitals prove nothing, so an acronym needs its line to agree', () => {
  it.each([
    ['SHEINBAUM SAYS PAN BLOCKED REFORM', ['SHEINBAUM → claudia-sheinbaum', 'PAN → pan']],
    ['PAN AND PRI BACK MORENA ON VOTE', ['PAN → pan', 'PRI → pri', 'MORENA → morena']],
    ['PAN DULCE PRICES RISE AHEAD OF HOLIDAYS', []],
    ['SUBE EL PRECIO DEL PAN Y LA TORTILLA', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not borrow corroboration from another headline', () => {
    const page = 'SHEINBAUM MEETS TRUMP ADVISERS\nPAN DULCE PRICES RISE AHEAD OF HOLIDAYS';
    expect(found(page)).toEqual(['SHEINBAUM → claudia-sheinbaum', 'TRUMP → donald-trump']);
  });

  it('marks a corroborated acronym as decided by context, with a lower score', () => {
    const [, pan] = matcher.find('SHEINBAUM SAYS PAN BLOCKED REFORM');
    expect(pan).toMatchObject({ method: 'context', entityId: 'pan' });
    expect(pan?.score).toBeLessThan(1);
  });
});

describe('ambiguous names are decided by the context rules in the data', () => {
  it.each([
    ['Camarena Reposado is a smooth tequila.', []],
    ['DEA agent Camarena was murdered in 1985.', ['DEA → dea', 'Camarena → enrique-camarena']],
    ['Vance Joy played Riptide.', []],
    ['Vice President Vance visited Mexico.', ['Vance → jd-vance']],
    ['la Virgen Morena', []],
    ['una mujer morena', []],
    ['the Texas National Guard', []],
    ["Mexico's National Guard", ["Mexico's National Guard → mexican-national-guard"]],
    ['el diputado de MC', ['MC → movimiento-ciudadano']],
    ['the MC introduced the band', []],
    ['the notorious Sinaloa and other cartels', ['Sinaloa → sinaloa-cartel']],
    ['farmers in Sinaloa, the state', ['Sinaloa → sinaloa']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('says a context rule decided the match', () => {
    const [m] = matcher.find('Vice President Vance visited Mexico.');
    expect(m).toMatchObject({ method: 'context', alias: 'Vance' });
  });

  it('lets a satisfied context beat the default claimant', () => {
    const scan = scanOf([
      { text: 'Sinaloa', entityId: 'state' },
      { text: 'Sinaloa', entityId: 'cartel', context: { near: ['cartel'] } },
    ]);
    const m = createMatcher(scan);
    expect(m.find('the Sinaloa cartel boss').map((x) => x.entityId)).toEqual(['cartel']);
    expect(m.find('rain in Sinaloa today').map((x) => x.entityId)).toEqual(['state']);
  });

  it('counts other entities in the same text for withEntities', () => {
    const scan = scanOf([
      { text: 'Vance', entityId: 'vance', context: { withEntities: ['trump'] } },
      { text: 'Trump', entityId: 'trump' },
    ]);
    const m = createMatcher(scan);
    expect(m.find('Vance spoke.').map((x) => x.entityId)).toEqual([]);
    expect(
      m.find('Vance spoke. Much later, far away, Trump spoke too.').map((x) => x.entityId),
    ).toEqual(['vance', 'trump']);
    expect(m.find('Vance spoke.', { contextEntities: ['trump'] }).map((x) => x.entityId)).toEqual([
      'vance',
    ]);
  });

  it('lets a blocking phrase veto the alias it contains', () => {
    const scan = scanOf([
      { text: 'National Guard', entityId: 'gn', context: { blockedBy: ['Texas National Guard'] } },
    ]);
    const m = createMatcher(scan);
    const text = 'The Texas National Guard and the National Guard';
    expect(m.find(text).map((x) => x.start)).toEqual([text.lastIndexOf('National')]);
  });
});

describe('typos and variants are caught, with their score and the alias they matched', () => {
  it.each([
    ['President Sheinbuam said', 'Sheinbuam', 'Sheinbaum'],
    ['President Sheimbaum said', 'Sheimbaum', 'Sheinbaum'],
    ['Claudia Sheinbaun said', 'Claudia Sheinbaun', 'Claudia Sheinbaum'],
    ['seized fentanil in Sonora', 'fentanil', 'fentanyl'],
    ['Genaro Garcia Lunna was convicted', 'Genaro Garcia Lunna', 'Genaro García Luna'],
  ])('%j', (text, surface, alias) => {
    const m = matcher.find(text).find((x) => x.method === 'fuzzy') as Mention;
    expect(m).toMatchObject({ text: surface, alias });
    expect(m.score).toBeGreaterThan(0.8);
    expect(m.score).toBeLessThan(1);
  });

  it.each([
    'Lance Armstrong', // another name one letter away from "Vance"
    'Father Moreno', // gender variant of "Morena"
    'the sheinbaum plan', // a proper name is only guessed at on capitalised words
    'a soberana decision', // a word of the family of "soberanía", not a typo
    'Correction: an earlier version misspelled a name', // two edits from "corruption"
    'Shein', // short tokens are never fuzzy
    'Sinaloan', // a letter more than "Sinaloa", an alias with fuzzy: false
  ])('%j has no fuzzy mention', (text) => {
    expect(matcher.find(text).filter((x) => x.method === 'fuzzy')).toEqual([]);
  });

  it('can be switched off', () => {
    expect(createMatcher(kb, { fuzzy: false }).find('President Sheinbuam said')).toEqual([]);
  });
});

describe('Spanish copy is first-class', () => {
  it('finds a Mexican daily’s names', () => {
    const text =
      'El Cártel de Sinaloa, la presidenta Sheinbaum y el secretario García Harfuch; el fentanilo y la Iniciativa Mérida; la Guardia Nacional.';
    expect(found(text)).toEqual([
      'Cártel de Sinaloa → sinaloa-cartel',
      'Sheinbaum → claudia-sheinbaum',
      'García Harfuch → omar-garcia-harfuch',
      'fentanilo → fentanyl',
      'Iniciativa Mérida → merida-initiative',
      'Guardia Nacional → mexican-national-guard',
    ]);
  });
});

describe('output', () => {
  it('is sorted, non-overlapping, and each text is the original substring', () => {
    const text =
      'Sheinbaum, SHEINBAUM and Claudia Sheinbaum Pardo met the DEA about the Sinaloa Cartel.';
    const ms = matcher.find(text);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i] as Mention;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((ms[i - 1] as Mention).end);
    }
    expect(ms).toHaveLength(5);
  });

  it('finds nothing in empty text or with an empty knowledge base', () => {
    expect(matcher.find('')).toEqual([]);
    expect(createMatcher({ entities: [], aliases: [] }).find('Sheinbaum')).toEqual([]);
  });
});

describe('hyphens read as spaces', () => {
  it.each([
    ['López-Obrador dijo', 'López-Obrador → andres-manuel-lopez-obrador'],
    ['Pérez Ricart and Pérez-Ricart', 'Pérez Ricart → carlos-perez-ricart'],
  ])('%j', (text, expected) => {
    expect(found(text)[0]).toBe(expected);
  });
});

describe('Spanish plurals of "X de Y" names', () => {
  it('reads "los cárteles de Sinaloa" as the cartel', () => {
    expect(found('los cárteles de Sinaloa y de Jalisco')).toEqual([
      'cárteles de Sinaloa → sinaloa-cartel',
    ]);
  });
});

describe('a short form refers to the entity the text has already named', () => {
  const filler = ' The weather was mild and the markets were calm that week.'.repeat(3);
  it('accepts "Camarena" far from any context word once "Enrique Camarena" was named', () => {
    expect(found(`Enrique Camarena grew up in Calexico.${filler} Camarena was 37.`)).toEqual([
      'Enrique Camarena → enrique-camarena',
      'Camarena → enrique-camarena',
    ]);
  });

  it('still obeys vetoes ("Vance Joy" after JD Vance) and leaves shared aliases to their rules', () => {
    expect(found(`JD Vance spoke.${filler} Vance Joy sang.`)).toEqual(['JD Vance → jd-vance']);
    // "Sinaloa" is also the state: naming the cartel does not make every "Sinaloa" the cartel.
    expect(found(`The Sinaloa Cartel grew.${filler} Rain fell on Sinaloa.`)).toEqual([
      'Sinaloa Cartel → sinaloa-cartel',
      'Sinaloa → sinaloa',
    ]);
  });

  it('needs the name: "Camarena" alone in a review is nothing', () => {
    expect(found(`Camarena is a family name.${filler} Camarena was founded long ago.`)).toEqual([]);
  });
});
