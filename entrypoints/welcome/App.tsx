import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, typeLabel } from '../../lib/i18n';
import { NEWS_DOMAINS } from '../../lib/sites/news-domains';
import CardPicture from './CardPicture';

/** The keyboard commands, in the order the page lists them, with their suggested keys. */
const COMMANDS = [
  ['next-mention', 'commandNext', 'Alt+Shift+.'],
  ['previous-mention', 'commandPrevious', 'Alt+Shift+,'],
  ['toggle-highlights', 'commandToggle', 'Alt+Shift+H'],
] as const;

/** "Alt+Shift+Period" (Firefox's spelling) → "Alt+Shift+.". */
function readableKeys(shortcut: string): string {
  return shortcut.replace(/Period$/, '.').replace(/Comma$/, ',');
}

/**
 * The page a new reader sees once, on install (and from the options): what Frontera does, where
 * it runs, what it keeps and sends, and its shortcuts as the browser has them bound now.
 */
export default function App() {
  const [bound, setBound] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setBound(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => setBound(null));
  }, []);

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
      </section>

      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacyStores')}</p>
        <p>
          <strong>{t('welcomePrivacySends')}</strong>
        </p>
      </section>

      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{t('welcomeShortcutsTitle')}</h2>
        <dl class="fr-keys-list">
          {COMMANDS.map(([name, label, suggested]) => {
            const keys = bound ? bound[name] : suggested;
            return (
              <div key={name}>
                <dt>{keys ? <kbd>{readableKeys(keys)}</kbd> : t('welcomeShortcutNone')}</dt>
                <dd>{t(label)}</dd>
              </div>
            );
          })}
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
