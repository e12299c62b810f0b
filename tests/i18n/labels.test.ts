/**
 * Every surface (popup, options, card, reader) names entity types and document kinds from the
 * one catalogue, in the browser's UI language; counts and names fill the placeholders.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, ENTITY_TYPES } from '../../lib/corpus/types';
import { kindLabel, t, typeLabel, uiLanguage } from '../../lib/i18n';
import { setUiLanguage } from './catalogue';

afterEach(() => setUiLanguage('en'));

describe('labels for the corpus ids', () => {
  it.each(['en', 'es'] as const)('every entity type and document kind has a %s label', (lang) => {
    setUiLanguage(lang);
    for (const type of ENTITY_TYPES) expect(typeLabel(type)).not.toMatch(/^type_|^$/);
    for (const kind of DOCUMENT_KINDS) expect(kindLabel(kind)).not.toMatch(/^kind_|^$/);
  });

  it.each([
    ['en', 'Criminal group', 'Podcast summary'],
    ['es', 'Grupo criminal', 'Resumen de pódcast'],
  ] as const)('in %s: "%s", "%s"', (lang, type, kind) => {
    setUiLanguage(lang);
    expect(typeLabel('criminal-group')).toBe(type);
    expect(kindLabel('podcast-summary')).toBe(kind);
  });
});

describe('t', () => {
  it('fills placeholders in order, numbers included', () => {
    expect(t('readerHits', [3, 'Sinaloa'])).toBe('3 passages with “Sinaloa”');
    setUiLanguage('es');
    expect(t('readerHits', [3, 'Sinaloa'])).toBe('3 pasajes con «Sinaloa»');
    expect(t('listMore', 2)).toBe('2 más');
  });

  it('follows the browser UI language, for words and for the lang attribute alike', () => {
    expect(uiLanguage()).toBe('en');
    setUiLanguage('es');
    expect(uiLanguage()).toBe('es');
  });
});
