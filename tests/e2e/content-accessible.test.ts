/**
 * Accessible mode: every mention is a real, focusable element. Tab reaches a mention, Enter opens
 * its card (pinned, as a dialog), Escape closes it and gives focus back to the mention; turning
 * Frontera off for the site restores the page's DOM exactly. Also: the keyboard command's
 * next/previous navigation in the default mode.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  cardText,
  cdpFor,
  expectCard,
  expectNoCard,
  highlights,
  hoverMention,
  openScanned,
  sendToActiveTab,
  setSettings,
} from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';
const require = createRequire(import.meta.url);

describe('keyboard and screen-reader users', () => {
  const site = useNewsSite(HOST);

  it('in accessible mode, Tab reaches a mention and Enter opens its card; Escape returns focus', async () => {
    await setSettings(site.browser.serviceWorker, { accessibleMode: true });
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const mentions = await page.evaluate(() =>
      [...document.querySelectorAll('frontera-mention[tabindex="0"]')].map((e) => ({
        name: e.getAttribute('aria-label'),
        role: e.getAttribute('role'),
        describedBy: e.getAttribute('aria-describedby'),
      })),
    );
    expect(mentions.length).toBeGreaterThan(15);
    expect(mentions[0]).toMatchObject({ role: 'button', describedBy: 'frontera-mention-help' });
    expect(mentions[0]?.name).toMatch(/^Rafael Caro Quintero: /);
    // The masthead links come first in tab order; keep tabbing until a mention has focus.
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'frontera-mention'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName ?? '');
    }
    expect(focused).toBe('frontera-mention');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const cdp = await cdpFor(page);
    await page.keyboard.press('Enter');
    await expectCard(cdp, /Rafael Caro Quintero/, 'fr-name');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.localName), {
        message: 'focus moved into the pinned card',
      })
      .toBe('frontera-popover');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('frontera-mention[tabindex]')?.getAttribute('aria-expanded'),
        ),
      )
      .toBe('true');
    await page.keyboard.press('Escape');
    await expectNoCard(cdp);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(label);
    await page.close();
  });

  it('gives axe nothing to report about the mention elements', async () => {
    await setSettings(site.browser.serviceWorker, { accessibleMode: true });
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              c: object,
              o: object,
            ): Promise<{
              violations: { id: string; nodes: unknown[] }[];
              passes: { nodes: unknown[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [['frontera-mention']] }, {});
      return {
        violations: result.violations.map((v) => `${v.id} ×${v.nodes.length}`),
        checked: result.passes.reduce((n, p) => n + p.nodes.length, 0),
      };
    });
    expect(violations.violations).toEqual([]);
    expect(violations.checked).toBeGreaterThan(20);
    await setSettings(site.browser.serviceWorker, {});
    await page.close();
  });

  it('turning Frontera off for the site removes every element and restores the page exactly', async () => {
    await setSettings(site.browser.serviceWorker, { accessibleMode: false });
    const plain = await openScanned(site.browser.context, HOST, 'article.html');
    const original = await plain.evaluate(() => document.body.innerHTML);
    await plain.close();

    await setSettings(site.browser.serviceWorker, { accessibleMode: true });
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(original);
    await setSettings(site.browser.serviceWorker, { accessibleMode: true, disabledSites: [HOST] });
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('frontera-mention').length))
      .toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await setSettings(site.browser.serviceWorker, {});
    await page.close();
  });

  it('settings apply live: style, first mention only, entity types', async () => {
    await setSettings(site.browser.serviceWorker, {});
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const registered = () => page.evaluate(() => [...CSS.highlights.keys()].sort());
    expect(await registered()).toEqual(['frontera-active', 'frontera-hover', 'frontera-mention']);
    await setSettings(site.browser.serviceWorker, { highlightStyle: 'background' });
    await expect
      .poll(registered)
      .toEqual(['frontera-active', 'frontera-hover', 'frontera-mention-fill']);
    await setSettings(site.browser.serviceWorker, { highlightStyle: 'hover' });
    await expect.poll(registered).toEqual(['frontera-active', 'frontera-hover']);
    await setSettings(site.browser.serviceWorker, {});
    await expect.poll(registered).toContain('frontera-mention');
    const all = await highlights(page);
    expect(all.filter((h) => /Sheinbaum/.test(h.text)).length).toBe(2);
    await setSettings(site.browser.serviceWorker, { mentions: 'first' });
    await expect
      .poll(async () => (await highlights(page)).filter((h) => /Sheinbaum/.test(h.text)).length)
      .toBe(1);
    await setSettings(site.browser.serviceWorker, { entityTypes: ['person'] });
    await expect
      .poll(async () => (await highlights(page)).map((h) => h.text))
      .not.toContain('Sinaloa Cartel');
    expect((await highlights(page)).map((h) => h.text)).toContain('Omar García Harfuch');
    await setSettings(site.browser.serviceWorker, {});
    await page.close();
  });

  it('with "open on click", hovering only marks the name and a click opens the card', async () => {
    // No hover delay: if hovering opened the card, it would open as the name is marked.
    await setSettings(site.browser.serviceWorker, { openOn: 'click', hoverDelayMs: 0 });
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Omar García Harfuch');
    await expect
      .poll(async () => (await highlights(page, 'frontera-hover')).map((h) => h.text))
      .toEqual(['Omar García Harfuch']);
    // Two more frames for a card that would follow the mark.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await cardText(cdp)).toBeNull();
    const pos = await page.evaluate(() => {
      const r = [
        ...(CSS.highlights.get('frontera-hover') as unknown as Iterable<AbstractRange>),
      ][0];
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + 10, y: rect.top + rect.height / 2 } : null;
    });
    if (!pos) throw new Error('no hovered mention');
    await page.mouse.click(pos.x, pos.y);
    await expectCard(cdp, /Omar García Harfuch/, 'fr-name');
    await setSettings(site.browser.serviceWorker, {});
    await page.close();
  });

  it('in the default mode, next/previous navigation opens the card of each mention in turn', async () => {
    await setSettings(site.browser.serviceWorker, {});
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const cdp = await cdpFor(page);
    // What the keyboard shortcut does: the background forwards the command to the tab.
    const send = (command: string) =>
      sendToActiveTab(site.browser.serviceWorker, 'background:command', { command });
    await send('next-mention');
    await expectCard(cdp, /Rafael Caro Quintero/, 'fr-name');
    await send('next-mention');
    await expectCard(cdp, /Drug Enforcement Administration/, 'fr-name');
    await send('previous-mention');
    await expectCard(cdp, /Rafael Caro Quintero/, 'fr-name');
    await page.close();
  });
});
