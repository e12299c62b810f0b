/**
 * The reader with the reader's library, in Chromium: save a fixture article from the popup, then
 * the reader's page for a name it mentions lists the corpus's and the saved passages by source in
 * date order; the saved article opens in the reader; the reader's search finds the saved passage
 * and its filter keeps to one side; the name's page is axe-clean in both themes, in English and
 * in Spanish. The reader's front page lists the saved article; removing it there (after the
 * confirm dialog) takes it off the list and out of the reader's search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeCleanInBothThemes, saveFixtureStory } from './library-support';
import type { ExtensionBrowser } from './support/browser';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';
const STORY = `https://${HOST}/saved-story.html`;
const TITLE = "Omar García Harfuch's security plan, explained";
const HARFUCH = 'omar-garcia-harfuch';

async function openReader(b: ExtensionBrowser, hash: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/reader.html${hash}`);
  return page;
}

/** The name's page once the library's part is read (its "reading" line gone). */
async function openNamePage(b: ExtensionBrowser, id: string): Promise<Page> {
  const page = await openReader(b, `#name=${encodeURIComponent(id)}`);
  await page.locator('.rd-name').waitFor();
  await expect.poll(() => page.locator('.rd-note-line').count()).toBe(0);
  return page;
}

describe('the reader with a saved article', () => {
  const site = useNewsSite(HOST);

  it('lists the corpus’s and the saved passages that mention a name, by source in date order', async () => {
    await saveFixtureStory(site.browser, new RegExp(TITLE));
    const page = await openNamePage(site.browser, HARFUCH);
    expect(await page.textContent('h2')).toBe('Omar García Harfuch');
    await expect.poll(() => page.title()).toBe('Omar García Harfuch · Frontera');
    expect(await page.textContent('.rd-summary')).toContain('Summary');

    // The saved story states its date (2 March 2025); the corpus's roundup states none: last.
    const sources = page.locator('.rd-source');
    expect(await sources.count()).toBe(2);
    const saved = sources.nth(0);
    expect(await saved.getAttribute('data-doc-id')).toBe(STORY);
    expect(await saved.locator('.rd-source-title').textContent()).toBe(TITLE);
    expect(await saved.locator('.rd-meta').textContent()).toMatch(
      /^Saved article · The Border Ledger · Lucía Ortega · 2 March 2025 · Saved on \d{1,2} \w+ \d{4} · Read it on The Border Ledger$/,
    );
    expect(await saved.locator('.rd-meta a').getAttribute('href')).toBe(STORY);
    // The story names him three times in its first paragraph (and once in its headline).
    const marks = await saved.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(marks)).toEqual(new Set(['Omar García Harfuch']));
    const bundled = sources.nth(1);
    expect(await bundled.getAttribute('class')).toContain('rd-source-bundled');
    expect(await bundled.locator('.rd-meta').textContent()).toContain('date not stated');
    expect(await bundled.locator('mark').first().textContent()).toBe('Omar García Harfuch');

    // Names seen with it (the roundup's Security Secretariat…) link to their own pages.
    expect(await page.locator('.rd-seen li').allTextContents()).toContainEqual(
      expect.stringMatching(/^Security Secretariat \(Mexico\) .* · 1 passage together$/),
    );
    const seen = page.locator('.rd-seen a', { hasText: 'Security Secretariat' });
    expect(await seen.getAttribute('href')).toBe('#name=security-secretariat');
    await seen.click();
    await expect.poll(() => page.textContent('h2')).toBe('Security Secretariat (Mexico)');
    await page.close();
  });

  it('opens the saved article in the reader at the passage, the name marked', async () => {
    const page = await openNamePage(site.browser, HARFUCH);
    await page.locator('.rd-source').first().getByRole('link', { name: 'Read in context' }).click();
    await expect.poll(() => page.textContent('#doc-title')).toBe(TITLE);
    expect(await page.textContent('.rd-badge')).toBe('From your library');
    expect(await page.textContent('.rd-facts')).toContain('The Border Ledger');
    expect(await page.textContent('.rd-facts')).toContain('2 March 2025');
    const current = page.locator('.rd-current');
    expect(await current.getAttribute('data-passage-id')).toBe(`${STORY}#1`);
    expect(await current.locator('mark').first().textContent()).toBe('Omar García Harfuch');
    expect(await page.locator('.rd-passage').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.title()).toBe(`${TITLE} · Frontera`);
    await page.close();
  });

  it('the reader’s search finds the saved passage, and the filter keeps to one side', async () => {
    const page = await openReader(site.browser, '');
    await page.getByLabel('Search the passages').fill('officer vetting');
    await page.getByRole('button', { name: 'Search' }).click();
    const mine = page.locator('.rd-hit-mine');
    await expect.poll(() => mine.count()).toBeGreaterThan(0);
    expect(await mine.first().textContent()).toContain('The Border Ledger · 2 March 2025');
    expect(await mine.first().locator('mark').allTextContents()).toContain('vetting');

    // A typo still finds the corpus's name; the library's passages follow.
    await page.getByLabel('Search the passages').fill('Harfuhc');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('.rd-hit-name:not(.rd-hit-mine) a').first().textContent())
      .toBe('Omar García Harfuch');
    await page.getByLabel('Search the passages').fill('Harfuch');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => mine.count()).toBeGreaterThan(0);
    expect(await page.locator('.rd-hit:not(.rd-hit-mine)').count()).toBeGreaterThan(0);
    await page.click('.rd-filter label:has-text("Mine")');
    await expect.poll(() => page.locator('.rd-hit:not(.rd-hit-mine)').count()).toBe(0);
    expect(await mine.count()).toBeGreaterThan(0);
    await page.click('.rd-filter label:has-text("Corpus")');
    await expect.poll(() => mine.count()).toBe(0);
    expect(await page.locator('.rd-hit').count()).toBeGreaterThan(0);

    // A saved passage opens the saved article at that passage.
    await page.click('.rd-filter label:has-text("All")');
    await mine.locator('a').last().click();
    await expect.poll(() => page.textContent('#doc-title')).toBe(TITLE);
    await page.close();
  });

  it('the name’s page has no axe violations (contrast included), light and dark', async () => {
    const page = await openNamePage(site.browser, HARFUCH);
    await expectAxeCleanInBothThemes(site.browser, page);
    await page.close();
  });

  // Last in this browser: it removes the story the tests above read.
  it('the front page lists the saved story; removing it (after asking) takes it out of search', async () => {
    const page = await openReader(site.browser, '');
    const saved = page.locator('.rd-saved-item');
    await expect.poll(() => page.textContent('#saved-title')).toBe('Your saved articles (1)');
    expect(await saved.locator('.rd-doc-title').textContent()).toBe(TITLE);
    expect(await saved.locator('.rd-doc-title').getAttribute('href')).toBe(
      `#${new URLSearchParams({ doc: STORY })}`,
    );
    expect(await saved.locator('.rd-meta').textContent()).toMatch(
      /^The Border Ledger · 2 March 2025 · Saved on \d{1,2} \w+ \d{4}$/,
    );
    await expectAxeCleanInBothThemes(site.browser, page);
    expect(await savedPassagesFound(site.browser, 'officer vetting')).toBeGreaterThan(0);

    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: `Remove “${TITLE}” from your library` }).click();
    await expect.poll(() => saved.count()).toBe(0);
    expect(asked).toContain(`Remove “${TITLE}” from your library?`);
    expect(await page.textContent('.rd-saved-list [role="status"]')).toBe(
      `Removed “${TITLE}” from your library.`,
    );
    expect(await page.textContent('#saved-title')).toBe('Your saved articles (0)');
    // The corpus is still listed above it.
    expect(await page.locator('.rd-doc').count()).toBeGreaterThan(0);
    await page.close();

    // The background rebuilds its search index: the story's passage is no longer found.
    await expect.poll(() => savedPassagesFound(site.browser, 'officer vetting')).toBe(0);
    const again = await openReader(site.browser, '');
    await expect
      .poll(() => again.locator('.rd-saved-list .rd-note-line').textContent())
      .toContain('You have saved no articles yet.');
    await again.close();
  });
});

