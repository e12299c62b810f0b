/** The UI speaks English and Spanish: both catalogues have every message, with the same placeholders. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguage } from '../../lib/i18n';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string): Catalogue =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`),
      'utf8',
    ),
  );
const en = load('en');
const es = load('es');

describe('locales', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders, no empty message', (key) => {
    const a = en[key];
    const b = es[key];
    expect(a?.message.trim()).not.toBe('');
    expect(b?.message.trim()).not.toBe('');
    expect(Object.keys(b?.placeholders ?? {})).toEqual(Object.keys(a?.placeholders ?? {}));
    const used = (m = '') =>
      [...m.matchAll(/\$([A-Z0-9_]+)\$/gi)].map((x) => x[1]?.toLowerCase()).sort();
    expect(used(b?.message)).toEqual(used(a?.message));
    for (const name of used(a?.message)) expect(a?.placeholders).toHaveProperty(name as string);
  });

  it('message names are valid for Chrome and Firefox', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['en-US', 'en'],
    ['fr', 'en'],
  ])('browser language %s → UI in %s', (lang, ui) => {
    expect(uiLanguage(lang)).toBe(ui);
  });
});
