/**
 * The one reading of the `disabledSites` setting, shared by the content script (which has a page's
 * host name) and the popup, badge and icon (which have a site from lib/sites). Pure: no storage.
 */

/** A host name or typed site as the list compares it: lower case, no "www.", no trailing dot. */
function siteKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Has the reader turned Frontera off here (the host itself or a parent domain in the list)? */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = siteKey(hostname);
  return disabledSites.some((raw) => {
    const d = siteKey(raw);
    return d !== '' && (host === d || host.endsWith(`.${d}`));
  });
}
