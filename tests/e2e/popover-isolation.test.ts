/**
 * The popover on a real page in Chromium: page CSS cannot reach into the card, Frontera's CSS
 * does not reach out, and page scripts cannot read the card (closed shadow root). Because the
 * root is closed, the test reads the card the way DevTools does: CDP with `pierce: true`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type CdpNode,
  cardNode,
  cdpFor,
  computedStyle,
  domTree,
  findByClass,
  waitForMark,
} from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';
const HOSTILE_CSS =
  '* { all: unset !important; font-size: 40px !important; color: red !important; }';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

function attr(node: CdpNode, name: string): string | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

function findByTag(node: CdpNode, tag: string): CdpNode | null {
  if (node.nodeName === tag) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findByTag(child, tag);
    if (hit) return hit;
  }
  return null;
}

/** Moves the pointer onto the first "Sheinbaum" of the article (split across <b>). */
async function hoverSheinbaum(page: Page) {
  const point = await page.evaluate(() => {
    const b = [...document.querySelectorAll('article b')].find(
      (el) => el.textContent === 'Sheinbaum',
    );
    if (!b) return null;
    b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  if (!point) throw new Error('fixture article has no <b>Sheinbaum</b>');
  await page.mouse.move(point.x - 150, point.y - 150);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe('the popover on a page (built extension, Chromium)', () => {
  const site = useNewsSite(HOST);

  async function openCard(
    hostile: boolean,
    reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
  ) {
    const page = await site.browser.context.newPage();
    await page.emulateMedia({ reducedMotion });
    if (hostile) {
      await page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('style');
          s.textContent = css;
          document.head.append(s);
        });
      }, HOSTILE_CSS);
    }
    await page.goto(`https://${HOST}/article.html`);
    await waitForMark(page, 'frontera:scan-done');
    const cdp = await cdpFor(page);
    await hoverSheinbaum(page);
    await expect.poll(() => cardNode(cdp), { timeout: 5000 }).not.toBeNull();
    return { page, cdp };
  }

  it('shows the card on hover, in a closed shadow root page scripts cannot open', async () => {
    const { page, cdp } = await openCard(false);
    const card = await cardNode(cdp);
    if (!card) throw new Error('no card');
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId })) as {
      outerHTML: string;
    };
    expect(outerHTML).toContain('role="tooltip"');
    expect(outerHTML).toContain('Claudia Sheinbaum');
    expect(outerHTML).toContain('<mark');
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('frontera-popover');
      return { host: !!host, shadowRoot: host ? host.shadowRoot : 'no host' };
    });
    expect(seenByPage).toEqual({ host: true, shadowRoot: null });
    await page.close();
  });

  it("keeps the page's hostile stylesheet out of the card", async () => {
    const { page, cdp } = await openCard(true);
    const root = await domTree(cdp);
    const card = findByClass(root, 'fr-popover');
    const name = findByClass(root, 'fr-name');
    if (!card || !name) throw new Error('no card');
    const frame = await computedStyle(cdp, card);
    expect(frame.position).toBe('fixed');
    expect(frame['z-index']).toBe('2147483647');
    expect(frame['background-color']).toBe('rgb(255, 255, 255)');
    const heading = await computedStyle(cdp, name);
    expect(heading['font-size']).toBe('17px');
    expect(heading.color).not.toBe('rgb(255, 0, 0)');
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: card.nodeId })) as {
      model: { width: number; height: number; border: number[] };
    };
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const [x0 = -1, y0 = -1] = model.border;
    expect(model.width).toBeLessThanOrEqual(420);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x0 + model.width).toBeLessThanOrEqual(viewport.width);
    expect(y0 + model.height).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  it("adds no style to the page: Frontera's CSS does not leak out", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`https://${HOST}/article.html`);
    const probe = () =>
      page.evaluate(() => {
        let el = document.getElementById('probe');
        if (!el) {
          el = document.createElement('h2');
          el.id = 'probe';
          el.className = 'fr-name fr-popover fr-card fr-theme';
          el.textContent = 'probe';
          document.body.append(el);
        }
        const cs = getComputedStyle(el);
        // Every rule the document has, adopted sheets included (the highlighter's ::highlight()
        // rules live there, which is fine); none may style the card's classes.
        const rules = [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((sheet) =>
          [...sheet.cssRules].map((r) => r.cssText),
        );
        return {
          position: cs.position,
          fontSize: cs.fontSize,
          color: cs.color,
          cardRules: rules.filter((r) => /\.fr-(card|popover|theme|name)\b/.test(r)),
        };
      });
    const before = await probe();
    const cdp = await cdpFor(page);
    await waitForMark(page, 'frontera:scan-done');
    await hoverSheinbaum(page);
    await expect.poll(() => cardNode(cdp), { timeout: 5000 }).not.toBeNull();
    const after = await probe();
    expect(after).toEqual(before);
    expect(after.cardRules).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations, colour contrast included, in the %s scheme',
    async (scheme) => {
      // Axe cannot enter a closed shadow root, so the card's rendered markup and its shadow
      // stylesheet are copied into an open one on a blank page and checked there.
      const { page, cdp } = await openCard(false);
      const root = await domTree(cdp);
      const host = findByTag(root, 'FRONTERA-POPOVER');
      const shadow = host?.shadowRoots?.[0];
      if (!shadow) throw new Error('no shadow root');
      const parts: string[] = [];
      for (const child of shadow.children ?? []) {
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as {
          outerHTML: string;
        };
        parts.push(outerHTML);
      }
      expect(parts.join('')).toContain('fr-popover');
      const copy = await site.browser.context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      await copy.setContent(
        '<!doctype html><html lang="en"><head><title>card</title></head><body><main><h1>Article</h1><div id="h"></div></main></body></html>',
      );
      await copy.evaluate((html) => {
        const el = document.getElementById('h');
        if (el) el.attachShadow({ mode: 'open' }).innerHTML = html;
      }, parts.join(''));
      await copy.evaluate(axeSource);
      const violations = await copy.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
      await copy.close();
      await page.close();
    },
  );

  it('"Read in context" opens the reader at that passage in a new tab', async () => {
    const { page, cdp } = await openCard(false);
    const root = await domTree(cdp);
    const link = findByClass(root, 'fr-excerpt-links')?.children?.[0];
    if (!link) throw new Error('no reader link');
    const href = attr(link, 'href') ?? '';
    expect(href).toMatch(/\/reader\.html#doc=[^&]+&p=/);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: link.nodeId })) as {
      model: { content: number[] };
    };
    const [x = 0, y = 0, x2 = 0, , , y3 = 0] = model.content;
    const opened = site.browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.mouse.move((x + x2) / 2, (y + y3) / 2, { steps: 3 });
    await page.mouse.click((x + x2) / 2, (y + y3) / 2);
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toBe(href);
    const passageId = new URLSearchParams(new URL(href).hash.slice(1)).get('p');
    await expect
      .poll(() => reader.locator('.rd-current').getAttribute('data-passage-id'), { timeout: 5000 })
      .toBe(passageId);
    await reader.close();
    await page.close();
  });

  it.each([
    ['no-preference', '0.12s, 0.12s'],
    ['reduce', '0s'],
  ] as const)('with prefers-reduced-motion: %s, transitions last %s', async (pref, duration) => {
    const { page, cdp } = await openCard(false, pref);
    const card = await cardNode(cdp);
    if (!card) throw new Error('no card');
    expect((await computedStyle(cdp, card))['transition-duration']).toBe(duration);
    await page.close();
  });

  it('follows the theme setting live, while the card is open', async () => {
    const { page, cdp } = await openCard(false);
    const background = async () => {
      const card = await cardNode(cdp);
      return card ? (await computedStyle(cdp, card))['background-color'] : null;
    };
    expect(await background()).toBe('rgb(255, 255, 255)');
    const setTheme = (theme: string) =>
      site.browser.serviceWorker.evaluate(async (t) => {
        // The service worker's own storage API (the page-side test code has no `chrome` types).
        type Area = {
          get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>;
          set(items: Record<string, unknown>): Promise<void>;
        };
        const area = (globalThis as unknown as { chrome: { storage: { sync: Area } } }).chrome
          .storage.sync;
        const { settings } = await area.get('settings');
        await area.set({ settings: { ...(settings ?? {}), theme: t } });
      }, theme);
    await setTheme('dark');
    await expect.poll(background, { timeout: 5000 }).toBe('rgb(29, 33, 39)');
    await setTheme('light');
    await expect.poll(background, { timeout: 5000 }).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('closes on Escape', async () => {
    const { page, cdp } = await openCard(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardNode(cdp), { timeout: 3000 }).toBeNull();
    await page.close();
  });
});
