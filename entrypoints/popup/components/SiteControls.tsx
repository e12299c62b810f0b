import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { type Settings, saveSettings } from '../../../lib/settings';
import {
  disableSite,
  enableSite,
  hasSitePermission,
  isDefaultNewsSite,
  isSiteDisabled,
  isUnder,
} from '../../../lib/sites';

export interface SiteControlsProps {
  /** The page's site (see lib/sites siteOf), or null where Frontera cannot run. */
  site: string | null;
  settings: Settings;
  /** After Frontera starts (or stops) running on the tab. */
  onChange?(): void;
}

type Access = 'checking' | 'default' | 'granted' | 'none';

/** What the last click did (enabled, declined, revoked), announced politely; nothing when null. */
function Note({ text }: { text: string | null }) {
  return text ? (
    <p class="fr-note" role="status">
      {text}
    </p>
  ) : null;
}

/**
 * Where Frontera runs: a switch to turn it off and on for this site (remembered in settings),
 * and, on a site outside the default news list, a button that asks the browser for access
 * there — at the moment of the click, never at install.
 */
export default function SiteControls({ site, settings, onChange }: SiteControlsProps) {
  const [access, setAccess] = useState<Access>('checking');
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    if (!site) return;
    if (isDefaultNewsSite(site)) {
      setAccess('default');
      return;
    }
    void hasSitePermission(site)
      .then((ok) => setAccess(ok ? 'granted' : 'none'))
      .catch(() => setAccess('none'));
  }, [site]);

  if (!site) {
    return (
      <section class="fr-site" aria-label={t('siteSection')}>
        <p class="fr-muted">{t('siteUnsupported')}</p>
      </section>
    );
  }
  if (access === 'checking') return null;

  const on = !isSiteDisabled(site, settings.disabledSites);
  const toggle = async () => {
    const disabledSites = on
      ? [...settings.disabledSites, site]
      : settings.disabledSites.filter((d) => !isUnder(site, d));
    await saveSettings({ disabledSites });
    onChange?.();
  };

  if (access === 'none') {
    const enable = async () => {
      // No await before this call: the browser shows its prompt only inside the click.
      const ok = await enableSite(site).catch(() => false);
      setNote(ok ? t('siteEnabledNow', site) : t('siteDeclined', site));
      if (ok) {
        setAccess('granted');
        onChange?.();
      }
    };
    return (
      <section class="fr-site" aria-label={t('siteSection')}>
        <p class="fr-site-text">{t('siteNotRunning', site)}</p>
        <button type="button" class="fr-button primary" onClick={enable}>
          {t('siteEnable', site)}
        </button>
        <p class="fr-muted fr-small">{t('siteEnableNote', site)}</p>
        <Note text={note} />
      </section>
    );
  }

  const revoke = async () => {
    await disableSite(site);
    setAccess('none');
    setNote(t('siteRevoked', site));
    onChange?.();
  };
  return (
    <section class="fr-site" aria-label={t('siteSection')}>
      <div class="fr-site-row">
        <span id="fr-site-label" class="fr-site-text">
          {t('siteSwitch', site)}
        </span>
        <button
          type="button"
          role="switch"
          class="fr-switch"
          aria-checked={on}
          aria-labelledby="fr-site-label"
          onClick={toggle}
        />
      </div>
      <p class="fr-muted fr-small">
        {on ? (access === 'default' ? t('siteOnDefault') : t('siteOnGranted')) : t('siteOff')}
      </p>
      {access === 'granted' ? (
        <button type="button" class="fr-button link" onClick={revoke}>
          {t('siteRevoke', site)}
        </button>
      ) : null}
      <Note text={note} />
    </section>
  );
}
