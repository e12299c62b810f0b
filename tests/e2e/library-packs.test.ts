/**
 * A library moved from one browser profile to another through the options page: save an article
 * in the first, export it (a real download), import the file in a second, fresh profile (preview,
 * then Import) and find the same library there, down to the popup search finding the saved
 * passage. A malformed file is refused in words and changes nothing. Axe finds nothing wrong with
 * the library section in either theme.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeCleanInBothThemes, saveFixtureStory } from './library-support';
import { openOptions, openPopup, search } from './popup-support';
import { useExtension, useNewsSite } from './support/sessions';

const HOST = 'apnews.com';
const FILE_NAME = /^frontera-library-\d{4}-\d{2}-\d{2}\.frontera\.json$/;

/** The export, carried from the first profile to the second. */
let exported: { name: string; text: string } | null = null;

/** The counts "Your library" shows, as the reader reads them. */
async function counts(options: Page): Promise<Record<string, number>> {
  return options.$$eval('.fr-library-counts div', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.querySelector('dt')?.textContent ?? '',
        Number(r.querySelector('dd')?.textContent?.replace(/\D/g, '')),
      ]),
    ),
  );
}

/** Clicks Export and returns the downloaded file, as the browser saved it. */
async function exportLibrary(options: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export my library' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The file's records, without the moment it was written. */
function records(text: string) {
  const { createdAt: _when, ...rest } = JSON.parse(text);
  return rest;
}

describe('the first profile: save an article, export the library', () => {
  const site = useNewsSite(HOST);

  it('exports a dated file holding the saved article', async () => {
    await saveFixtureStory(site.browser, /^Saved to your library: /);

    const options = await openOptions(site.browser);
    await expect.poll(() => counts(options)).toMatchObject({ Articles: 1, Packs: 0 });
    exported = await exportLibrary(options);
    expect(exported.name).toMatch(FILE_NAME);
    await expect
      .poll(() => options.textContent('.fr-library-status'))
      .toBe(`Exported as ${exported.name}.`);
    const file = JSON.parse(exported.text);
    expect([file.format, file.version, file.kind]).toEqual(['frontera-pack', 2, 'library']);
    expect(file.articles.map((a: { title: string }) => a.title)).toEqual([
      "Omar García Harfuch's security plan, explained",
    ]);
    await expectAxeCleanInBothThemes(site.browser, options);
    await options.close();
  });
});

describe('a second, fresh profile: import the file', () => {
  const fresh = useExtension();

  it('refuses a malformed file in words and changes nothing', async () => {
    const options = await openOptions(fresh.browser);
    await expect
      .poll(() => counts(options))
      .toEqual({
        Articles: 0,
        Passages: 0,
        Names: 0,
        Packs: 0,
      });
    await options.setInputFiles('#library-import', {
      name: 'broken.frontera.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "frontera-pack", "version": 1, "articles": ['),
    });
    await expect
      .poll(() => options.textContent('[role="alert"]'))
      .toMatch(/^This file is not a Frontera pack, or it is damaged\. Nothing was imported;/);
    expect(await options.locator('.fr-library-preview').count()).toBe(0);
    expect(await counts(options)).toEqual({ Articles: 0, Passages: 0, Names: 0, Packs: 0 });
    await expectAxeCleanInBothThemes(fresh.browser, options);
    await options.close();
  });

  it('previews the file, imports it on confirm, and holds the same library', async () => {
    if (!exported) throw new Error('the first profile exported nothing');
    const options = await openOptions(fresh.browser);
    await expect.poll(() => counts(options)).toMatchObject({ Articles: 0 });
    await options.setInputFiles('#library-import', {
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text),
    });
    const preview = options.locator('.fr-library-preview');
    await expect.poll(() => preview.count()).toBe(1);
    const words = (await preview.innerText()).replace(/\s+/g, ' ');
    expect(words).toContain('Import “My Frontera library”?');
    expect(words).toContain('A copy of a Frontera library: it is restored as it was.');
    expect(words).toContain("Documents to add: 1 Omar García Harfuch's security plan, explained");
    expect(words).not.toContain('Clashes');
    await expectAxeCleanInBothThemes(fresh.browser, options);

    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => options.textContent('.fr-library-status'))
      .toBe('Imported “My Frontera library” (documents: 1, names: 0).');
    expect(await preview.count()).toBe(0);
    const first = JSON.parse(exported.text);
    await expect
      .poll(() => counts(options))
      .toEqual({
        Articles: 1,
        Passages: first.articles[0].passages.length,
        Names: 0,
        Packs: 0,
      });

    const again = await exportLibrary(options);
    expect(records(again.text)).toEqual(records(exported.text));
    await options.close();

    // The background was told: the popup's search finds the saved passage in this profile too.
    const popup = await openPopup(fresh.browser);
    await search(popup, 'officer vetting');
    await expect
      .poll(() => popup.locator('.fr-option-mine').first().textContent(), { timeout: 10_000 })
      .toMatch(/The Border Ledger · 2 March 2025/);
    await popup.close();
  });
});
