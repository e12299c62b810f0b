/**
 * The real catalogues behind the fake browser's i18n API, so unit tests see the words users see.
 * WXT's fake browser leaves `i18n.getMessage` unimplemented; this one follows the browsers'
 * rules: the UI language's catalogue, else the default (English); `$NAME$` placeholders replaced
 * by their content, then `$1`…`$9` by the substitutions and `$$` by `$`; "" for an unknown key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UiLanguage } from '../../lib/i18n';

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

export function loadCatalogue(lang: UiLanguage): Catalogue {
  return JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`),
      'utf8',
    ),
  );
}

const catalogues: Record<UiLanguage, Catalogue> = {
  en: loadCatalogue('en'),
  es: loadCatalogue('es'),
};

/** `key` from `catalogue`, filled in the way `browser.i18n.getMessage` does. */
export function formatMessage(
  catalogue: Catalogue,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = catalogue[key] ?? catalogues.en[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => placeholders[name.toLowerCase()] ?? '')
    .replace(/\$(\$|[1-9])/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
}

/** Makes the fake browser's UI speak `lang`, as a browser with that UI language would. */
export function setUiLanguage(lang: UiLanguage): void {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    formatMessage(catalogues[lang], key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => (lang === 'es' ? 'es-MX' : 'en-US');
}
