/**
 * A realistic English news article with the built extension in Chromium: only the story is
 * highlighted (not the navigation, trending list, newsletter box, comments or footer), hovering a
 * mention shows its card with an excerpt from the corpus, Escape closes it, and the page itself
 * never changes. Also saves the card screenshots linked from the README.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardBox,
  cdpFor,
  expectCard,
  expectNoCard,
  highlights,
  hoverMention,
  openScanned,
} from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('an English news article', () => {
  const site = useNewsSite(HOST);

  it('highlights names in the article body only', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const found = await highlights(page);
    const texts = found.map((h) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Rafael Caro Quintero',
        'Claudia Sheinbaum', // split across "Claudia <b>Sheinbaum</b>": still one mention
        'Omar García Harfuch',
        'Andrés Manuel López Obrador',
        'Sinaloa Cartel',
        'Los Chapitos',
      ]),
    );
    for (const h of found) expect(h.where).toContain('.article-body');
    // Not the paragraph hidden on this layout (display: none).
    expect(texts).not.toContain('Genaro García Luna');
    // The chrome around the story mentions the same names and stays unmarked.
    for (const h of found) {
      expect(h.where.join(' ')).not.toMatch(/sidebar|comments|masthead|related|site-footer|pre/);
    }
    await page.close();
  });

  it('inserts nothing into the page and records its scan', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const result = await page.evaluate(() => ({
      mentionElements: document.querySelectorAll('frontera-mention').length,
      bodyChildren: [...document.body.children].map((e) => e.localName),
      done: (performance.getEntriesByName('frontera:scan-done')[0] as PerformanceMark).detail,
      start: performance.getEntriesByName('frontera:scan-start').length,
    }));
    expect(result.mentionElements).toBe(0);
    expect(result.bodyChildren).toEqual(['header', 'div', 'footer']);
    expect(result.start).toBe(1);
    expect(result.done.mentions).toBeGreaterThanOrEqual(20);
    expect(result.done.entities).toBeGreaterThanOrEqual(15);
    await page.close();
  });

  it('shows the card for a hovered name, with an excerpt and its source; Escape closes it', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Omar García Harfuch');
    await expectCard(cdp, /Omar García Harfuch/, 'fr-name');
    const excerpts = await expectCard(cdp, /\w{4,}/, 'fr-excerpts');
    expect(excerpts.length).toBeGreaterThan(40);
    await expectCard(cdp, /\w/, 'fr-source');
    await page.keyboard.press('Escape');
    await expectNoCard(cdp);
    await page.close();
  });

  it('moves the card to another name when the pointer moves on', async () => {
    const page = await openScanned(site.browser.context, HOST, 'article.html');
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Rafael Caro Quintero');
    await expectCard(cdp, /Caro Quintero/, 'fr-name');
    await page.mouse.move(5, 5);
    await expectNoCard(cdp);
    await hoverMention(page, 'Los Chapitos');
    await expectCard(cdp, /Chapitos/, 'fr-name');
    await page.close();
  });

  it('saves screenshots of the card in light and dark theme', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openScanned(site.browser.context, HOST, 'article.html');
      // Reduced motion: the card is drawn in its final state, no entrance transition to wait out.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const cdp = await cdpFor(page);
      await hoverMention(page, 'Claudia Sheinbaum');
      await expectCard(cdp, /Claudia Sheinbaum/, 'fr-name');
      const box = await cardBox(cdp);
      if (!box) throw new Error('no card to photograph');
      const pad = 24;
      const view = page.viewportSize() ?? { width: 1280, height: 900 };
      const x = Math.max(0, box.x - pad - 120);
      const y = Math.max(0, box.y - pad - 60);
      await page.screenshot({
        path: resolve(SCREENSHOTS, `card-${scheme}.png`),
        clip: {
          x,
          y,
          width: Math.min(view.width - x, box.width + 2 * pad + 240),
          height: Math.min(view.height - y, box.height + 2 * pad + 60),
        },
      });
      await page.close();
    }
  });
});
