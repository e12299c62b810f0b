/**
 * Single-page sites and the extension's other ways in: a client-side navigation rescans the new
 * story; the popup's "reveal" scrolls to an entity and opens its card; the toggle command turns
 * highlights off and on again.
 */

import { describe, expect, it } from 'vitest';
import {
  cdpFor,
  expectCard,
  highlights,
  openScanned,
  sendToActiveTab,
  waitForMark,
} from './content-support';
import { useNewsSite } from './support/sessions';
import type { ContentMessage } from './support/wire';

const HOST = 'apnews.com';

describe('navigation, reveal and toggle', () => {
  const site = useNewsSite(HOST);

  /** Sends a message to the test's tab the way the popup or background does. */
  const toTab = (type: ContentMessage, data?: unknown) =>
    sendToActiveTab(site.browser.serviceWorker, type, data);

  it('rescans after a client-side navigation to another story', async () => {
    const errors: string[] = [];
    const page = await openScanned(site.browser.context, HOST, 'spa.html', errors);
    expect((await highlights(page)).map((h) => h.text)).toContain('Claudia Sheinbaum');
    await page.click('#next');
    await waitForMark(page, 'frontera:rescan-done');
    await expect
      .poll(async () => (await highlights(page)).map((h) => h.text), { timeout: 8000 })
      .toEqual(expect.arrayContaining(['Rafael Caro Quintero', 'JD Vance']));
    expect((await highlights(page)).map((h) => h.text)).not.toContain('Claudia Sheinbaum');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the popup with the entities on the page, and reveals one on request', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const reply = (await toTab('popup:get-page-mentions')) as {
      entities: { id: string; name: string; count: number }[];
    };
    const sheinbaum = reply.entities.find((e) => e.name === 'Claudia Sheinbaum');
    expect(sheinbaum?.count).toBe(2);
    const cartel = reply.entities.find((e) => e.name === 'Los Chapitos');
    if (!cartel) throw new Error('Los Chapitos not reported');
    const cdp = await cdpFor(page);
    expect(await toTab('popup:reveal-entity', { entityId: cartel.id })).toBe(true);
    await expectCard(cdp, /Los Chapitos/, 'fr-name');
    // The mention was scrolled into view (smoothly: wait for the scroll to end).
    const visible = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('frontera-active');
        const r = h ? ([...(h as unknown as Iterable<AbstractRange>)][0] ?? null) : null;
        if (!r) return null;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      });
    await expect.poll(visible, { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('turns highlights off and on with the toggle command', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const count = (await highlights(page)).length;
    expect(count).toBeGreaterThan(10);
    await toTab('background:command', { command: 'toggle-highlights' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await toTab('background:command', { command: 'toggle-highlights' });
    await expect.poll(async () => (await highlights(page)).length).toBe(count);
    await page.close();
  });
});
