/**
 * The options page in Chromium: switching the theme repaints the options page, an open popup
 * and a card open on a news page at once, without a reload; screenshots of the popup and the
 * options page in both themes (docs/screenshots); axe finds no violations in either theme;
 * reset to defaults puts every choice back.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardStyle, cdpFor, expectCard, hoverMention, openScanned } from './content-support';
import {
  axeViolations,
  colours,
  eventually,
  openOptions,
  openPopup,
  search,
} from './popup-support';
import { useNewsSite } from './support/sessions';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(29, 33, 39)';
const HOST = 'apnews.com';

async function chooseTheme(options: Page, theme: 'light' | 'dark' | 'system') {
  await options.check(`input[name="theme"][value="${theme}"]`);
}

describe('theme, live everywhere', () => {
  // The system is light: 'dark' can only come from the setting.
  const site = useNewsSite(HOST, { colorScheme: 'light' });
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('dark and light apply at once to the options page, the popup and a card on a page', async () => {
    const article = await openScanned(site.browser.context, HOST, 'article.html');
    const cdp = await cdpFor(article);
    await hoverMention(article, 'Claudia Sheinbaum');
    await expectCard(cdp, /Sheinbaum/);
    const cardLight = (await cardStyle(cdp))?.['background-color'];

    const popup = await openPopup(site.browser);
    await popup.setViewportSize({ width: 400, height: 600 });
    const options = await openOptions(site.browser);
    expect((await colours(options, 'html')).background).toBe(LIGHT_BG);
    expect((await colours(popup, 'html')).background).toBe(LIGHT_BG);

    await chooseTheme(options, 'dark');
    await eventually(async () => (await colours(options, 'html')).background === DARK_BG);
    await eventually(async () => (await colours(popup, 'html')).background === DARK_BG);
    expect((await colours(popup, '#fr-q')).color).not.toBe(
      (await colours(options, 'html')).background,
    );
    await eventually(async () => (await cardStyle(cdp))?.['background-color'] !== cardLight);
    expect((await cardStyle(cdp))?.['background-color']).toBe(DARK_BG);

    await chooseTheme(options, 'light');
    await eventually(async () => (await colours(popup, 'html')).background === LIGHT_BG);
    await eventually(async () => (await cardStyle(cdp))?.['background-color'] === cardLight);
    expect((await colours(options, 'html')).background).toBe(LIGHT_BG);
    await Promise.all([article.close(), popup.close(), options.close()]);
  });

  it('"follow the system" follows the system', async () => {
    const options = await openOptions(site.browser);
    await chooseTheme(options, 'system');
    await options.emulateMedia({ colorScheme: 'dark' });
    await eventually(async () => (await colours(options, 'html')).background === DARK_BG);
    await options.emulateMedia({ colorScheme: 'light' });
    await eventually(async () => (await colours(options, 'html')).background === LIGHT_BG);
    await options.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: screenshots, and axe finds no violations in the popup and options`, async () => {
      const options = await openOptions(site.browser);
      await options.setViewportSize({ width: 900, height: 1000 });
      await chooseTheme(options, theme);
      const bg = theme === 'dark' ? DARK_BG : LIGHT_BG;
      await eventually(async () => (await colours(options, 'html')).background === bg);
      expect(await axeViolations(options)).toEqual([]);
      await options.screenshot({
        path: resolve(SCREENSHOTS, `options-${theme}.png`),
        fullPage: true,
      });

      const popup = await openPopup(site.browser);
      await popup.setViewportSize({ width: 400, height: 600 });
      await eventually(async () => (await colours(popup, 'html')).background === bg);
      expect(await axeViolations(popup)).toEqual([]);
      await search(popup, 'cartel de sinaloa');
      await popup.waitForSelector('[role="option"] mark');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-${theme}.png`) });
      await Promise.all([options.close(), popup.close()]);
    });
  }

  it('the hover delay slider is saved and shown in milliseconds', async () => {
    const options = await openOptions(site.browser);
    await options.focus('#hover-delay');
    await options.keyboard.press('ArrowRight');
    await eventually(async () => (await options.textContent('#hover-delay-value')) === '350 ms');
    await options.close();
    const again = await openOptions(site.browser);
    await eventually(async () => (await again.inputValue('#hover-delay')) === '350');
    await again.close();
  });

  it('reset to defaults puts every choice back', async () => {
    const options = await openOptions(site.browser);
    await chooseTheme(options, 'dark');
    await options.check('input[name="highlightStyle"][value="background"]');
    await options.uncheck('input[name="entityTypes"][value="topic"]');
    options.once('dialog', (d) => void d.accept());
    await options.click('text=Reset to defaults');
    await eventually(async () => options.isChecked('input[name="theme"][value="system"]'));
    expect(await options.inputValue('#hover-delay')).toBe('300');
    expect(await options.isChecked('input[name="highlightStyle"][value="underline"]')).toBe(true);
    expect(await options.isChecked('input[name="entityTypes"][value="topic"]')).toBe(true);
    await options.close();
  });
});
