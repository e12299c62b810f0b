/**
 * Where Frontera runs: the default news domains (manifest content script), sites the reader
 * enabled (optional host permission + dynamic registration), and sites they turned off (settings).
 */

export { isSiteDisabled } from '../settings/disabled-sites';
export {
  isDefaultNewsSite,
  isUnder,
  normaliseSiteInput,
  originPatterns,
  siteOf,
  siteOfPattern,
} from './host';
export { NEWS_DOMAINS, newsMatchPatterns } from './news-domains';
export { disableSite, enableSite, hasSitePermission } from './permissions';
export {
  contentScriptFiles,
  grantedSites,
  injectNow,
  onSitesGranted,
  registeredSites,
  registerSite,
  scriptId,
  sitePatterns,
  syncRegistrations,
  unregisterSite,
} from './registration';
