import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../../lib/extension-page';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, SETTINGS_TABLE, type Settings, saveSettings } from '../../lib/settings';
import { disableSite, grantedSites, NEWS_DOMAINS, normaliseSiteInput } from '../../lib/sites';
import LibrarySection from './components/LibrarySection';
import SettingField, { type FieldName } from './components/SettingField';

/**
 * Frontera's options. Every change is saved at once and applies live in open tabs (they watch
 * the same stored settings); there is no Save button to forget.
 */
export default function App() {
  const settings = useSettings();
  const [saved, setSaved] = useState('');
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [granted, setGranted] = useState<string[]>([]);

  useEffect(() => {
    void grantedSites()
      .then(setGranted)
      .catch(() => setGranted([]));
  }, []);

  if (!settings) return <p class="fr-loading">{t('loading')}</p>;

  const save = async (patch: Partial<Settings>) => {
    try {
      await saveSettings(patch);
      setSaved(t('optionsSaved'));
    } catch (err) {
      // e.g. storage.sync's write quota: say so rather than pretend it was saved.
      setSaved(t('optionsSaveFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  /** The control for one setting, as the settings table describes it; saved on change. */
  const field = (name: FieldName, extra: { id?: string; disabled?: boolean } = {}) => (
    <SettingField name={name} settings={settings} save={save} {...extra} />
  );
  const addSite = (e: Event) => {
    e.preventDefault();
    const site = normaliseSiteInput(newSite);
    if (!site) {
      setSiteError(t('optionsSiteInvalid'));
      return;
    }
    setSiteError('');
    setNewSite('');
    if (!settings.disabledSites.includes(site)) {
      void save({ disabledSites: [...settings.disabledSites, site] });
    }
  };

  return (
    <div class="fr-options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="fr-muted">{t('optionsIntro')}</p>
        <p>
          <a href="/welcome.html">{t('optionsWelcome')}</a>
        </p>
      </header>

      <section aria-labelledby="sec-look">
        <h2 id="sec-look">{t('optionsLook')}</h2>
        {field('theme')}
        {field('highlightStyle')}
        {field('mentions')}
        {field('entityTypes')}
      </section>

      <section aria-labelledby="sec-cards">
        <h2 id="sec-cards">{t('optionsCards')}</h2>
        {field('openOn')}
        {field('hoverDelayMs', { id: 'hover-delay', disabled: settings.openOn === 'click' })}
        {field('accessibleMode')}
        {field('scope')}
      </section>

      <section aria-labelledby="sec-sites">
        <h2 id="sec-sites">{t('optionsSites')}</h2>
        <h3>{t(SETTINGS_TABLE.disabledSites.label)}</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="fr-muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="fr-site-list" aria-label={t('optionsDisabledSites')}>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="fr-button"
                  aria-label={t('optionsTurnOnAgain', site)}
                  onClick={() =>
                    void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="fr-add-site" onSubmit={addSite}>
          <label for="add-site">{t('optionsAddSite')}</label>
          <input
            id="add-site"
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={newSite}
            aria-invalid={siteError ? true : undefined}
            aria-describedby={siteError ? 'add-site-error' : undefined}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit" class="fr-button">
            {t('optionsAdd')}
          </button>
          {siteError ? (
            <p id="add-site-error" class="fr-error">
              {siteError}
            </p>
          ) : null}
        </form>

        <h3>{t('optionsGrantedSites')}</h3>
        {granted.length === 0 ? (
          <p class="fr-muted">{t('optionsNoGrantedSites')}</p>
        ) : (
          <ul class="fr-site-list" aria-label={t('optionsGrantedSites')}>
            {granted.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="fr-button"
                  onClick={() =>
                    void disableSite(site).then(() => setGranted(granted.filter((s) => s !== site)))
                  }
                >
                  {t('optionsRevoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <details class="fr-defaults">
          <summary>{t('optionsDefaultSites', String(NEWS_DOMAINS.length))}</summary>
          <p class="fr-domain-list">{NEWS_DOMAINS.join(', ')}</p>
        </details>
      </section>

      <LibrarySection />

      <footer class="fr-footer">
        <button
          type="button"
          class="fr-button"
          onClick={() => {
            if (confirm(t('optionsResetConfirm'))) {
              void save({ ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes] });
            }
          }}
        >
          {t('optionsReset')}
        </button>
        <p class="fr-saved" role="status" aria-live="polite">
          {saved}
        </p>
      </footer>
    </div>
  );
}
