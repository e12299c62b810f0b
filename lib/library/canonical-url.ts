/**
 * A saved article's id: its address without what changes between visits of the same article
 * (the fragment, tracking parameters, a default port, a trailing slash, `www.`), so saving it
 * again from another link updates it instead of keeping two copies. Parameters that pick the
 * content (`?id=3`, `?p=12`) are kept, in a fixed order so their order in a link never matters.
 */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|ref|ref_src|smid|cmpid|taid|ito|ns_source|ns_mchannel|ns_campaign|ns_linkname|ocid|sr_share)$/i;

export function canonicalUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return address.trim();
  }
  // Only web addresses have tracking parameters and a `www.` twin; others are kept as they are.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.toString();
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  url.hostname = url.hostname.replace(/^www\./, '');
  return url.toString();
}
