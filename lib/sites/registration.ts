/**
 * Running Frontera on a site the reader enabled: the manifest's content script (same js and css
 * files, found in the built manifest, so there is no second list to keep in step), registered
 * dynamically for that site's origins. The granted host permission is the record of the choice;
 * registrations are re-synced from it at startup and whenever a permission comes or goes.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isDefaultNewsSite, originPatterns, siteOfPattern } from './host';

export const SCRIPT_ID_PREFIX = 'frontera-site-';

export interface ContentScriptFiles {
  js: string[];
  css: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
}

interface ManifestContentScript {
  js?: string[];
  css?: string[];
  run_at?: string;
}

/** The first content script of the built manifest: the one WXT built from entrypoints/content. */
export function contentScriptFiles(
  manifest: { content_scripts?: ManifestContentScript[] } = browser.runtime.getManifest(),
): ContentScriptFiles | null {
  const cs = manifest.content_scripts?.[0];
  if (!cs?.js?.length) return null;
  const runAt =
    cs.run_at === 'document_start' || cs.run_at === 'document_end' ? cs.run_at : 'document_idle';
  return { js: [...cs.js], css: [...(cs.css ?? [])], runAt };
}

export function scriptId(site: string): string {
  return `${SCRIPT_ID_PREFIX}${site}`;
}

/** Match patterns for a registration: https and http, the site and its subdomains. */
export function sitePatterns(site: string): string[] {
  return originPatterns(site).flatMap((p) => [
    p.replace('*://', 'https://'),
    p.replace('*://', 'http://'),
  ]);
}

/** Ids of Frontera's dynamic registrations, by site. */
export async function registeredSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .map((s) => s.id)
    .filter((id) => id.startsWith(SCRIPT_ID_PREFIX))
    .map((id) => id.slice(SCRIPT_ID_PREFIX.length));
}

/**
 * Registers the content script for `site`; a no-op if it is already registered — also when the
 * popup and the background (permissions.onAdded) race to register the same site.
 */
export async function registerSite(site: string): Promise<boolean> {
  const files = contentScriptFiles();
  if (!files) return false;
  if ((await registeredSites()).includes(site)) return true;
  try {
    await browser.scripting.registerContentScripts([
      {
        id: scriptId(site),
        matches: sitePatterns(site),
        js: files.js,
        css: files.css.length ? files.css : undefined,
        runAt: files.runAt,
        persistAcrossSessions: true,
      },
    ]);
  } catch (err) {
    if (!(await registeredSites()).includes(site)) throw err;
  }
  return true;
}

export async function unregisterSite(site: string): Promise<void> {
  if (!(await registeredSites()).includes(site)) return;
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] });
}

/** Sites the reader granted (optional host permissions), parsed from the granted origins. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = new Set<string>();
  for (const o of origins) {
    const s = siteOfPattern(o);
    if (s && s !== '*' && !isDefaultNewsSite(s)) sites.add(s);
  }
  return [...sites];
}

/** Makes registrations match the granted permissions (startup, install, permission changes). */
export async function syncRegistrations(): Promise<{ registered: string[]; removed: string[] }> {
  const [granted, registered] = await Promise.all([grantedSites(), registeredSites()]);
  const toAdd = granted.filter((s) => !registered.includes(s));
  const toRemove = registered.filter((s) => !granted.includes(s));
  for (const s of toAdd) await registerSite(s);
  for (const s of toRemove) await unregisterSite(s);
  return { registered: toAdd, removed: toRemove };
}

/**
 * The reader just granted access to some sites (permissions.onAdded, in the background: in
 * Firefox the popup closes when the browser's prompt opens, so it cannot finish the job itself).
 * Registers each site and starts Frontera in its open tabs, so no reload is needed.
 */
export async function onSitesGranted(origins: readonly string[]): Promise<string[]> {
  const sites = [
    ...new Set(origins.map(siteOfPattern).filter((s): s is string => !!s && s !== '*')),
  ].filter((s) => !isDefaultNewsSite(s));
  for (const site of sites) {
    await registerSite(site);
    const tabs = await browser.tabs.query({ url: sitePatterns(site) });
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      await injectNow(tab.id).catch((err) => {
        // A tab that navigated away or refuses scripts: the registration covers its next load.
        console.warn('Frontera: could not start on an open tab', err);
      });
    }
  }
  return sites;
}

/** Runs the content script in an already open tab, so enabling a site needs no reload. */
export async function injectNow(tabId: number): Promise<void> {
  const files = contentScriptFiles();
  if (!files) return;
  if (files.css.length) await browser.scripting.insertCSS({ target: { tabId }, files: files.css });
  await browser.scripting.executeScript({
    target: { tabId },
    files: files.js as ScriptPublicPath[],
  });
}
