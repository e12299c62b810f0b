/**
 * The reader's library in Chromium: save an article from the popup, then a card for a name it
 * explains, on another page, quotes it with its site and date; saving again says it updated.
 */
import { describe, expect, it } from 'vitest';
import { cdpFor, expectCard, hoverMention, openScanned, setSettings } from './content-support';
import { axeViolations, openPopup, search } from './popup-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

describe('library: save an article, see it quoted', () => {
  const site = useNewsSite(HOST);

  it('saves the story from the popup and quotes it on another page’s card', async () => {
    const story = await openScanned(site.browser.context, HOST, 'saved-story.html');
    await story.bringToFront();
    const popup = await openPopup(site.browser);
    await popup.click('button:has-text("Save this article")');
    await expect
      .poll(() => popup.textContent('.fr-save [role="status"]'))
      .toMatch(
        /^Saved to your library: Omar García Harfuch's security plan, explained \(\d+ passages\)\.$/,
      );
    await popup.click('button:has-text("Save this article")');
    await expect
      .poll(() => popup.textContent('.fr-save [role="status"]'))
      .toMatch(/^Updated in your library: .* \(it was saved before;/);
    await popup.close();

    const other = await openScanned(site.browser.context, HOST, 'article.html');
    await other.bringToFront();
    const cdp = await cdpFor(other);
    await hoverMention(other, 'Omar García Harfuch');
    const text = await expectCard(cdp, /Saved/);
    expect(text).toContain(
      "Omar García Harfuch's security plan, explained · The Border Ledger · 2 March 2025",
    );
    expect(text).toContain('Original article');
    // The bundled passage is still on the card: the checked fact stays.
    expect(text).toMatch(/Read in context[\s\S]*Read in context/);
  });

  it('the popup search finds the saved passage, and the filter keeps to the library or the corpus', async () => {
    const popup = await openPopup(site.browser);
    await search(popup, 'officer vetting');
    await expect
      .poll(() => popup.textContent('#fr-group-library'), { timeout: 10_000 })
      .toBe('Your library');
    const saved = popup.locator('.fr-option-mine');
    await expect
      .poll(() => saved.first().textContent())
      .toMatch(/The Border Ledger · 2 March 2025/);
    expect(await saved.first().textContent()).toContain('vetting');

    await search(popup, 'Harfuch');
    await expect.poll(() => popup.locator('.fr-option-mine').count()).toBeGreaterThan(0);
    expect(await popup.locator('.fr-option:not(.fr-option-mine)').count()).toBeGreaterThan(0);
    await popup.click('.fr-filter label:has-text("Mine")');
    await expect.poll(() => popup.locator('.fr-option:not(.fr-option-mine)').count()).toBe(0);
    expect(await popup.locator('.fr-option-mine').count()).toBeGreaterThan(0);
    await popup.click('.fr-filter label:has-text("Corpus")');
    await expect.poll(() => popup.locator('.fr-option-mine').count()).toBe(0);
    expect(await popup.locator('.fr-option').count()).toBeGreaterThan(0);

    await popup.click('.fr-filter label:has-text("All")');
    for (const theme of ['light', 'dark'] as const) {
      await setSettings(site.browser.serviceWorker, { theme });
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
  });
});
