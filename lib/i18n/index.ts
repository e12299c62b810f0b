/**
 * The UI's words in the browser's language (English or Spanish), from public/_locales through
 * the browser's own i18n API, so pages, manifest strings and context menu agree.
 * Keys are typed from the English catalogue: a missing key is a compile error, not a blank label.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'es';

/** The message for `key`; the key itself if the catalogue has none (never an empty label). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    // WXT types getMessage with the keys it generated; ours are typed by MessageKey above.
    const getMessage = browser.i18n?.getMessage as
      | ((name: string, substitutions?: string | string[]) => string)
      | undefined;
    const text = getMessage?.(key, substitutions);
    if (text) return text;
  } catch {
    // No i18n API (unit tests, or a page torn down): fall through to the key.
  }
  return key;
}

/** 'es' for any Spanish browser UI (es, es-MX, es-419…), otherwise 'en'. */
export function uiLanguage(
  lang: string = browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en',
): UiLanguage {
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Sets `lang` on an extension page so screen readers and hyphenation use the right language. */
export function localizeDocument(doc: Document, lang: UiLanguage = uiLanguage()): void {
  doc.documentElement.lang = lang;
}
export { typeLabel } from './labels';
