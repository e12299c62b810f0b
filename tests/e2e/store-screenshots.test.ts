/**
 * The store listings' screenshots, 1280×800 as both stores ask: a card on an English article in
 * the light and the dark theme, a card on a Spanish article, and the welcome page. Written to
 * docs/screenshots/store/; `npm run zip` puts them beside the packages (scripts/store-assets.ts).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cdpFor, expectCard, hoverMention, openScanned } from './content-support';
import { routeNewsHost } from './support/fixture-server';
import { useNewsSite } from './support/sessions';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots/store');
const VIEWPORT = { width: 1280, height: 800 };

async function save(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path });
  expect(page.viewportSize()).toEqual(VIEWPORT);
}

describe('store screenshots (1280×800)', () => {
  const site = useNewsSite('apnews.com', { viewport: VIEWPORT });

  for (const scheme of ['light', 'dark'] as const) {
    it(`a card on an English article, ${scheme} theme`, async () => {
      const page = await openScanned(site.browser.context, 'apnews.com', 'article.html');
      // Reduced motion: the card is drawn in its final state, no transition to wait out.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const cdp = await cdpFor(page);
      await hoverMention(page, 'Claudia Sheinbaum');
      await expectCard(cdp, /Claudia Sheinbaum/, 'fr-name');
      await expectCard(cdp, /\w{4,}/, 'fr-excerpts');
      await save(page, `card-en-${scheme}`);
      await page.close();
    });
  }

  it('a card on a Spanish article', async () => {
    await routeNewsHost(site.browser.context, site.server, 'eluniversal.com.mx');
    const page = await openScanned(site.browser.context, 'eluniversal.com.mx', 'articulo.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Cártel de Sinaloa');
    await expectCard(cdp, /Sinaloa Cartel/, 'fr-name');
    await expectCard(cdp, /\w{4,}/, 'fr-excerpts');
    await save(page, 'card-es');
    await page.close();
  });

  it('the welcome page', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`chrome-extension://${site.browser.extensionId}/welcome.html`);
    await page.locator('.fr-keys-list kbd').first().waitFor();
    await save(page, 'welcome');
    await page.close();
  });
});
