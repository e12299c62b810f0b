/**
 * What every Frontera page (popup, options, reader) does on load: the UI language, the shared
 * palette and card styles, and the reader's theme — applied live, so switching it in the options
 * repaints every open page without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { localizeDocument } from '../i18n';
import {
  loadSettings,
  type Settings,
  sanitizeSettings,
  type Theme,
  watchSettings,
} from '../settings';
import { CARD_CSS, THEME_CSS } from '../ui/styles/card-css';

/** Puts the palette on `root`: `.fr-theme[data-theme]` is what the shared stylesheet keys on. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.classList.add('fr-theme');
  root.dataset.theme = theme;
}

/** Adds the shared palette and card styles to the page once. */
export function installSharedStyles(doc: Document): void {
  if (doc.getElementById('fr-shared-styles')) return;
  const style = doc.createElement('style');
  style.id = 'fr-shared-styles';
  style.textContent = THEME_CSS + CARD_CSS;
  doc.head.append(style);
}

/**
 * Sets up an extension page: language, shared styles, theme now and on every change.
 * Returns the unwatch function.
 */
export function startExtensionPage(doc: Document = document): () => void {
  localizeDocument(doc);
  installSharedStyles(doc);
  const root = doc.documentElement;
  applyTheme(root, 'system');
  void loadSettings().then((s) => applyTheme(root, s.theme));
  return watchSettings((s) => applyTheme(root, s.theme));
}

/** Current settings for a Preact page, updated live; null until first read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const unwatch = watchSettings((s) => setSettings(sanitizeSettings(s, () => {})));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
