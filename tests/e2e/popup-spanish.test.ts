/**
 * The popup and the options speak the browser's language: in a Spanish-language Chromium
 * (es-MX) every label comes from the Spanish catalogue. Debian's Chromium needs its locale
 * package for that (`apt-get install chromium-l10n`); without it the browser can only be English
 * and these tests are skipped, saying so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, search } from './popup-support';
import { useExtension } from './support/sessions';

describe('in Spanish', () => {
  const ext = useExtension({
    locale: 'es-MX',
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment.
    env: { LANGUAGE: 'es_MX', LANG: 'es_MX.UTF-8' },
    args: ['--lang=es-MX'],
  });
  let uiLanguage = '';
  // Fail, not skip, without the Spanish locale: a skipped test would pass CI unseen.
  const needSpanish = () => {
    if (!uiLanguage.startsWith('es')) {
      throw new Error(
        `this Chromium has no Spanish UI (got ${uiLanguage}): apt-get install chromium-l10n`,
      );
    }
  };
  beforeAll(async () => {
    uiLanguage = (await ext.browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    )) as string;
  });

  it('the popup’s labels, hints and states are in Spanish', async () => {
    needSpanish();
    const page = await ext.browser.context.newPage();
    await page.goto(`chrome-extension://${ext.browser.extensionId}/popup.html`);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getAttribute('#fr-q', 'placeholder')).toBe('Busca nombres y pasajes…');
    expect(await page.textContent('.fr-nav')).toContain('Opciones');
    await search(page, 'cartel de sinaloa');
    await page.waitForSelector('[role="option"]');
    expect(await page.textContent('.fr-results')).toContain('Nombres');
    await search(page, 'xqzvwkj');
    expect(await page.textContent('.fr-state')).toContain('Nada en el corpus coincide');
    await page.close();
  });

  it('the options page is in Spanish', async () => {
    needSpanish();
    const page = await ext.browser.context.newPage();
    await page.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await page.waitForSelector('.fr-options');
    expect(await page.textContent('h1')).toBe('Opciones de Frontera');
    expect(await page.textContent('.fr-options')).toContain('Según el sistema');
    await page.close();
  });

  it('the welcome page is in Spanish', async () => {
    needSpanish();
    const page = await ext.browser.context.newPage();
    await page.goto(`chrome-extension://${ext.browser.extensionId}/welcome.html`);
    await page.locator('.fr-keys-list kbd').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('h1')).toBe('Te damos la bienvenida a Frontera');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No envía nada');
    expect(text).toContain('Usar Frontera en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
