/** A Spanish-language article imitating a Mexican paper: Spanish names and aliases, story only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cdpFor,
  EXTENSION_DIR_OVERRIDE,
  expectCard,
  expectNoCard,
  highlights,
  hoverMention,
  openScanned,
} from './content-support';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { type FixtureServer, routeNewsHost, startFixtureServer } from './support/fixture-server';

const HOST = 'eluniversal.com.mx';

describe('un artículo en español', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR_OVERRIDE });
    server = await startFixtureServer();
    await routeNewsHost(browser.context, server, HOST);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('marca los nombres del cuerpo de la nota y nada más', async () => {
    const page = await openScanned(browser.context, HOST, 'articulo.html');
    const found = await highlights(page);
    expect(found.map((h) => h.text)).toEqual(
      expect.arrayContaining([
        'Claudia Sheinbaum',
        'gobierno de Donald Trump', // the Trump administration, not the man
        'Cártel de Sinaloa',
        'Cártel Jalisco Nueva Generación',
        'Omar García Harfuch',
        'fentanilo',
        'Andrés Manuel López Obrador',
      ]),
    );
    for (const h of found) expect(h.where.join(' ')).toMatch(/cuerpo-nota|sumario/);
    for (const h of found) {
      expect(h.where.join(' ')).not.toMatch(/barra|comentarios|columna-lateral|pie/);
    }
    await page.close();
  });

  it('muestra la ficha al pasar el puntero y la cierra con Escape', async () => {
    const page = await openScanned(browser.context, HOST, 'articulo.html');
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Cártel de Sinaloa');
    await expectCard(cdp, /Sinaloa Cartel/, 'fr-name');
    await expectCard(cdp, /\w{4,}/, 'fr-excerpts');
    await page.keyboard.press('Escape');
    await expectNoCard(cdp);
    await page.close();
  });
});
