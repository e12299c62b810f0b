/**
 * "On this page" in the popup: the names Frontera found on the open news page with their mention
 * counts, most mentioned first; a click takes the reader to the first mention with its card open.
 * (Enabling a site outside the default list needs the browser's permission prompt, which headless
 * Chromium cannot answer: tests/popup/site-controls.test.tsx covers that flow.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardNode, cdpFor, EXTENSION_DIR_OVERRIDE, openScanned } from './content-support';
import { openPopup } from './popup-support';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { type FixtureServer, routeNewsHost, startFixtureServer } from './support/fixture-server';

const HOST = 'apnews.com';

describe('popup: on this page', () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    b = await launchWithExtension({ extensionDir: EXTENSION_DIR_OVERRIDE });
    server = await startFixtureServer();
    await routeNewsHost(b.context, server, HOST);
  });
  afterAll(async () => {
    await server?.close();
    await b?.close();
  });

  it('lists the names found on the page, by mention count, and reveals one on click', async () => {
    const article = await openScanned(b.context, HOST, 'article.html');
    const popup = await openPopup(b);
    await popup.waitForSelector('.fr-mention');
    const rows = await popup.$$eval('.fr-mention', (els) =>
      els.map((el) => ({
        name: el.querySelector('.fr-mention-name')?.textContent ?? '',
        count: Number(el.querySelector('.fr-count')?.textContent),
      })),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Claudia Sheinbaum']));
    const counts = rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, c) => c - a));
    expect(counts.every((c) => c >= 1)).toBe(true);

    const closed = popup.waitForEvent('close');
    await popup.click(`.fr-mention:has-text("${rows[0]?.name}")`);
    await closed;
    const cdp = await cdpFor(article);
    await expect.poll(async () => (await cardNode(cdp)) !== null, { timeout: 8000 }).toBe(true);
    await article.close();
  });
});
