/**
 * "On this page" in the popup: the names Frontera found on the open news page with their mention
 * counts, most mentioned first; a click takes the reader to the first mention with its card open.
 * The toolbar badge shows how many names the tab has, and clears when the tab leaves the site.
 * (Enabling a site outside the default list needs the browser's permission prompt, which headless
 * Chromium cannot answer: tests/popup/site-controls.test.tsx covers that flow.)
 */
import { describe, expect, it } from 'vitest';
import { cardNode, cdpFor, openScanned } from './content-support';
import { openPopup } from './popup-support';
import type { ExtensionBrowser } from './support/browser';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

/** Non-empty badge texts of all open tabs, read in the service worker. */
async function badges(b: ExtensionBrowser): Promise<string[]> {
  return b.serviceWorker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number }[]> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
      }
    ).chrome;
    const tabs = await c.tabs.query({});
    const texts = await Promise.all(
      tabs.map((t) => (t.id === undefined ? '' : c.action.getBadgeText({ tabId: t.id }))),
    );
    return texts.filter((x) => x !== '');
  });
}

describe('popup: on this page', () => {
  const site = useNewsSite(HOST);

  it('lists the names found on the page, by mention count, and reveals one on click', async () => {
    const article = await openScanned(site.browser.context, HOST, 'article.html');
    const popup = await openPopup(site.browser);
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

    // The toolbar badge counts the same names, for that tab only.
    expect(await badges(site.browser)).toContain(String(rows.length));

    const closed = popup.waitForEvent('close');
    await popup.click(`.fr-mention:has-text("${rows[0]?.name}")`);
    await closed;
    const cdp = await cdpFor(article);
    await expect.poll(async () => (await cardNode(cdp)) !== null, { timeout: 8000 }).toBe(true);

    // Leaving for a page where Frontera does not run clears the badge.
    await article.goto('data:text/html,<p>Not a news site</p>');
    await expect.poll(() => badges(site.browser), { timeout: 5000 }).toEqual([]);
    await article.close();
  });
});
