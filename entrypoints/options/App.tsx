import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../lib/corpus/types';
import { useSettings } from '../../lib/extension-page';
import { type MessageKey, t, typeLabel } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings, saveSettings } from '../../lib/settings';
import { disableSite, grantedSites, NEWS_DOMAINS, normaliseSiteInput } from '../../lib/sites';
import RadioGroup from './components/RadioGroup';

/** The settings chosen from a few words, each with a radio group. */
type ChoiceSetting = 'theme' | 'highlightStyle' | 'mentions' | 'openOn' | 'scope';

const CHOICES: {
  [K in ChoiceSetting]: {
    legend: MessageKey;
    options: readonly (readonly [Settings[K], MessageKey])[];
    hint?: MessageKey;
  };
} = {
  theme: {
    legend: 'optionsTheme',
    options: [
      ['system', 'themeSystem'],
      ['light', 'themeLight'],
      ['dark', 'themeDark'],
    ],
    hint: 'optionsThemeHint',
  },
  highlightStyle: {
    legend: 'optionsHighlight',
    options: [
      ['underline', 'highlightUnderline'],
      ['background', 'highlightBackground'],
      ['hover', 'highlightHover'],
    ],
  },
  mentions: {
    legend: 'optionsMentions',
    options: [
      ['all', 'mentionsAll'],
      ['first', 'mentionsFirst'],
    ],
  },
  openOn: {
    legend: 'optionsOpenOn',
    options: [
      ['hover', 'openOnHover'],
      ['click', 'openOnClick'],
    ],
  },
  scope: {
    legend: 'optionsScope',
    options: [
      ['article', 'scopeArticle'],
      ['page', 'scopePage'],
    ],
  },
};

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
  const [delay, setDelay] = useState<number | null>(null);

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
  /** The radio group for one setting, saved on change. */
  const choice = <K extends ChoiceSetting>(name: K) => (
    <RadioGroup<Settings[K]>
      name={name}
      {...CHOICES[name]}
      value={settings[name]}
      onChange={(value) => void save({ [name]: value } as Pick<Settings, K>)}
    />
  );
  const toggleType = (type: EntityType, on: boolean) => {
    const set = new Set(settings.entityTypes);
    if (on) set.add(type);
    else set.delete(type);
    void save({ entityTypes: ENTITY_TYPES.filter((x) => set.has(x)) });
  };
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
        {choice('theme')}
        {choice('highlightStyle')}
        {choice('mentions')}
        <fieldset class="fr-field">
          <legend>{t('optionsTypes')}</legend>
          <div class="fr-choices fr-types">
            {ENTITY_TYPES.map((type) => (
              <label key={type} class="fr-choice">
                <input
                  type="checkbox"
                  name="entityTypes"
                  value={type}
                  checked={settings.entityTypes.includes(type)}
                  onChange={(e) => toggleType(type, e.currentTarget.checked)}
                />
                {typeLabel(type)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby="sec-cards">
        <h2 id="sec-cards">{t('optionsCards')}</h2>
        {choice('openOn')}
        <div class="fr-field">
          <label for="hover-delay">{t('optionsHoverDelay')}</label>
          <div class="fr-range">
            <input
              id="hover-delay"
              type="range"
              min={0}
              max={2000}
              step={50}
              value={delay ?? settings.hoverDelayMs}
              disabled={settings.openOn === 'click'}
              aria-describedby="hover-delay-value"
              // Shown while dragging, saved on release: storage.sync allows ~2 writes a second.
              onInput={(e) => setDelay(Number(e.currentTarget.value))}
              onChange={(e) => {
                void save({ hoverDelayMs: Number(e.currentTarget.value) }).then(() =>
                  setDelay(null),
                );
              }}
            />
            <output id="hover-delay-value" for="hover-delay">
              {t('milliseconds', String(delay ?? settings.hoverDelayMs))}
            </output>
          </div>
        </div>
        <div class="fr-field">
          <label class="fr-choice">
            <input
              type="checkbox"
              name="accessibleMode"
              checked={settings.accessibleMode}
              onChange={(e) => void save({ accessibleMode: e.currentTarget.checked })}
            />
            {t('optionsAccessible')}
          </label>
          <p class="fr-field-hint">{t('optionsAccessibleHint')}</p>
        </div>
        {choice('scope')}
      </section>

      <section aria-labelledby="sec-sites">
        <h2 id="sec-sites">{t('optionsSites')}</h2>
        <h3>{t('optionsDisabledSites')}</h3>
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
