/**
 * Frontera's one catalogue of words: public/_locales/{en,es}/messages.json, read through the
 * browser's own i18n API by every surface (popup, options, background, the card and popover on
 * pages, the corpus reader), so they all speak the browser's UI language and agree with the
 * manifest and the context menu. Keys are typed from the English catalogue: a missing key is a
 * compile error, not a blank label.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'es';

/**
 * The message for `key` with its `$P1$`, `$P2$`… placeholders filled from `substitutions` in
 * order; the key itself if the catalogue has none (never an empty label).
 */
export function t(
  key: MessageKey,
  substitutions?: string | number | readonly (string | number)[],
): string {
  // The API takes strings only (Chrome rejects numbers), so counts are turned into text here.
  const subs =
    substitutions === undefined
      ? undefined
      : typeof substitutions === 'object'
        ? substitutions.map(String)
        : String(substitutions);
  try {
    // WXT types getMessage with the keys it generated; ours are typed by MessageKey above.
    const getMessage = browser.i18n?.getMessage as
      | ((name: string, substitutions?: string | string[]) => string)
      | undefined;
    const text = getMessage?.(key, subs);
    if (text) return text;
  } catch {
    // No i18n API (unit tests, or a page torn down): fall through to the key.
  }
  return key;
}

/**
 * 'es' for any Spanish browser UI (es, es-MX, es-419…), otherwise 'en': the language the
 * browser picks the catalogue by, so `lang` attributes and date formats match the words shown.
 */
export function uiLanguage(lang: string = browserUiLanguage()): UiLanguage {
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function browserUiLanguage(): string {
  try {
    const lang = browser.i18n?.getUILanguage?.();
    if (lang) return lang;
  } catch {
    // No i18n API (unit tests): the page's idea of the browser language is the next best.
  }
  return globalThis.navigator?.language ?? 'en';
}

/** Sets `lang` on an extension page so screen readers and hyphenation use the right language. */
export function localizeDocument(doc: Document, lang: UiLanguage = uiLanguage()): void {
  doc.documentElement.lang = lang;
}

export { KIND_KEYS, TYPE_KEYS } from './label-keys';
export { kindLabel, typeLabel } from './labels';
