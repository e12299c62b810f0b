/**
 * Where Frontera runs: the default news sites, sites the reader enables (an optional host
 * permission asked for at that moment, then the manifest's content script registered for the
 * site), and sites the reader turns off. The granted permission is the memory of the choice.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  contentScriptFiles,
  disableSite,
  enableSite,
  grantedSites,
  isDefaultNewsSite,
  isSiteDisabled,
  NEWS_DOMAINS,
  newsMatchPatterns,
  normaliseSiteInput,
  onSitesGranted,
  originPatterns,
  registeredSites,
  siteOf,
  siteOfPattern,
  sitePatterns,
  syncRegistrations,
} from '../../lib/sites';
import { installFakeApis } from '../messages/fake-apis';

let fakes: ReturnType<typeof installFakeApis>;
beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakeApis();
});

describe('what a site is', () => {
  it.each([
    ['https://www.apnews.com/article/x?y=1', 'apnews.com'],
    ['http://News.Example.org./a', 'news.example.org'],
    ['https://edition.cnn.com/', 'edition.cnn.com'],
    ['chrome://extensions', null],
    ['chrome-extension://abc/popup.html', null],
    ['file:///home/me/a.html', null],
    ['https://chromewebstore.google.com/detail/x', null],
    ['https://addons.mozilla.org/en-US/firefox/', null],
    ['not a url', null],
    [undefined, null],
  ])('%j → %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('subdomains of a default news domain are default news sites', () => {
    expect(isDefaultNewsSite('apnews.com')).toBe(true);
    expect(isDefaultNewsSite('edition.cnn.com')).toBe(true);
    expect(isDefaultNewsSite('notapnews.com')).toBe(false);
    expect(isDefaultNewsSite('example.com')).toBe(false);
  });

  it('a site turned off turns its subdomains off, not look-alike domains', () => {
    expect(isSiteDisabled('apnews.com', ['apnews.com'])).toBe(true);
    expect(isSiteDisabled('www.apnews.com', ['apnews.com'])).toBe(true);
    expect(isSiteDisabled('edition.cnn.com', ['cnn.com'])).toBe(true);
    expect(isSiteDisabled('notcnn.com', ['cnn.com'])).toBe(false);
    expect(isSiteDisabled('cnn.com', [])).toBe(false);
  });

  it('reads a page host name and a typed entry alike (case, www., trailing dot, blanks)', () => {
    expect(isSiteDisabled('WWW.ApNews.com.', ['apnews.com'])).toBe(true);
    expect(isSiteDisabled('apnews.com', ['www.APNEWS.com'])).toBe(true);
    expect(isSiteDisabled('apnews.com', ['', '  '])).toBe(false);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  https://www.Example.com/path  ', 'example.com'],
    ['sub.example.co.uk', 'sub.example.co.uk'],
    ['', null],
    ['localhost', null],
    ['exa mple.com', null],
    ['javascript:alert(1)', null],
  ])('typed site %j is stored as %j', (input, site) => {
    expect(normaliseSiteInput(input)).toBe(site);
  });

  it('permission patterns cover the site and its subdomains and parse back', () => {
    expect(originPatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
    for (const p of originPatterns('example.com')) expect(siteOfPattern(p)).toBe('example.com');
    expect(siteOfPattern('<all_urls>')).toBeNull();
  });

  it('the default list is https-only, the site and its subdomains, and not <all_urls>', () => {
    const patterns = newsMatchPatterns();
    expect(patterns).toHaveLength(NEWS_DOMAINS.length * 2);
    expect(patterns.every((p) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
  });
});

describe('enabling a site', () => {
  it('the content script files come from the built manifest', () => {
    expect(contentScriptFiles()).toEqual({
      js: ['content-scripts/content.js'],
      css: [],
      runAt: 'document_idle',
    });
    expect(contentScriptFiles({ content_scripts: [] })).toBeNull();
  });

  it('asks for the permission and registers the same content script there', async () => {
    expect(await enableSite('example.com')).toBe(true);
    expect(fakes.permissions.request).toHaveBeenCalledWith({
      origins: ['*://example.com/*', '*://*.example.com/*'],
    });
    expect(fakes.registered).toEqual([
      {
        id: 'frontera-site-example.com',
        matches: [
          'https://example.com/*',
          'http://example.com/*',
          'https://*.example.com/*',
          'http://*.example.com/*',
        ],
        js: ['content-scripts/content.js'],
        css: undefined,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await grantedSites()).toEqual(['example.com']);
  });

  it('once access is granted, Frontera starts in the site’s open tabs without a reload', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 4 }, { id: 9 }] as Awaited<
        ReturnType<typeof fakeBrowser.tabs.query>
      >);
    expect(await onSitesGranted(originPatterns('example.com'))).toEqual(['example.com']);
    expect(query).toHaveBeenCalledWith({ url: sitePatterns('example.com') });
    expect(fakes.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 4 },
      files: ['content-scripts/content.js'],
    });
    expect(fakes.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 9 },
      files: ['content-scripts/content.js'],
    });
    expect(await registeredSites()).toEqual(['example.com']);
  });

  it('the popup and the background registering the same site at once is not an error', async () => {
    await Promise.all([enableSite('example.com'), onSitesGranted(originPatterns('example.com'))]);
    expect(await registeredSites()).toEqual(['example.com']);
  });

  it('does nothing when the reader declines', async () => {
    fakes.permissions.request.mockResolvedValueOnce(false);
    expect(await enableSite('example.com')).toBe(false);
    expect(fakes.registered).toEqual([]);
  });

  it('enabling twice registers once', async () => {
    await enableSite('example.com');
    await enableSite('example.com');
    expect(await registeredSites()).toEqual(['example.com']);
  });

  it('is revocable: the permission goes back and the registration is removed', async () => {
    await enableSite('example.com');
    await disableSite('example.com');
    expect(fakes.granted()).toEqual([]);
    expect(await registeredSites()).toEqual([]);
  });

  it('registrations follow the granted permissions (startup, or access removed in browser settings)', async () => {
    fakes.setGranted([...originPatterns('a.org'), ...originPatterns('b.org')]);
    expect(await syncRegistrations()).toEqual({ registered: ['a.org', 'b.org'], removed: [] });
    fakes.setGranted(originPatterns('b.org'));
    expect(await syncRegistrations()).toEqual({ registered: [], removed: ['a.org'] });
    expect(await registeredSites()).toEqual(['b.org']);
  });

  it('a granted default news domain needs no second registration', async () => {
    fakes.setGranted(originPatterns('apnews.com'));
    expect(await grantedSites()).toEqual([]);
  });
});
