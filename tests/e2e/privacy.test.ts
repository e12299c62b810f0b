/**
 * Frontera makes no network request of its own. Every request is recorded — pages, extension
 * pages and the background service worker (Playwright's request events, plus the worker's own
 * resource-timing log as a second witness) — while the extension highlights a news page, shows
 * a card, and the reader saves the article, searches in the popup and opens the options. The same page is first
 * loaded in the same browser without the extension: any request that run did not make, and that
 * is not a file of the extension itself, fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdpFor, expectCard, hoverMention, openScanned } from './content-support';
import { openOptions, openPopup, search } from './popup-support';
import {
  EXTENSION_DIR_OVERRIDE,
  type ExtensionBrowser,
  launchChromium,
  launchWithExtension,
} from './support/browser';
import { type FixtureServer, routeNewsHost, startFixtureServer } from './support/fixture-server';

const HOST = 'apnews.com';
const PAGE = 'article.html';

/** What the page asks for with no extension installed. */
async function baselineRequests(server: FixtureServer): Promise<Set<string>> {
  const plain = await launchChromium();
  const { context } = plain;
  const urls = new Set<string>();
  context.on('request', (r) => urls.add(r.url()));
  await routeNewsHost(context, server, HOST);
  const page = await context.newPage();
  await page.goto(`https://${HOST}/${PAGE}`);
  await page.waitForLoadState('networkidle');
  await page.mouse.move(300, 300);
  await page.waitForTimeout(1000);
  for (const url of await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  )) {
    urls.add(url);
  }
  // The browser asks for the site's icon on its own, sooner or later; it belongs to the page.
  urls.add(`https://${HOST}/favicon.ico`);
  await plain.close();
  return urls;
}

describe('privacy: no request of its own', () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  let baseline: Set<string>;
  const seen: { url: string; from: string }[] = [];
  let extensionFileRequests: { url: string; from: string }[] | null = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    baseline = await baselineRequests(server);
    b = await launchWithExtension({ extensionDir: EXTENSION_DIR_OVERRIDE });
    b.context.on('request', (r) => {
      const sw = r.serviceWorker();
      seen.push({
        url: r.url(),
        from: sw ? `service worker ${sw.url()}` : (r.frame()?.url() ?? '?'),
      });
    });
    await routeNewsHost(b.context, server, HOST);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('highlighting, cards, saving, popup search and options make no network request the page did not', async () => {
    // On the page: scan, highlight, hover a name, card (the background loads the corpus file).
    const article = await openScanned(b.context, HOST, PAGE);
    const cdp = await cdpFor(article);
    await hoverMention(article, 'Claudia Sheinbaum');
    await expectCard(cdp, /Sheinbaum/);

    // In the popup: save the article to the library, search, open an entity's card, look at
    // "on this page".
    const popup = await openPopup(b);
    await popup.waitForSelector('.fr-mention');
    await popup.click('button:has-text("Save this article")');
    await expect
      .poll(() => popup.textContent('.fr-save [role="status"]'))
      .toMatch(/^Saved to your library/);
    await search(popup, 'cartel de sinaloa');
    await popup.waitForSelector('[role="option"]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.fr-card');

    // The options page.
    const options = await openOptions(b);
    await options.check('input[name="theme"][value="dark"]');
    await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark');

    // Prove the recorders hear extension contexts: the test itself fetches a probe URL from the
    // popup and from the service worker, and both witnesses must report it. (Playwright's request
    // events and resource timing skip chrome-extension:// files, but not http(s) requests.)
    const probe = `${server.origin}/__privacy-probe__`;
    await popup.evaluate((u) => fetch(`${u}?popup`).catch(() => null), probe);
    await b.serviceWorker.evaluate((u) => fetch(`${u}?worker`).catch(() => null), probe);
    const log = () => performance.getEntriesByType('resource').map((e) => e.name);
    const logs = {
      'service worker': (await b.serviceWorker.evaluate(log)) as string[],
      popup: await popup.evaluate(log),
      options: await options.evaluate(log),
      article: await article.evaluate(log),
    };
    for (const [from, urls] of Object.entries(logs)) {
      for (const url of urls) seen.push({ url, from: `${from} (resource timing)` });
    }
    await expect
      .poll(() => seen.filter((s) => s.url.startsWith(probe)).length)
      .toBeGreaterThanOrEqual(4);
    expect(logs['service worker']).toContain(`${probe}?worker`);
    expect(logs.popup).toContain(`${probe}?popup`);
    expect(seen.some((s) => s.url === `https://${HOST}/${PAGE}`)).toBe(true);

    const own = `chrome-extension://${b.extensionId}/`;
    const foreign = seen.filter(
      (s) =>
        !baseline.has(s.url) &&
        !s.url.startsWith(own) &&
        !s.url.startsWith(probe) &&
        !s.url.startsWith('data:') &&
        !s.url.startsWith('blob:'),
    );
    // Anything that could leave the machine (http, https, ws, …) is the privacy promise itself.
    expect(foreign.filter((s) => !s.url.startsWith('chrome-extension:'))).toEqual([]);
    // A page asking for one of the extension's files it may not read shows up as
    // chrome-extension://invalid/: no network, but still a request the page did not make.
    extensionFileRequests = foreign.filter((s) => s.url.startsWith('chrome-extension:'));
    await Promise.all([article.close(), popup.close(), options.close()]);
  });

  it('and the page is not made to request extension files it cannot read', () => {
    expect(extensionFileRequests).not.toBeNull();
    expect(extensionFileRequests).toEqual([]);
  });
});
