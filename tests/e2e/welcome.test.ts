/**
 * The welcome page: opened once when Frontera is installed, and from the options. It says what
 * Frontera does (with a picture), where it runs and how to turn it on elsewhere, what it keeps
 * (the library included) and that it sends nothing, and the shortcuts as the browser has them bound; readable in both
 * themes (axe, contrast included). Saves docs/screenshots/welcome-{light,dark}.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_DOMAINS } from '../../lib/sites/news-domains';
import { axeViolations, colours, openOptions } from './popup-support';
import { useExtension } from './support/sessions';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('the welcome page', () => {
  const ext = useExtension({ keepWelcome: true });

  it('opens once, on install, and says what Frontera does, where, and what it sends', async () => {
    const page = ext.browser.welcome;
    if (!page) throw new Error('no welcome page opened on install');
    const welcomes = ext.browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
    expect(welcomes).toHaveLength(1);
    await page.locator('h1').waitFor();
    expect(await page.textContent('h1')).toBe('Welcome to Frontera');
    expect(await page.title()).toBe('Frontera — Welcome');
    expect(await page.locator('.fr-welcome-lead p').count()).toBe(3);
    // The picture: a marked name in a story, and its card.
    const figure = page.getByRole('figure', { name: 'What a card looks like on a news page' });
    expect(await figure.locator('.fr-welcome-mention').textContent()).toBe('Claudia Sheinbaum');
    expect(await figure.locator('.fr-name').textContent()).toBe('Claudia Sheinbaum');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain(`${NEWS_DOMAINS.length} news sites`);
    expect(text).toContain('Run Frontera on');
    expect(text).toMatch(/It sends nothing/);
    // What it keeps: the library too, where, and how to erase it.
    expect(text).toContain('Your library: the articles you save, the names you add and the packs');
    expect(text).toContain('options → Your library → Erase my library');
    // Every shortcut as bound (the manifest's suggestions in a fresh profile), saving included.
    const keys = await page.locator('.fr-keys-list kbd').allTextContents();
    expect(keys).toEqual(['Alt+Shift+.', 'Alt+Shift+,', 'Alt+Shift+H', 'Alt+Shift+S']);
  });

  it('is reachable from the options page', async () => {
    const options = await openOptions(ext.browser);
    await options.getByRole('link', { name: /What Frontera does/ }).click();
    await options.waitForURL(/\/welcome\.html$/);
    await options.locator('h1').waitFor();
    expect(await options.textContent('h1')).toBe('Welcome to Frontera');
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: axe finds no violations; screenshot`, async () => {
      const page = await ext.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`chrome-extension://${ext.browser.extensionId}/welcome.html`);
      await page.locator('.fr-keys-list kbd').first().waitFor();
      const bg = scheme === 'dark' ? 'rgb(29, 33, 39)' : 'rgb(255, 255, 255)';
      await expect.poll(async () => (await colours(page, 'html')).background).toBe(bg);
      expect(await axeViolations(page)).toEqual([]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({
        path: resolve(SCREENSHOTS, `welcome-${scheme}.png`),
        fullPage: true,
      });
      await page.close();
    });
  }
});
