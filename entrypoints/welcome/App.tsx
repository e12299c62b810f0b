import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, typeLabel } from '../../lib/i18n';
import { NEWS_DOMAINS } from '../../lib/sites/news-domains';
import CardPicture from './CardPicture';

/**
 * Every keyboard command of the manifest (wxt.config.ts `commands`), in the order the page lists
 * them, with its suggested keys; tests/welcome checks that none is missing. A command the browser
 * reports that is not here is listed too, in the browser's words, so the page never omits one.
 */
export const WELCOME_COMMANDS = [
  ['next-mention', 'commandNext', 'Alt+Shift+.'],
  ['previous-mention', 'commandPrevious', 'Alt+Shift+,'],
  ['toggle-highlights', 'commandToggle', 'Alt+Shift+H'],
  ['save-article', 'commandSave', 'Alt+Shift+S'],
] as const;

interface Bound {
  name: string;
  shortcut: string;
  description: string;
}

/** "Alt+Shift+Period" (Firefox's spelling) → "Alt+Shift+.". */
function readableKeys(shortcut: string): string {
  return shortcut.replace(/Period$/, '.').replace(/Comma$/, ',');
}

/**
 * The page a new reader sees once, on install (and from the options): what Frontera does, where
 * it runs, what it keeps (the library included), where, and how to erase it, that it sends
 * nothing, and every shortcut as the browser has them bound now.
 */
export default function App() {
  const [bound, setBound] = useState<Bound[] | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setBound(
          all.map((c) => ({
            name: c.name ?? '',
            shortcut: c.shortcut ?? '',
            description: c.description ?? c.name ?? '',
          })),
        ),
      )
      .catch(() => setBound(null));
  }, []);
  const known = new Set<string>(WELCOME_COMMANDS.map(([name]) => name));
  // `_execute_action` and the like are the browser's own; only a named command of ours is news.
  const others = (bound ?? []).filter((c) => !known.has(c.name) && !c.name.startsWith('_'));
  const keysOf = (name: string, suggested: string) =>
    bound ? (bound.find((c) => c.name === name)?.shortcut ?? '') : suggested;

  return (
    <div class="fr-welcome">
      <header class="fr-welcome-head">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>

      <section class="fr-welcome-intro" aria-label={t('welcomeTitle')}>
        <div class="fr-welcome-lead">
          <p>{t('welcomeLead1')}</p>
          <p>{t('welcomeLead2')}</p>
          <p>{t('welcomeLead3')}</p>
        </div>
        <CardPicture type={typeLabel('person')} />
      </section>

      <section aria-labelledby="w-sites">
        <h2 id="w-sites">{t('welcomeSitesTitle')}</h2>
        <p>{t('welcomeSites', String(NEWS_DOMAINS.length))}</p>
        <details class="fr-defaults">
          <summary>{t('welcomeSitesShow', String(NEWS_DOMAINS.length))}</summary>
          <p class="fr-domain-list">{NEWS_DOMAINS.join(', ')}</p>
        </details>
        <p>{t('welcomeElsewhere')}</p>
        <p>{t('welcomeNotInFrames')}</p>
      </section>

      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{t('welcomePrivacyTitle')}</h2>
        <ul class="fr-welcome-keeps">
          <li>{t('welcomeKeepsSettings')}</li>
          <li>{t('welcomeKeepsTabs')}</li>
          <li>{t('welcomeKeepsLibrary')}</li>
        </ul>
        <p>{t('welcomeKeepsErase')}</p>
        <p>
          <strong>{t('welcomePrivacySends')}</strong>
        </p>
      </section>

      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{t('welcomeShortcutsTitle')}</h2>
        <dl class="fr-keys-list">
          {WELCOME_COMMANDS.map(([name, label, suggested]) => {
            const keys = keysOf(name, suggested);
            return (
              <div key={name}>
                <dt>{keys ? <kbd>{readableKeys(keys)}</kbd> : t('welcomeShortcutNone')}</dt>
                <dd>{t(label)}</dd>
              </div>
            );
          })}
          {others.map((c) => (
            <div key={c.name}>
              <dt>
                {c.shortcut ? <kbd>{readableKeys(c.shortcut)}</kbd> : t('welcomeShortcutNone')}
              </dt>
              <dd>{c.description}</dd>
            </div>
          ))}
          <div>
            <dt>{t('welcomeShortcutCard')}</dt>
            <dd>{t('welcomeShortcutCardKeys')}</dd>
          </div>
          <div>
            <dt>{t('welcomeShortcutSearch')}</dt>
            <dd>{t('keyboardHint')}</dd>
          </div>
        </dl>
        <p class="fr-muted">{t('welcomeShortcutsHint')}</p>
      </section>

      <footer class="fr-welcome-foot">
        <a class="fr-button primary" href="/options.html">
          {t('welcomeOptions')}
        </a>
      </footer>
    </div>
  );
}
