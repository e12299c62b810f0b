/**
 * Proposed names, end to end, written once and run in Chromium and in Firefox
 * (library-suggestions-{chromium,firefox}.test.ts): the reader saves three articles that share a
 * name Frontera lacks; the popup lists it under "Names Frontera doesn't know yet"; the reader's
 * "Suggested names" lists it first, named in three articles (axe clean in both themes); Add
 * opens the add-name form filled in; once added it leaves the suggestions, a new page highlights
 * it, and its card quotes a saved passage. Chromium also writes the list's screenshots
 * (docs/screenshots/suggestions-{light,dark}.png).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import {
  expectCard,
  expectHighlighted,
  expectPrivatelyMarked,
  hoverText,
  openScanned,
} from './steps';

const HOST = 'apnews.com';
const NAME = 'Ulises Bastidas Orozco';
const SAVED = ['suggest-one.html', 'suggest-two.html', 'suggest-three.html'];
/** Words of the saved passages that name him (tests/fixtures/pages/suggest-*.html). */
const SAVED_WORDS =
  /produce trucks|shipped produce|testify if asked|expected within months|left Culiacán/;
const AXE = resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');
const SHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');

/**
 * Runs axe on an extension page. Its CSP forbids eval, so axe's source is handed to the driver
 * as the body of the function it runs (the driver sends a function's text to the browser).
 */
async function axeViolations(page: DriverPage): Promise<string[]> {
  const source = readFileSync(AXE, 'utf8');
  const inject = Object.assign(() => true, {
    toString: () => `() => { ${source}\n; return 'axe' in window; }`,
  });
  if (!(await page.evaluate(() => 'axe' in window, null))) await page.evaluate(inject, null);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`,
    );
  }, null);
}

const texts = (page: DriverPage, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

/** Saves the page at `path` from the popup, as a reader does; returns the popup's unknown names. */
async function saveFromPopup(driver: ExtensionDriver, path: string): Promise<string[]> {
  const story = await openScanned(driver, HOST, path);
  await story.bringToFront();
  const popup = await driver.openExtensionPage('popup.html');
  await popup.waitFor(() => document.querySelector('.fr-save button') !== null, null);
  await popup.click('.fr-save button');
  await expect
    .poll(() =>
      popup.evaluate(() => document.querySelector('.fr-save [role="status"]')?.textContent, null),
    )
    .toMatch(/^Saved to your library: /);
  // The page's names Frontera doesn't know, read again from the article just saved.
  await popup.waitFor(() => document.querySelector('.fr-unknown') !== null, null);
  const unknown = await texts(popup, '.fr-unknown .fr-mention-name');
  await Promise.all([popup.close(), story.close()]);
  return unknown;
}

export function suggestionsJourney(launch: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('three saved articles share a name Frontera lacks: the popup names it on each page', async () => {
    for (const path of SAVED) expect(await saveFromPopup(driver, path)).toContain(NAME);
  });

  it('the reader’s suggestions list it first, named in 3 articles, axe clean in both themes', async () => {
    const reader = await driver.openExtensionPage('reader.html#suggestions');
    await reader.waitFor(() => document.querySelector('.rd-suggestion-name') !== null, null);
    expect((await texts(reader, '.rd-suggestion-name'))[0]).toBe(NAME);
    expect((await texts(reader, '.rd-suggestion .rd-meta'))[0]).toBe(
      'Person · named in 3 articles',
    );
    // "People close to the investigation…" opens a paragraph: a common word, not a name.
    expect(await texts(reader, '.rd-suggestion-name')).not.toContain('People');
    for (const theme of ['light', 'dark'] as const) {
      await driver.setSettings({ theme });
      await reader.waitFor((t) => document.documentElement.dataset.theme === t, theme);
      expect(await axeViolations(reader)).toEqual([]);
      if (driver.name === 'chromium') {
        await reader.screenshot(resolve(SHOTS, `suggestions-${theme}.png`));
      }
    }
    await driver.setSettings({});
    await reader.close();
  });

  it('Add opens the form filled in; once added, the name leaves the suggestions', async () => {
    const reader = await driver.openExtensionPage('reader.html#suggestions');
    const add = `a[aria-label="Add ${NAME} to Frontera"]`;
    await reader.waitFor((s) => document.querySelector(s) !== null, add);
    await reader.click(add);
    await reader.waitFor(
      (n) => (document.querySelector('#an-name') as HTMLInputElement | null)?.value === n,
      NAME,
    );
    expect(
      await reader.evaluate(
        () => (document.querySelector('#an-type') as HTMLSelectElement).value,
        null,
      ),
    ).toBe('person');
    expect(
      await reader.evaluate(
        () => (document.querySelector('#an-aliases') as HTMLTextAreaElement).value.split('\n'),
        null,
      ),
    ).toContain(NAME);
    await reader.click('button[type="submit"]');
    await reader.waitFor(
      () => /Added/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
      null,
    );
    // Its page: the saved passages that name it, once the library has been read again.
    await reader.click('.fr-add-name-done a');
    await expect
      .poll(() => texts(reader, '.rd-source-library'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(SAVED_WORDS)]));
    await reader.close();

    const again = await driver.openExtensionPage('reader.html#suggestions');
    await again.waitFor(
      () =>
        document.querySelector(
          '.rd-suggestions .rd-docs, .rd-suggestions .rd-note-line:last-of-type',
        ) !== null,
      null,
    );
    expect(await texts(again, '.rd-suggestion-name')).not.toContain(NAME);
    await again.close();
  });

  it('a new page highlights the added name, and its card quotes a saved passage', async () => {
    const page = await openScanned(driver, HOST, 'suggest-new.html');
    await expectHighlighted(page, ['Claudia Sheinbaum']);
    // A name the reader added is marked where the page cannot read it (issue 18).
    await expectPrivatelyMarked(page, NAME, 1);
    await hoverText(page, NAME);
    expect(await expectCard(page, SAVED_WORDS)).toMatch(/Saved/);
    await page.close();
  });
}
