/**
 * What a "site" is for Frontera: a host name without its leading "www.", on http or https.
 * Pure: no `browser.*`.
 */
import { NEWS_DOMAINS } from './news-domains';

/** The site of a page URL, or null where Frontera can never run (browser pages, files, stores). */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || STORE_HOSTS.has(host)) return null;
  return host.replace(/^www\./, '');
}

/** Browsers refuse content scripts on their extension stores. */
const STORE_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/** Does `site` equal `domain` or lie under it ("edition.cnn.com" under "cnn.com")? */
export function isUnder(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`);
}

/** One of the default news domains, where the manifest's content script already runs. */
export function isDefaultNewsSite(
  site: string,
  domains: readonly string[] = NEWS_DOMAINS,
): boolean {
  return domains.some((d) => isUnder(site, d));
}

/** Normalises what a reader types into the disabled-sites list: "https://www.Foo.com/x" → "foo.com". */
export function normaliseSiteInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const site = siteOf(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return site && /^[a-z0-9.-]+$/.test(site) && site.includes('.') ? site : null;
}

/** Host permission patterns for a site and its subdomains, both schemes. */
export function originPatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** The site an optional host permission pattern was granted for ("*://*.foo.com/*" → "foo.com"). */
export function siteOfPattern(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\/\*$/.exec(pattern);
  return m?.[1] ? m[1].toLowerCase() : null;
}
