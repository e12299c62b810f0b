/** A Spanish-language article imitating a Mexican paper: Spanish names and aliases, story only. */
import { describe, expect, it } from 'vitest';
import {
  cdpFor,
  expectCard,
  expectNoCard,
  highlights,
  hoverMention,
  openScanned,
} from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'eluniversal.com.mx';

describe('un artículo en español', () => {
  const site = useNewsSite(HOST);

  it('marca los nombres del titular y del cuerpo de la nota y nada más', async () => {
    const page = await openScanned(site.browser.context, HOST, 'articulo.html');
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
    // The headline is the story's first line: read with the body since issue 16.
    expect(found.some((h) => h.text === 'Sheinbaum' && h.where[0] === 'h1')).toBe(true);
    for (const h of found) expect(h.where.join(' ')).toMatch(/^h1 |cuerpo-nota|sumario/);
    for (const h of found) {
      expect(h.where.join(' ')).not.toMatch(/barra|comentarios|columna-lateral|pie/);
    }
    await page.close();
  });

  it('muestra la ficha al pasar el puntero y la cierra con Escape', async () => {
    const page = await openScanned(site.browser.context, HOST, 'articulo.html');
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Cártel de Sinaloa');
    await expectCard(cdp, /Sinaloa Cartel/, 'fr-name');
    await expectCard(cdp, /\w{4,}/, 'fr-excerpts');
    await page.keyboard.press('Escape');
    await expectNoCard(cdp);
    await page.close();
  });
});