/** How many of the library's passages the reader's search lists for `query`, once it is done. */
async function savedPassagesFound(b: ExtensionBrowser, query: string): Promise<number> {
  const page = await openReader(b, `#${new URLSearchParams({ q: query })}`);
  const status = page.locator('.rd-main p.rd-muted[role="status"]');
  await expect.poll(() => status.textContent()).toMatch(/found$/);
  const found = await page.locator('.rd-hit-mine').count();
  await page.close();
  return found;
}

describe('the reader with a saved article, in Spanish', () => {
  const site = useNewsSite(HOST, {
    locale: 'es-MX',
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment.
    env: { LANGUAGE: 'es_MX', LANG: 'es_MX.UTF-8' },
    args: ['--lang=es-MX'],
  });

  it('the name’s page speaks Spanish and has no axe violations, light and dark', async () => {
    await saveFixtureStory(site.browser, new RegExp(TITLE), 'Guardar este artículo');
    const page = await openNamePage(site.browser, HARFUCH);
    // Fail, not skip, without the Spanish locale (apt-get install chromium-l10n).
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('#summary-title')).toBe('Resumen');
    expect(await page.locator('.rd-source').first().locator('.rd-meta').textContent()).toMatch(
      /^Artículo guardado · The Border Ledger · Lucía Ortega · 2 de marzo de 2025 · Guardado el /,
    );
    expect(await page.locator('.rd-name-passage a').first().textContent()).toBe('Leer en contexto');
    await expectAxeCleanInBothThemes(site.browser, page);
    await page.close();
  });

  it('the front page lists the saved story in Spanish, axe-clean light and dark', async () => {
    const page = await openReader(site.browser, '');
    await expect.poll(() => page.textContent('#saved-title')).toBe('Tus artículos guardados (1)');
    expect(await page.locator('.rd-saved-item .rd-meta').textContent()).toMatch(
      /^The Border Ledger · 2 de marzo de 2025 · Guardado el /,
    );
    expect(
      await page.getByRole('button', { name: `Quitar «${TITLE}» de tu biblioteca` }).count(),
    ).toBe(1);
    await expectAxeCleanInBothThemes(site.browser, page);
    await page.close();
  });
});
