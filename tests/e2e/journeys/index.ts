/**
 * The journeys that matter, written once and run in Chromium and in Firefox
 * (journeys-chromium.test.ts, journeys-firefox.test.ts; one browser launch per file): an English
 * and a Spanish article (highlights only in the story, the card on hover, Escape), a React-style
 * re-render, accessible mode, a site turned off from the popup, the popup search, the theme
 * applied live to an open card, saving an article to the library and seeing it quoted, a name of the reader's own, the
 * options' library section (export, an import that keeps the reader's article theirs), and — last, over everything before it — no request off the
 * machine.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import { libraryOptionsJourney } from './library-options';
import {
  expectCard,
  expectHighlighted,
  expectNoCard,
  expectPrivatelyMarked,
  highlights,
  hoverMention,
  hoverText,
  openScanned,
  waitForMark,
} from './steps';

const EN_HOST = 'apnews.com';
const ES_HOST = 'eluniversal.com.mx';
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(29, 33, 39)';

/** Registers the journeys for the browser `launch` starts. Call inside `describe`. */
export function journeys(launch: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
  });
  // Each journey starts from the default settings, whatever the one before it did or failed at.
  afterEach(async () => {
    await driver?.setSettings({});
  });

  it('an English article: names marked in the story only; hover shows the card; Escape closes it', async () => {
    const page = await openScanned(driver, EN_HOST, 'article.html');
    const found = await highlights(page);
    expect(found.map((h) => h.text)).toEqual(
      expect.arrayContaining(['Rafael Caro Quintero', 'Claudia Sheinbaum', 'Los Chapitos']),
    );
    for (const h of found) expect(h.where).toContain('.article-body');
    expect(found.map((h) => h.text)).not.toContain('Genaro García Luna'); // display: none
    await hoverMention(page, 'Omar García Harfuch');
    await expectCard(page, /Omar García Harfuch/, 'fr-name');
    expect((await expectCard(page, /\w{4,}/, 'fr-excerpts')).length).toBeGreaterThan(40);
    await expectCard(page, /\w/, 'fr-source');
    await page.press('Escape');
    await expectNoCard(page);
    await page.close();
  });

  it('un artículo en español: nombres marcados en la nota; la ficha al pasar el puntero', async () => {
    const page = await openScanned(driver, ES_HOST, 'articulo.html');
    const found = await expectHighlighted(page, [
      'Claudia Sheinbaum',
      'Cártel de Sinaloa',
      'fentanilo',
      'Andrés Manuel López Obrador',
    ]);
    expect(found.length).toBeGreaterThan(5);
    for (const h of await highlights(page)) {
      expect(h.where.join(' ')).not.toMatch(/barra|comentarios|columna-lateral|pie/);
    }
    await hoverMention(page, 'Cártel de Sinaloa');
    await expectCard(page, /Sinaloa Cartel/, 'fr-name');
    await page.press('Escape');
    await expectNoCard(page);
    await page.close();
  });

  it('a React-style page re-renders its text without errors, and the highlights follow', async () => {
    const errorsBefore = driver.pageErrors.length;
    const page = await openScanned(driver, EN_HOST, 'react-like.html');
    await expectHighlighted(page, ['Claudia Sheinbaum', 'Omar García Harfuch']);
    for (let i = 1; i <= 3; i++) {
      await page.click('#rerender');
      await waitForMark(page, 'frontera:rescan-done', i);
    }
    expect(driver.pageErrors.slice(errorsBefore)).toEqual([]);
    expect(
      await page.evaluate(
        () => (window as unknown as { renderErrors: string[] }).renderErrors,
        null,
      ),
    ).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelectorAll('#root p')[1]?.textContent, null),
    ).toBe('Update 4: Claudia Sheinbaum said the Sinaloa Cartel is weakened.');
    const after = await highlights(page);
    expect(after.filter((h) => h.where.includes('#live-section')).map((h) => h.text)).toEqual(
      expect.arrayContaining(['Sheinbaum', 'Trump', 'fentanyl']),
    );
    await page.close();
  });

  it('accessible mode: Tab reaches a mention, Enter opens its card, Escape gives focus back', async () => {
    await driver.setSettings({ accessibleMode: true });
    const page = await openScanned(driver, EN_HOST, 'article.html');
    expect(
      await page.evaluate(
        () => document.querySelectorAll('frontera-mention[tabindex="0"]').length,
        null,
      ),
    ).toBeGreaterThan(15);
    const focused = () => page.evaluate(() => document.activeElement?.localName ?? '', null);
    for (let i = 0; i < 25 && (await focused()) !== 'frontera-mention'; i++) {
      await page.press('Tab');
    }
    expect(await focused()).toBe('frontera-mention');
    const label = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
      null,
    );
    // Focus alone shows the card (after the hover delay), as a tooltip; Enter pins it and moves
    // focus into it.
    await expectCard(page, new RegExp(label.split(':')[0] ?? '-'), 'fr-name');
    await page.press('Enter');
    await expect.poll(focused).toBe('frontera-popover');
    await page.press('Escape');
    await expectNoCard(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'), null))
      .toBe(label);
    await driver.setSettings({});
    await page.close();
  });

  it('a site turned off in the popup: highlights go at once, stay gone after a reload, come back from the options', async () => {
    const article = await openScanned(driver, EN_HOST, 'article.html');
    expect((await highlights(article)).length).toBeGreaterThan(3);
    await article.bringToFront();
    const popup = await driver.openExtensionPage('popup.html');
    await popup.waitFor(
      (host) => document.querySelector('#fr-site-label')?.textContent?.includes(host),
      EN_HOST,
    );
    const switchState = () =>
      popup.evaluate(
        () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked'),
        null,
      );
    expect(await switchState()).toBe('true');
    await popup.click('[role="switch"]');
    await expect.poll(switchState).toBe('false');
    await expect.poll(async () => (await highlights(article)).length).toBe(0);

    await article.reload();
    // Once the reloaded page's content script answers, it has read the settings and decided.
    await expect
      .poll(() => driver.sendToTab(EN_HOST, 'popup:get-page-mentions').catch(() => null))
      .toEqual({ entities: [] });
    expect(await highlights(article)).toEqual([]);

    const options = await driver.openExtensionPage('options.html');
    const turnOn = `.fr-site-list button[aria-label*="${EN_HOST}"]`;
    await options.waitFor((sel) => document.querySelector(sel) !== null, turnOn);
    await options.click(turnOn);
    await expect.poll(async () => (await highlights(article)).length).toBeGreaterThan(3);
    await Promise.all([article.close(), popup.close(), options.close()]);
  });

  it('the popup search: finds a name without accents, arrow keys move, Enter opens its card', async () => {
    const popup = await driver.openExtensionPage('popup.html');
    await popup.waitFor(() => document.documentElement.dataset.ready === 'true', null);
    await popup.bringToFront();
    await popup.fill('#fr-q', 'lopez obrador');
    await popup.waitFor(
      () => (document.querySelector('.fr-status')?.textContent ?? '') !== '',
      null,
    );
    const options = () =>
      popup.evaluate(
        () =>
          [...document.querySelectorAll('[role="option"]')].map((o) => ({
            text: (o.textContent ?? '').replace(/\s+/g, ' '),
            selected: o.getAttribute('aria-selected') === 'true',
          })),
        null,
      );
    const first = await options();
    expect(first[0]?.text).toContain('Andrés Manuel López Obrador');
    expect(first[0]?.selected).toBe(true);
    await popup.press('ArrowDown');
    await expect.poll(async () => (await options()).findIndex((o) => o.selected)).toBe(1);
    await popup.press('ArrowUp');
    await expect.poll(async () => (await options()).findIndex((o) => o.selected)).toBe(0);
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('.fr-card .fr-name') !== null, null);
    expect(
      await popup.evaluate(() => document.querySelector('.fr-card .fr-name')?.textContent, null),
    ).toBe('Andrés Manuel López Obrador');
    await popup.close();
  });

  it('the theme chosen in the options repaints a card open on a page, live', async () => {
    const article = await openScanned(driver, EN_HOST, 'article.html');
    await hoverMention(article, 'Claudia Sheinbaum');
    await expectCard(article, /Sheinbaum/, 'fr-name');
    const background = () => article.cardStyle('fr-popover', 'background-color');
    expect(await background()).toBe(LIGHT_BG);
    const options = await driver.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.fr-options') !== null, null);
    await options.click('input[name="theme"][value="dark"]');
    await expect.poll(background).toBe(DARK_BG);
    await options.click('input[name="theme"][value="light"]');
    await expect.poll(background).toBe(LIGHT_BG);
    await options.click('input[name="theme"][value="system"]');
    await Promise.all([article.close(), options.close()]);
  });

  it('the reader saves an article from the popup; a card on another page quotes it as Saved', async () => {
    const story = await openScanned(driver, EN_HOST, 'saved-story.html');
    await story.bringToFront();
    const popup = await driver.openExtensionPage('popup.html');
    const status = () =>
      popup.evaluate(() => document.querySelector('.fr-save [role="status"]')?.textContent, null);
    await popup.waitFor(() => document.querySelector('.fr-save button') !== null, null);
    await popup.click('.fr-save button');
    await expect.poll(status).toMatch(/^Saved to your library: .*security plan/);
    await Promise.all([popup.close(), story.close()]);

    const other = await openScanned(driver, EN_HOST, 'article.html');
    await hoverMention(other, 'Omar García Harfuch');
    const card = await expectCard(other, /Saved/);
    expect(card).toContain('The Border Ledger · 2 March 2025');
    expect(card).toContain('Original article');
    await other.close();
  });

  it('the reader adds a name of their own: highlighted on the next page, its card shows their note', async () => {
    const name = 'Talvoren Quiscamba';
    const note = 'Freight broker from Culiacán, in my own words.';
    const form = await driver.openExtensionPage(
      `add-name.html?${new URLSearchParams({ text: name })}`,
    );
    await form.waitFor(
      (n) => (document.querySelector('#an-name') as HTMLInputElement | null)?.value === n,
      name,
    );
    await form.fill('#an-note', note);
    await form.click('button[type="submit"]');
    await form.waitFor(
      () => /Added/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
      null,
    );
    await form.close();

    const page = await openScanned(driver, EN_HOST, 'own-name.html');
    await expectHighlighted(page, ['Claudia Sheinbaum']);
    // The reader's own name is marked where the page cannot read it (issue 18).
    await expectPrivatelyMarked(page, name, 2);
    await hoverText(page, name);
    expect(await expectCard(page, /in my own words/)).toContain(name);
    await page.close();
  });

  libraryOptionsJourney(() => driver);

  it('made no request off the machine in any of the journeys above', async () => {
    // One more page with a card, so the check never runs on an idle browser alone.
    const page: DriverPage = await openScanned(driver, EN_HOST, 'article.html');
    await hoverMention(page, 'Los Chapitos');
    await expectCard(page, /Chapitos/, 'fr-name');
    expect(await driver.outsideRequests()).toEqual([]);
    await page.close();
  });
}
