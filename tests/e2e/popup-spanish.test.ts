/**
 * The popup and the options speak the browser's language: in a Spanish-language Chromium
 * (es-MX) every label comes from the Spanish catalogue. Debian's Chromium needs its locale
 * package for that (`apt-get install chromium-l10n`); without it the browser can only be English
 * and these tests are skipped, saying so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR_OVERRIDE } from './content-support';
import { search } from './popup-support';
import { chromiumPath, EXTENSION_DIR } from './support/browser';

describe('in Spanish', () => {
  let context: BrowserContext;
  let id: string;
  let profile: string;
  let uiLanguage = '';
  const needSpanish = (skip: (note: string) => void) => {
    if (!uiLanguage.startsWith('es')) {
      skip(`this Chromium has no Spanish UI (got ${uiLanguage}): apt-get install chromium-l10n`);
    }
  };
  beforeAll(async () => {
    const dir = EXTENSION_DIR_OVERRIDE ?? EXTENSION_DIR;
    profile = mkdtempSync(join(tmpdir(), 'frontera-es-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'es-MX',
      // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment.
      env: { ...process.env, LANGUAGE: 'es_MX', LANG: 'es_MX.UTF-8' },
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--lang=es-MX',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    id = new URL(sw.url()).host;
    uiLanguage = (await sw.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    )) as string;
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the popup’s labels, hints and states are in Spanish', async (ctx) => {
    needSpanish(ctx.skip);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
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

  it('the options page is in Spanish', async (ctx) => {
    needSpanish(ctx.skip);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.waitForSelector('.fr-options');
    expect(await page.textContent('h1')).toBe('Opciones de Frontera');
    expect(await page.textContent('.fr-options')).toContain('Según el sistema');
    await page.close();
  });
});
