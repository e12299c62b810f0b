/**
 * A saved article's id: its address without what changes between visits of the same article
 * (the fragment, tracking parameters, a default port, a trailing slash), so saving it again
 * from another link updates it instead of keeping two copies.
 */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref|ref_src|smid|cmpid|taid|ito|ns_source|ns_mchannel|ns_campaign)$/i;

export function canonicalUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '');
  }
  url.hostname = url.hostname.replace(/^www\./, '');
  return url.toString();
}
