/**
 * The toolbar icon follows the tab: full colour on a news site, muted once the reader turns
 * Frontera off there, muted on a page where Frontera does not run. A headless browser draws no
 * toolbar, so the test records what the background asks the browser to show (action.setIcon).
 */
import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openScanned, setSettings } from './content-support';
import { routeNewsHost } from './support/fixture-server';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

interface Chrome {
  action: { setIcon(d: { tabId?: number; path: Record<string, string> }): Promise<void> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
}

/**
 * The icon last set for the tab showing `urlPattern` (only found where Frontera may see the
 * address), or for the active tab: 'on', 'muted' or null.
 */
async function iconOf(sw: Worker, urlPattern: string | null): Promise<string | null> {
  return sw.evaluate(async (pattern) => {
    const g = globalThis as unknown as { chrome: Chrome; __icons: Map<number, string> };
    const [tab] = await g.chrome.tabs.query(pattern ? { url: pattern } : { active: true });
    const path = tab?.id === undefined ? undefined : g.__icons.get(tab.id);
    return path === undefined ? null : path.includes('muted') ? 'muted' : 'on';
  }, urlPattern);
}

describe('the toolbar icon', () => {
  const site = useNewsSite(HOST);
  beforeAll(async () => {
    await site.browser.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { chrome: Chrome; __icons: Map<number, string> };
      g.__icons = new Map();
      const setIcon = g.chrome.action.setIcon.bind(g.chrome.action);
      g.chrome.action.setIcon = (d) => {
        if (d.tabId !== undefined) g.__icons.set(d.tabId, d.path['16'] ?? '');
        return setIcon(d);
      };
    });
  });

  it('is in colour on a news site, muted when turned off there, and back on', async () => {
    const sw = site.browser.serviceWorker;
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    await expect.poll(() => iconOf(sw, `https://${HOST}/*`)).toBe('on');
    await setSettings(sw, { disabledSites: [HOST] });
    await expect.poll(() => iconOf(sw, `https://${HOST}/*`)).toBe('muted');
    await setSettings(sw, {});
    await expect.poll(() => iconOf(sw, `https://${HOST}/*`)).toBe('on');
    await page.close();
  });

  it('is muted where Frontera does not run', async () => {
    // The same article, on a site outside the default list.
    await routeNewsHost(site.browser.context, site.server, 'example.com');
    const page = await site.browser.context.newPage();
    await page.goto('https://example.com/article.html');
    await page.bringToFront();
    await expect.poll(() => iconOf(site.browser.serviceWorker, null)).toBe('muted');
    await page.close();
  });
});
