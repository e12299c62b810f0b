/** The UI speaks English and Spanish: both catalogues have every message, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { uiLanguage } from '../../lib/i18n';
import { loadCatalogue } from './catalogue';

const en = loadCatalogue('en');
const es = loadCatalogue('es');

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

  it.each([
    ['en', en],
    ['es', es],
  ])('%s: substitutions go through named placeholders ($P1$ → $1), never a bare $1', (_, cat) => {
    for (const [key, entry] of Object.entries(cat)) {
      const rest = entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/\$\$/g, '');
      expect(rest, key).not.toContain('$');
      for (const p of Object.values(entry.placeholders ?? {})) {
        expect(p.content, key).toMatch(/^\$[1-9]$/);
      }
    }
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
