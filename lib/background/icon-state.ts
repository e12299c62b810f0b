/**
 * The toolbar icon shows where Frontera is at work: the full-colour icon on a tab whose site it
 * runs on (a default news site or one the reader enabled) and has not been turned off for, the
 * muted icon everywhere else (browser pages, other sites, sites turned off). Set per tab, when a
 * tab starts loading and whenever the settings or the granted sites change.
 */
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../settings';
import { grantedSites } from '../sites';
import { iconFor, iconSet } from './icon-set';

export { iconFor, iconSet } from './icon-set';

/** The part of `browser.action` used here (MV2 Firefox calls it `browserAction`). */
export interface IconApi {
  setIcon(details: { tabId?: number; path: Record<string, string> }): Promise<void> | void;
}

function iconApi(): IconApi | undefined {
  const b = browser as unknown as { action?: IconApi; browserAction?: IconApi };
  return b.action ?? b.browserAction;
}

async function where(): Promise<{ granted: string[]; disabled: string[] }> {
  const [granted, settings] = await Promise.all([grantedSites(), loadSettings()]);
  return { granted, disabled: settings.disabledSites };
}

/** Sets the icon of one tab. Without host access the tab's url is hidden: muted, rightly. */
export async function showIconState(
  tabId: number,
  url: string | undefined,
  api: IconApi | undefined = iconApi(),
): Promise<void> {
  await api?.setIcon({ tabId, path: iconSet(iconFor(url, await where())) });
}

/** Sets the icon of every open tab (after a settings or permission change). */
export async function showIconStateEverywhere(api: IconApi | undefined = iconApi()): Promise<void> {
  const [tabs, sites] = await Promise.all([browser.tabs.query({}), where()]);
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : Promise.resolve(
            api?.setIcon({ tabId: t.id, path: iconSet(iconFor(t.url, sites)) }),
          ).catch(
            () => {}, // the tab closed meanwhile
          ),
    ),
  );
}

/** Registers the listeners that keep every tab's icon right. Call once, synchronously. */
export function watchIconState(): void {
  const everywhere = () => void showIconStateEverywhere().catch(() => {});
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' || change.url) {
      void showIconState(tabId, tab.url).catch(() => {});
    }
  });
  watchSettings(everywhere);
  browser.permissions.onAdded.addListener(everywhere);
  browser.permissions.onRemoved.addListener(everywhere);
  browser.runtime.onStartup.addListener(everywhere);
  browser.runtime.onInstalled.addListener(everywhere);
}
