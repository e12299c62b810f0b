/**
 * What Frontera knows, as the finder asks it: any case, accents or spacing, with or without an
 * article or a title in front, and a person's fuller or shorter spelling when it can only be
 * the same person.
 */
import { describe, expect, it } from 'vitest';
import { knownNamesFrom } from '../../../lib/library/proposals';

const known = knownNamesFrom([
  'Claudia Sheinbaum',
  'Sheinbaum',
  'Omar García Harfuch',
  'García Harfuch',
  'Cártel de Sinaloa',
  'Los Chapitos',
  'Joaquín Guzmán López',
]);

describe('known names', () => {
  it.each([
    'Claudia Sheinbaum',
    'CLAUDIA  SHEINBAUM',
    'claudia sheinbaum',
    'Cartel de Sinaloa',
    'el Cártel de Sinaloa',
    'Chapitos',
    'the Los Chapitos',
    'President Claudia Sheinbaum',
    'la presidenta Sheinbaum',
    'Claudia Sheinbaum Pardo',
    'Omar Harfuch',
    'Omar García',
  ])('knows %j', (text) => {
    expect(known.isKnown(text)).toBe(true);
  });

  it.each([
    'Claudia',
    'Pardo',
    'Ovidio Guzmán López',
    'Joaquín Guzmán',
    'Cártel del Golfo',
    'Harfuch Omar',
    '',
  ])('does not know %j', (text) => {
    expect(known.isKnown(text)).toBe(false);
  });

  it('knows a shorter spelling only when a surname in it is known alone', () => {
    const fullOnly = knownNamesFrom(['Omar García Harfuch']);
    expect(fullOnly.isKnown('Omar García Harfuch')).toBe(true);
    expect(fullOnly.isKnown('Omar García')).toBe(false);
    expect(knownNamesFrom(['Omar García Harfuch', 'Harfuch']).isKnown('Omar García')).toBe(false);
    expect(knownNamesFrom(['Omar García Harfuch', 'Harfuch']).isKnown('Omar Harfuch')).toBe(true);
  });
});
